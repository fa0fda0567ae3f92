// The layers of ARCHITECTURE.md, enforced: each folder lists what it may not import (a value import; a type
// import is allowed, so the engine may name config types). Run by `npm test` (scripts/lint-layers.mjs).
// Import paths are matched as written ('../cli/main.js'), by folder name.
import tseslint from 'typescript-eslint';

/** An import of one of these folders of src/ (or of rules/, api.ts, index.ts). */
const into = (...names) => names.map((n) => ({
  regex: n === 'index.js' ? '^(\\.\\./)+(src/)?index\\.js$' : n.endsWith('.js') ? `(^|/)${n.replace('.', '\\.')}$` : `(^|/)${n}/`,
  message: `${n.replace(/\.js$/, '.ts')} is above this layer (see ARCHITECTURE.md)`,
}));

const FILE_SYSTEM = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'worker_threads', 'node:worker_threads', 'child_process', 'node:child_process']
  .map((name) => ({ name, message: 'the engine is pure: files, workers and processes belong to src/runner/ (see ARCHITECTURE.md)' }));

const TOP = ['cli', 'mcp', 'api.js', 'index.js', 'rule-tester.js'];
const RUN = ['runner', 'sources', 'formatters'];

/** Files under `dirs` may not import `patterns` (nor `paths`). */
const layer = (dirs, patterns, paths = []) => ({
  files: dirs.map((d) => (d.endsWith('.ts') ? d : `${d}/**/*.ts`)),
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns: patterns.map((p) => ({ ...p, allowTypeImports: true })) }] },
});

export default [
  { ignores: ['dist/**', 'node_modules/**', 'test/**', 'bench/**', 'fixtures/**', 'scripts/**', 'bin/**'] },
  {
    files: ['src/**/*.ts', 'rules/**/*.ts'],
    languageOptions: { parser: tseslint.parser, sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  // The kernel: text, severity, memo, version, boot. Nothing of the project but its types.
  layer(['src/core'], [{ regex: '^\\.\\./', message: 'src/core/ imports nothing of the project but types (see ARCHITECTURE.md)' }]),
  // Reading a reply: formats, NLP, platforms, phrase tables, the conversation context.
  layer(['src/formats', 'src/nlp', 'src/platforms', 'src/phrases', 'src/context'],
    [...into(...TOP, ...RUN, 'engine', 'rules'), { regex: '(^|/)config/(?!types\\.js$|regex-safety\\.js$)', message: 'config/ is above this layer (see ARCHITECTURE.md)' }]),
  layer(['rules'], into(...TOP, ...RUN, 'engine', 'config')),
  // The engine is pure: a text in, a result out; it knows no rule by name and touches no file.
  layer(['src/engine'], into(...TOP, ...RUN, 'rules', 'config'), FILE_SYSTEM),
  layer(['src/config'], into(...TOP, ...RUN)),
  layer(['src/sources'], into(...TOP, 'runner', 'formatters', 'engine', 'rules', 'config')),
  layer(['src/formatters'], into(...TOP, 'runner', 'sources', 'engine', 'rules', 'config', 'nlp', 'phrases', 'context')),
  layer(['src/runner'], into(...TOP, 'formatters', 'rules')),
  layer(['src/api.ts', 'src/rule-tester.ts'], into('cli', 'mcp', 'formatters')),
];
