// Loads the fast compromise that scripts/build-nlp.mjs writes into dist/nlp: compromise's "two" code
// without its model-building step, plus the finished model read back from JSON. ~40 ms instead of
// ~270 ms for stock compromise/two, with the same tags (the build checks that before writing). The
// code comes with V8 code caches made after tagging sample text, so its functions arrive compiled;
// V8 accepts a cache only under the flags it was made with, so there is one per regexp-compile mode
// the CLI uses (src/core/boot.ts), and the first one accepted is used.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

type Path = Array<string | number>;
interface SavedModel {
  /** The world's model, and the post-tagger's pattern net stock compromise builds on its first parse. */
  data: { model: Record<string, Record<string, unknown>>; net: unknown };
  regex: Array<[Path, string, string]>;
  sets: Array<[Path, unknown[]]>;
  undef: Path[];
  shared: Array<[Path, Path]>;
  /** model.one.lexicon, packed: words joined by newlines, each word's value as an index into `values`. */
  lexicon: { words: string; tags: number[]; values: unknown[] };
}

/** compromise's code as a CommonJS function, compiled with the first code cache V8 accepts. */
export function compileSavedCode(codeFile: string, cacheFiles: readonly string[] = []): Script {
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(codeFile, 'utf8')}\n})`;
  for (const file of cacheFiles) {
    let cachedData: Buffer;
    try {
      cachedData = readFileSync(file);
    } catch {
      continue;
    }
    const script = new Script(source, { filename: codeFile, cachedData });
    if (!script.cachedDataRejected) return script;
  }
  return new Script(source, { filename: codeFile });
}

/** compromise built from compiled code and `modelFile`; throws when the model is missing or malformed. */
export function assembleSavedNlp(script: Script, codeFile: string, modelFile: string): any {
  const saved = JSON.parse(readFileSync(modelFile, 'utf8')) as SavedModel;
  if (!saved || typeof saved.data?.model !== 'object' || !Array.isArray(saved.regex) || !Array.isArray(saved.sets) || typeof saved.lexicon?.words !== 'string') {
    throw new Error(`${modelFile}: not a saved compromise model`);
  }
  // What JSON could not hold, back in place: regexes, Sets, undefined values, objects reachable twice.
  const root = saved.data;
  for (const [path, source, flags] of saved.regex) setAt(root, path, new RegExp(source, flags));
  for (const [path, items] of saved.sets) setAt(root, path, new Set(items));
  for (const path of saved.undef) setAt(root, path, undefined);
  for (const [path, target] of saved.shared) setAt(root, path, getAt(root, target));
  root.model.one!.lexicon = unpackLexicon(saved.lexicon);
  const module = { exports: {} as { assemble?(model: unknown, net: unknown): unknown } };
  script.runInThisContext()(module.exports, createRequire(codeFile), module, codeFile, dirname(codeFile));
  if (typeof module.exports.assemble !== 'function') throw new Error(`${codeFile}: not a compromise build`);
  return module.exports.assemble(root.model, root.net);
}

/** Both steps: the CLI's way in. */
export function loadSavedNlp(codeFile: string, modelFile: string, cacheFiles: readonly string[] = []): any {
  return assembleSavedNlp(compileSavedCode(codeFile, cacheFiles), codeFile, modelFile);
}

function unpackLexicon(packed: SavedModel['lexicon']): Record<string, unknown> {
  const words = packed.words.split('\n');
  const lexicon: Record<string, unknown> = {};
  for (let i = 0; i < words.length; i++) lexicon[words[i]!] = packed.values[packed.tags[i]!];
  return lexicon;
}

function getAt(root: unknown, path: Path): unknown {
  let node = root as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  return node;
}

function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
}
