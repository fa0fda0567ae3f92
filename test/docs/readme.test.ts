// The README's rules table is generated from rule meta: this fails when someone forgets `npm run docs`.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
// @ts-expect-error plain ESM script without types
import { renderRulesTable, replaceTable } from '../../scripts/gen-rules-table.mjs';
import { ROOT } from '../helpers/cli.js';

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  it('starts with the install+lint command and the test command', () => {
    const code = readme.split('```')[1]!;
    expect(code).toContain('npm install && npx complaintlint fixtures/drafts/sample-complaint.txt');
    expect(code).toContain('npm test');
  });
  it('has an up-to-date rules table (run `npm run docs`)', () => {
    expect(replaceTable(readme, renderRulesTable(builtinRules))).toBe(readme);
  });
  it('lists every rule', () => {
    for (const rule of builtinRules) expect(readme).toContain(`\`${rule.meta.id}\``);
  });
});
