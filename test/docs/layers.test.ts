// The layer rules of ARCHITECTURE.md (eslint.config.mjs, run over src/ and rules/ by `npm test`) really
// refuse an arrow that runs back up: checked on texts that are never written to disk.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function problems(text: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: `${ROOT}/${file}` });
  return result!.messages.map((m) => `${m.line} ${m.ruleId}`);
}

describe('layer boundaries', () => {
  it('keep the engine pure and below the runner, the API and the CLI', async () => {
    const text = "import { main } from '../cli/main.js';\nimport { lintBatch } from '../runner/run-batch.js';\nimport { readFile } from 'node:fs/promises';\nimport { builtinRules } from '../../rules/index.js';\n";
    expect(await problems(text, 'src/engine/probe.ts')).toEqual([1, 2, 3, 4].map((l) => `${l} @typescript-eslint/no-restricted-imports`));
  });

  it('keep formats and the kernel below the engine, and allow type imports', async () => {
    expect(await problems("import { applyDirectives } from '../engine/suppress.js';\n", 'src/formats/probe.ts')).toHaveLength(1);
    expect(await problems("import { LineIndex } from '../engine/safe-positions.js';\n", 'src/core/probe.ts')).toHaveLength(1);
    expect(await problems("import type { ResolvedConfig } from '../config/types.js';\nimport { LineIndex } from '../core/text.js';\n", 'src/engine/probe.ts')).toEqual([]);
  });
});
