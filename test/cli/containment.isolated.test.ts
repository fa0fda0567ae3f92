// Containment: a bug inside the engine on one file (here: an extractor that throws a TypeError, faked
// with a module mock) becomes one fatal message for that file; the other files are still linted, and the
// error itself stays available (not enumerable, so not in JSON output) for --debug.
import { describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../helpers/cli.js';

vi.mock('../../src/formats/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/formats/index.js')>();
  return {
    ...real,
    extract: (format: Parameters<typeof real.extract>[0], text: string, options: Parameters<typeof real.extract>[2]) => {
      if (text.includes('TRIGGER-EXTRACTOR-BUG')) throw new TypeError("Cannot read properties of undefined (reading 'offsets')");
      return real.extract(format, text, options);
    },
  };
});

const { lintFiles } = await import('../../src/api.js');

describe('an internal error on one file', () => {
  it('is reported for that file only; the run goes on', async () => {
    const cwd = tempTree({ 'a.txt': 'TRIGGER-EXTRACTOR-BUG\n', 'b.txt': 'Thanks. Is there anything else wrong?\n' });
    writeFileSync(join(cwd, '.complaintlintrc.json'), JSON.stringify({ rules: { 'negative-follow-up': 'error' } }));
    const results = await lintFiles(['a.txt', 'b.txt'], { cwd });
    expect(results.map((r) => r.filePath)).toEqual([join(cwd, 'a.txt'), join(cwd, 'b.txt')]);
    const [a, b] = results;
    expect(a!.messages).toEqual([expect.objectContaining({
      fatal: true, ruleId: null, line: 1, column: 1,
      message: "internal error while linting this file: Cannot read properties of undefined (reading 'offsets') (run with --debug for the stack trace)",
    })]);
    expect((a as unknown as { internalError: Error }).internalError).toBeInstanceOf(TypeError);
    expect(JSON.stringify(a)).not.toContain('internalError');
    expect(b!.messages.map((m) => m.ruleId)).toContain('negative-follow-up');
  });
});
