// The platform registry: each help desk's data module, and the lookups the engine and rules share
// (is this name documented, which platforms know it, what are the closest documented names).
import type { Platform, PlatformName } from './types.js';
import { PLATFORM_NAMES } from './types.js';
import { zendesk } from './zendesk.js';
import { freshdesk } from './freshdesk.js';
import { intercom } from './intercom.js';
import { helpscout } from './helpscout.js';
import { gorgias } from './gorgias.js';
import { front } from './front.js';
import { liquid } from './liquid.js';
import { boundedDistance, compileNamePattern, matchesPattern, nameSegments, type NamePattern } from './names.js';

export type { Platform, PlatformName } from './types.js';
export { PLATFORM_NAMES } from './types.js';

const PLATFORMS: Record<Exclude<PlatformName, 'none'>, Platform> = { zendesk, freshdesk, intercom, helpscout, gorgias, front, liquid };

export function isPlatformName(v: unknown): v is PlatformName {
  return typeof v === 'string' && (PLATFORM_NAMES as readonly string[]).includes(v);
}

/** The platform's data, or undefined for `none`. */
export function getPlatform(name: PlatformName | undefined): Platform | undefined {
  return name && name !== 'none' ? PLATFORMS[name] : undefined;
}

export function allPlatforms(): Platform[] {
  return Object.values(PLATFORMS);
}

/** A platform's names and patterns, compiled once, plus the user's custom names. */
export interface NameBook {
  platform: Platform;
  exact: ReadonlySet<string>;
  patterns: readonly NamePattern[];
  /** The platform documents no names (generic Liquid): only custom lists can make a name unknown. */
  open: boolean;
}

const books = new Map<string, NameBook>();

/** The compiled name book for a platform and a list of custom names/patterns (cached per pair). */
export function nameBook(platform: Platform, custom: readonly string[] = []): NameBook {
  const key = `${platform.name}\0${custom.join('\0')}`;
  let book = books.get(key);
  if (!book) {
    const exact = new Set<string>(platform.names);
    const patterns: NamePattern[] = platform.patterns.map(compileNamePattern);
    for (const c of custom) {
      if (c.includes('*')) patterns.push(compileNamePattern(c));
      else exact.add(c);
    }
    book = { platform, exact, patterns, open: platform.names.length === 0 && custom.length === 0 };
    if (books.size > 64) books.clear();
    books.set(key, book);
  }
  return book;
}

/** Is the written name documented (or custom)? Index forms (`orders[0]`) match `*`/`**` patterns. */
export function knowsName(book: NameBook, name: string): boolean {
  if (book.open || book.exact.has(name)) return true;
  const segs = nameSegments(name);
  const plain = segs.join('.');
  if (book.exact.has(plain)) return true;
  return book.patterns.some((p) => matchesPattern(p, segs));
}

/** Documented names close to an unknown one (edit distance, case-insensitive), closest first. */
export function closestNames(book: NameBook, name: string, limit = 3): Array<{ name: string; distance: number }> {
  const lower = name.toLowerCase();
  // Close means a typo's worth of difference: one edit in a short name, two in a longer one.
  const max = name.length <= 6 ? 1 : 2;
  const found: Array<{ name: string; distance: number }> = [];
  for (const known of book.exact) {
    const d = boundedDistance(lower, known.toLowerCase(), max);
    if (d <= max) found.push({ name: known, distance: d });
  }
  found.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
  return found.slice(0, limit);
}

/** Other platforms that document this exact name (a macro moved from another help desk). */
export function platformsKnowing(name: string, except: PlatformName): Platform[] {
  return allPlatforms().filter((p) => p.name !== except && p.name !== 'liquid' && p.names.includes(name));
}
