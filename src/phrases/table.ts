// Phrase tables: a rule's phrasings as data. Each entry is a bounded regex, a compromise match pattern or a
// finder function, with the trigger words that must be in the reply, exceptions, a grammar check, a message
// id and a fix or suggestion. A table compiles once; per reply only the entries whose triggers occur run.
// Built-in rules (through definePhraseRule) and config `phrases` share this one mechanism.
import type { Reply, Sentence } from '../types.js';
import { sentenceAt } from '../nlp/match.js';
import { pattern as nlpPattern } from '../nlp/compromise.js';
import { compileBounded } from './bounded.js';
import { anyTrigger, checkTriggers } from './triggers.js';
import { buildWordIndex, type WordIndex } from './word-index.js';
import { checkedAtBuild, guardedWords, satisfies, type Clause } from './regex-words.js';
import { triggerIndex } from './trigger-index.js';
import { foldedText, savedFoldedSource } from './fold-case.js';
import { regexSubject, TieredRegex } from './tiered-regex.js';
import { noteEntries } from '../nlp/compromise.js';

export interface PhraseHit {
  start: number;
  end: number;
  /** The matched text of the prepared reply. */
  text: string;
  /** Regex groups (regex entries only). */
  groups: RegExpExecArray | null;
  sentence: Sentence;
  entry: CompiledEntry;
}

/** A replacement: fixed text ('' deletes the phrase), or a function of the hit (null: none fits here). */
export type Replacement = string | ((hit: PhraseHit, reply: Reply) => string | null);

export interface PhraseEntry {
  /** A short name for tests and stats ("as-per", "sorry-if"). */
  name?: string;
  /** Key of the message in the rule's `meta.messages` (default "default"). */
  messageId?: string;
  /**
   * A regex source, case-insensitive unless `flags` says otherwise, matched on word edges. Unbounded repeats
   * (`+`, `*`, `{n,}`) are bounded when the table compiles, so matching stays linear on any text.
   */
  regex?: string;
  flags?: string;
  /** A compromise match pattern: the sentence is tagged (only sentences that hold a trigger word). */
  match?: string;
  /** A finder for what neither can express; it must be linear in the reply's length. */
  find?: (reply: Reply) => Iterable<{ start: number; end: number }>;
  /**
   * Words one of which must be in the reply for this entry to run: lower-case words, prefixes ("apolog*") or
   * index features ("#caps"). Required for regex and find entries; derived from a match pattern when absent.
   */
  triggers?: readonly string[];
  /**
   * Word clauses that must all hold (each: one of its words or prefixes is in the reply). A regex entry's
   * are read from its source (regex-words.ts) on first use; a finder may declare its own.
   */
  requires?: readonly Clause[];
  /** Exceptions, as bounded regex sources: the hit is dropped when one matches. */
  unless?: {
    /** Text just before the hit, in its sentence (anchored at the hit). */
    before?: string;
    /** Text just after the hit, in its sentence (anchored at the hit). */
    after?: string;
    /** Anywhere in the hit's sentence (at most 300 characters either side of the hit). */
    around?: string;
  };
  /** The grammar or context check: false drops the hit. Must not scan the whole reply per hit. */
  keep?: (hit: PhraseHit, reply: Reply) => boolean;
  /** A replacement that --fix applies: only where it is right in every sentence this entry can match. */
  fix?: Replacement;
  /** A replacement offered as a suggestion, never applied by --fix. */
  suggest?: Replacement;
  /** The suggestion's description; a function may tailor it to the hit. */
  advice?: string | ((hit: PhraseHit, reply: Reply) => string);
  /** Extra values for the message's {{placeholders}} ({{text}} is always the flagged text). */
  data?: (hit: PhraseHit, reply: Reply) => Record<string, string>;
}

export interface CompiledEntry extends PhraseEntry {
  readonly index: number;
  readonly messageId: string;
  readonly triggers: readonly string[] | undefined;
  /** The triggers' slot in the shared trigger index. */
  readonly slot: number | undefined;
  /** Declared and derived word clauses (derived on first use). */
  readonly requires: readonly Clause[];
  /** The clauses' slots in the trigger index, ascending. */
  readonly requireSlots: readonly number[];
  /** The bounded regex, compiled on first use: entries no reply reaches are never compiled. */
  readonly compiled?: RegExp;
  readonly exceptions: { before?: RegExp; after?: RegExp; around?: RegExp };
}

export interface PhraseTable {
  readonly owner: string;
  readonly entries: readonly CompiledEntry[];
  /** Every entry's triggers, or undefined when some entry runs on every reply. */
  readonly triggers: readonly string[] | undefined;
  /** On overlapping hits: keep the first (longest at the same start, then table order), or keep all. */
  readonly overlaps: 'first' | 'all';
}

export interface TableOptions {
  overlaps?: 'first' | 'all';
  /** Derives triggers for match entries that give none (config phrases pass their own deriver). */
  deriveTriggers?: (match: string) => readonly string[] | undefined;
  /**
   * Whether every entry must have triggers (default true: built-in tables). Config phrases pass false: an
   * entry whose words cannot be derived then runs on every reply.
   */
  requireTriggers?: boolean;
}

// How far an exception pattern may look from the hit.
const EXCEPTION_WINDOW = 300;

/** Compiles a table once: checks every entry, compiles its regexes. Throws a one-line error naming the entry. */
export function compileTable(owner: string, entries: readonly PhraseEntry[], opts: TableOptions = {}): PhraseTable {
  const compiled = entries.map((e, index): CompiledEntry => {
    const who = `${owner} entry ${e.name ? `"${e.name}"` : `#${index}`}`;
    const kinds = [e.regex, e.match, e.find].filter((k) => k !== undefined).length;
    if (kinds !== 1) throw new Error(`${who}: needs exactly one of regex, match or find`);
    let triggers = e.triggers ? checkTriggers(e.triggers, who) : undefined;
    if (!triggers && e.match !== undefined && opts.deriveTriggers) triggers = opts.deriveTriggers(e.match);
    if (!triggers && opts.requireTriggers !== false) throw new Error(`${who}: give the trigger words it needs`);
    const entry = new LazyEntry(e, index, who, triggers) as unknown as CompiledEntry;
    return entry;
  });
  const all = compiled.every((e) => e.triggers) ? [...new Set(compiled.flatMap((e) => e.triggers!))] : undefined;
  return { owner, entries: compiled, triggers: all, overlaps: opts.overlaps ?? 'first' };
}

/** The entries of a table that can match this reply (their triggers occur in it). */
export function candidates(reply: Reply, table: PhraseTable): CompiledEntry[] {
  const words = reply.words;
  let marks = triggerIndex.marks(words);
  const out: CompiledEntry[] = [];
  next: for (const e of table.entries) {
    if (e.slot !== undefined && marks[e.slot] !== 1) continue;
    const needs = e.requireSlots;
    if (needs.length === 0) { out.push(e); continue; }
    // Clauses read for the first time just now have new slots: mark the reply again.
    if (needs[needs.length - 1]! >= marks.length) marks = triggerIndex.marks(words);
    for (const slot of needs) if (marks[slot] !== 1) continue next;
    out.push(e);
  }
  noteEntries(table.entries.length, out.length);
  return out;
}

/** Compiles every entry now (tests: a broken built-in entry fails there, not on the first reply that reaches it). */
export function compileAll(table: PhraseTable): void {
  for (const e of table.entries) void [e.compiled, (e as unknown as LazyEntry).folded, e.exceptions, e.requires];
}

// The parts of an entry made on first use. A class (getters on the prototype, memo fields on the
// instance) keeps entries fast to read: candidates() reads slot and requireSlots per entry per reply.
const LAZY_KEYS = new Set(['compiled', 'folded', 'exceptions', 'requires', 'requireSlots', 'index', 'messageId', 'triggers', 'slot']);

interface Subjects {
  /** The reply's text with A-Z lower-cased (null: it holds cased non-ASCII letters). */
  folded: string | null;
  /** The text itself. */
  original: string;
  twoByte: boolean;
}

const subjectsOf = new WeakMap<Reply, Subjects>();

/** What the entries' expressions scan in a reply, made once per reply. */
function subjects(reply: Reply): Subjects {
  let s = subjectsOf.get(reply);
  if (s === undefined) {
    const { text, twoByte } = regexSubject(reply.text);
    // Lower-casing A-Z keeps the string's width: the folded text needs no second copy.
    s = { folded: foldedText(text) ?? null, original: text, twoByte };
    subjectsOf.set(reply, s);
  }
  return s;
}

/** A match on the folded text as the original text reads it (folded regexes have no capture groups). */
function originalMatch(m: RegExpExecArray, text: string): RegExpExecArray {
  const out = [text.slice(m.index, m.index + m[0].length)] as unknown as RegExpExecArray;
  out.index = m.index;
  out.input = text;
  out.groups = undefined;
  return out;
}

class LazyEntry {
  readonly index: number;
  readonly messageId: string;
  readonly triggers: readonly string[] | undefined;
  readonly slot: number | undefined;
  private readonly source: PhraseEntry;
  private readonly who: string;
  private compiledMemo: TieredRegex | undefined | null = null;
  private exceptionsMemo: CompiledEntry['exceptions'] | null = null;
  private requiresMemo: readonly Clause[] | null = null;
  private slotsMemo: readonly number[] | null = null;
  private foldedMemo: TieredRegex | null | undefined = undefined;

  constructor(e: PhraseEntry, index: number, who: string, triggers: readonly string[] | undefined) {
    // The entry's own fields (name, regex, keep, fix ...); a compiled entry passed in again keeps its source.
    for (const key of Object.keys(e)) if (!LAZY_KEYS.has(key)) (this as Record<string, unknown>)[key] = (e as unknown as Record<string, unknown>)[key];
    this.source = (e as { source?: PhraseEntry }).source ?? e;
    this.index = index;
    this.messageId = e.messageId ?? 'default';
    this.triggers = triggers;
    this.slot = triggers ? triggerIndex.slot(triggers) : undefined;
    this.who = who;
  }

  private get regexFlags(): string {
    return this.source.flags ?? 'i';
  }

  /** The bounded regex, compiled on first use (a table's regexes cost ~100 ms to bound, check and compile at once). */
  get compiled(): RegExp | undefined {
    return this.tieredCompiled?.forSubject(0, false);
  }

  get tieredCompiled(): TieredRegex | undefined {
    if (this.compiledMemo === null) {
      const { regex } = this.source;
      this.compiledMemo = regex !== undefined ? new TieredRegex(compileBounded(regex, this.regexFlags, this.who, true, checkedAtBuild(regex, this.regexFlags))) : undefined;
    }
    return this.compiledMemo;
  }

  get exceptions(): CompiledEntry['exceptions'] {
    if (this.exceptionsMemo === null) {
      const exception = (src: string | undefined, anchor: 'start' | 'end' | 'none') => {
        if (src === undefined) return undefined;
        const body = anchor === 'start' ? `^(?:${src})` : anchor === 'end' ? `(?:${src})$` : src;
        return compileBounded(body, 'i', `${this.who} (unless)`, anchor === 'none');
      };
      const { unless } = this.source;
      this.exceptionsMemo = { before: exception(unless?.before, 'end'), after: exception(unless?.after, 'start'), around: exception(unless?.around, 'none') };
    }
    return this.exceptionsMemo;
  }

  /** The regex for case-folded text (no `i` flag: ~3x cheaper to compile), or null when it cannot be folded. */
  get folded(): TieredRegex | null {
    if (this.foldedMemo === undefined) {
      const { regex } = this.source;
      const source = regex !== undefined ? savedFoldedSource(regex, this.regexFlags) : undefined;
      this.foldedMemo = source === undefined ? null
        : new TieredRegex(compileBounded(source, this.regexFlags.replace('i', ''), this.who, true, checkedAtBuild(regex!, this.regexFlags)));
    }
    return this.foldedMemo;
  }

  get requires(): readonly Clause[] {
    if (this.requiresMemo === null) {
      const { regex } = this.source;
      this.requiresMemo = [...(this.source.requires ?? []), ...(regex !== undefined ? guardedWords(regex, this.regexFlags) : [])];
    }
    return this.requiresMemo;
  }

  get requireSlots(): readonly number[] {
    if (this.slotsMemo === null) this.slotsMemo = this.requires.map((c) => triggerIndex.slot(c)).sort((a, b) => a - b);
    return this.slotsMemo;
  }
}

/** Every hit of a table in a reply, exceptions and checks applied, sorted by position. */
export function findPhrases(reply: Reply, table: PhraseTable): PhraseHit[] {
  return collect(reply, table, candidates(reply, table));
}

/**
 * The hits of entries whose triggers are absent from the reply: always empty when the triggers are right.
 * Tests run it over every example and fixture to keep the trigger lists honest.
 */
export function untriggeredHits(reply: Reply, table: PhraseTable): PhraseHit[] {
  const words = reply.words;
  const skipped = table.entries.filter((e) => (e.triggers && !anyTrigger(words, e.triggers)) || !satisfies((a) => words.has(a), e.requires));
  return collect(reply, { ...table, overlaps: 'all' }, skipped);
}

function collect(reply: Reply, table: PhraseTable, entries: readonly CompiledEntry[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const entry of entries) {
    for (const span of spansOf(reply, entry)) {
      if (span.end <= span.start || reply.inPlaceholder(span.start, span.end)) continue;
      const sentence = sentenceAt(reply, span.start);
      if (!sentence) continue;
      const hit: PhraseHit = { start: span.start, end: span.end, text: reply.text.slice(span.start, span.end), groups: span.groups ?? null, sentence, entry };
      if (excepted(reply, hit)) continue;
      if (entry.keep && !entry.keep(hit, reply)) continue;
      hits.push(hit);
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end || a.entry.index - b.entry.index);
  if (table.overlaps === 'all') return hits;
  const kept: PhraseHit[] = [];
  let reach = -1;
  for (const h of hits) {
    if (h.start < reach) continue;
    kept.push(h);
    reach = h.end;
  }
  return kept;
}

function* spansOf(reply: Reply, entry: CompiledEntry): Iterable<{ start: number; end: number; groups?: RegExpExecArray }> {
  if (entry.regex !== undefined) {
    // The case-folded regex on the case-folded text where that is exact (fold-case.ts), else the original.
    const lazy = entry as unknown as LazyEntry;
    const folded = lazy.folded;
    const subject = subjects(reply);
    const lowered = folded && subject.folded !== null ? subject.folded : undefined;
    const input = lowered ?? subject.original;
    const re = (lowered !== undefined ? folded! : lazy.tieredCompiled!).forSubject(input.length, subject.twoByte);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(input))) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      yield { start: m.index, end: m.index + m[0].length, groups: lowered !== undefined ? originalMatch(m, reply.text) : m };
    }
    return;
  }
  if (entry.find) { yield* entry.find(reply); return; }
  // A match pattern: only sentences that hold one of its trigger words are tagged.
  const compiledPattern = nlpPattern(entry.match!);
  for (const sentence of reply.sentences) {
    if (entry.triggers && !anyTrigger(sentenceWords(sentence), entry.triggers)) continue;
    const doc = reply.parse(sentence);
    const found = doc.match(compiledPattern);
    if (!found.found) continue;
    for (const m of found.json({ offset: true, text: true, terms: false }) as Array<{ offset: { start: number; length: number } }>) {
      const [start, end] = trimSpan(reply.text, sentence.start + m.offset.start, sentence.start + m.offset.start + m.offset.length);
      yield { start, end };
    }
  }
}

const sentenceIndexes = new WeakMap<Sentence, WordIndex>();

/** The word index of one sentence (built on first use). */
export function sentenceWords(sentence: Sentence): WordIndex {
  let index = sentenceIndexes.get(sentence);
  if (!index) {
    index = buildWordIndex(sentence.text);
    sentenceIndexes.set(sentence, index);
  }
  return index;
}

function excepted(reply: Reply, hit: PhraseHit): boolean {
  const { before, after, around } = hit.entry.exceptions;
  const { text } = reply;
  const s = hit.sentence;
  if (before && test(before, text.slice(Math.max(s.start, hit.start - EXCEPTION_WINDOW), hit.start))) return true;
  if (after && test(after, text.slice(hit.end, Math.min(s.end, hit.end + EXCEPTION_WINDOW)))) return true;
  if (around && test(around, text.slice(Math.max(s.start, hit.start - EXCEPTION_WINDOW), Math.min(s.end, hit.end + EXCEPTION_WINDOW)))) return true;
  return false;
}

/** A one-off test with a compiled (global) regex. */
function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** compromise's match offsets can include the punctuation after a word: trim it off. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (end > start && /[\s.,;:!?"')\]]/.test(text[end - 1]!)) end--;
  while (start < end && /[\s"'([]/.test(text[start]!)) start++;
  return [start, end];
}
