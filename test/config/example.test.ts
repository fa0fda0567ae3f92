// The shipped .complaintlintrc.example must load as a real config (it documents every key).
import { describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ROOT, tempTree } from '../helpers/cli.js';

describe('.complaintlintrc.example', () => {
  it('loads without errors and applies its settings', () => {
    const dir = tempTree({ 'social/a.txt': 'Thanks for the update.\n' });
    copyFileSync(join(ROOT, '.complaintlintrc.example'), join(dir, '.complaintlintrc.yaml'));
    const r = cli(['--print-config', 'social/a.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.channel).toBe('social');
    expect(config.rules['requires-contact']).toBe('off');
    expect(config.rules['corporate-stiff'][1].phrases['revert back']).toBe('reply');
  });
});
