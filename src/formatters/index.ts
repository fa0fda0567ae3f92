// Formatters by name, lazy-loaded; a name can also be a module path or an npm package
// (complaintlint-formatter-NAME), loaded the way ESLint loads custom formatters.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter } from './types.js';
import { own } from '../core/own.js';

const BUILT_IN: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  compact: () => import('./compact.js'),
  junit: () => import('./junit.js'),
  html: () => import('./html.js'),
  markdown: () => import('./markdown.js'),
};

export const BUILT_IN_FORMATTERS = Object.keys(BUILT_IN);

export class FormatterError extends Error {}

export async function loadFormatter(name: string, cwd: string): Promise<Formatter> {
  const builtIn = own(BUILT_IN, name);
  if (builtIn) return (await builtIn()).default;
  let target: string | undefined;
  if (name.startsWith('.') || name.startsWith('/') || /\.[cm]?js$/.test(name)) {
    target = resolve(cwd, name);
  } else {
    const req = createRequire(resolve(cwd, 'noop.js'));
    for (const candidate of [name.startsWith('complaintlint-formatter-') ? name : `complaintlint-formatter-${name}`, name]) {
      try { target = req.resolve(candidate); break; } catch { /* next */ }
    }
  }
  if (!target) throw new FormatterError(`unknown formatter "${name}" (built-in: ${BUILT_IN_FORMATTERS.join(', ')}; or a module path or npm package)`);
  let mod;
  try {
    mod = await import(pathToFileURL(target).href);
  } catch (err) {
    throw new FormatterError(`formatter "${name}" failed to load: ${String((err as Error).message).split('\n')[0]}`);
  }
  const fn = typeof mod.default === 'function' ? mod.default : typeof mod.default?.default === 'function' ? mod.default.default : mod.format;
  if (typeof fn !== 'function') throw new FormatterError(`formatter "${name}" does not export a function`);
  return fn as Formatter;
}
