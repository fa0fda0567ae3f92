// prepare: one reply's text -> the Reply a rule sees (masked, normalized, split, lazily parsed).
import type { Channel, ContextSource, NlpDoc, Placeholder, QuotedSpan, Reply, ReplyContext, ReplyKind, Sentence, Span, ThreadInput, WordIndex } from '../types.js';
import type { PlatformName } from '../platforms/types.js';
import { buildWordIndex } from '../phrases/word-index.js';
import { countWords, splitParagraphs, splitSentences } from '../nlp/sentences.js';
import { emptyDoc, notePrepared, noteReplyTagged, noteTagRefused, parseText } from '../nlp/compromise.js';
import { TagBudget } from '../nlp/tag-budget.js';
import { findPlaceholders, maskPlaceholders, type PlaceholderPattern } from '../platforms/placeholders.js';
import { findQuotedSpans, maskQuoted, quotedThread } from './quoted.js';
import { createContext } from '../context/create.js';

export interface PrepareOptions {
  kind: ReplyKind;
  channel: Channel;
  placeholders: readonly PlaceholderPattern[];
  title?: string;
  platform?: PlatformName;
  /** Quoted spans the extractor found (Markdown and HTML blockquotes), in reply offsets. */
  quoted?: readonly QuotedSpan[];
  /** The conversation the reply answers, when given; else quoted text in the reply is its context. */
  context?: ThreadInput;
  contextSource?: ContextSource;
  /** The tagging budget (nlp/tag-budget.ts) when the reply is one part of a longer one; else its own. */
  tagBudget?: TagBudget;
}

/** Same-length normalization: curly quotes, odd spaces and dashes read as their plain forms. */
export function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201b\u02bc\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u00a0\u2007\u202f\u2009\u200a]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-');
}

export function prepareReply(source: string, opts: PrepareOptions): Reply {
  return new PreparedReply(source, opts);
}

// A class, not an object literal with getters: a literal's getters are new closures for every reply, and V8
// then gives every reply its own hidden class. The rules' property reads went megamorphic, and the closures
// stayed reachable from those (old-space) classes, so each reply's text, sentences and word index survived
// the young-generation collections and were promoted (~1.1 MB per collection on the real replies).
class PreparedReply implements Reply {
  readonly source: string;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Span[];
  readonly placeholders: readonly Placeholder[];
  readonly quoted: readonly QuotedSpan[];
  readonly kind: ReplyKind;
  readonly channel: Channel;
  readonly platform: PlatformName;
  readonly title: string | undefined;
  readonly wordCount: number;
  private readonly opts: PrepareOptions;
  private readonly parsed = new Map<number, NlpDoc>();
  // Sentences the budget granted (index -> true) or refused (false), decided on first request.
  private readonly granted = new Map<number, boolean>();
  private readonly budget: TagBudget;
  private wordIndex: WordIndex | undefined = undefined;
  // The context is built on first use: replies without context rules enabled never pay for it.
  private builtContext: ReplyContext | null | undefined = undefined;

  constructor(source: string, opts: PrepareOptions) {
    const placeholders = findPlaceholders(source, opts.placeholders);
    const quoted = findQuotedSpans(source, opts.quoted);
    const text = maskQuoted(normalize(maskPlaceholders(source, placeholders, opts.placeholders)), quoted);
    this.source = source;
    this.text = text;
    const paragraphs = splitParagraphs(text);
    this.paragraphs = paragraphs;
    this.sentences = splitSentences(text, paragraphs);
    this.placeholders = placeholders;
    this.quoted = quoted;
    this.kind = opts.kind;
    this.channel = opts.channel;
    this.platform = opts.platform ?? 'none';
    this.title = opts.title;
    this.opts = opts;
    this.budget = opts.tagBudget ?? new TagBudget(text.length);
    this.wordCount = countWords(text);
    notePrepared(this.sentences.length, this.wordCount);
  }

  get words(): WordIndex {
    return (this.wordIndex ??= buildWordIndex(this.text));
  }

  get context(): ReplyContext | undefined {
    if (this.builtContext === undefined) this.builtContext = this.buildContext();
    return this.builtContext ?? undefined;
  }

  parse(sentence: Sentence): NlpDoc {
    let doc = this.parsed.get(sentence.index);
    if (doc === undefined) {
      if (!this.mayTag(sentence)) return emptyDoc();
      if (this.parsed.size === 0) noteReplyTagged();
      doc = parseText(sentence.text);
      this.parsed.set(sentence.index, doc);
    }
    return doc;
  }

  mayTag(sentence: Sentence): boolean {
    let ok = this.granted.get(sentence.index);
    if (ok === undefined) {
      ok = this.budget.take(sentence);
      if (!ok) noteTagRefused();
      this.granted.set(sentence.index, ok);
    }
    return ok;
  }

  inPlaceholder(start: number, end: number): boolean {
    return this.placeholders.some((p) => start < p.end && end > p.start);
  }

  inQuoted(start: number, end: number): boolean {
    return this.quoted.some((q) => (start < q.end && end > q.start) || (start === end && start > q.start && start < q.end));
  }

  private buildContext(): ReplyContext | null {
    const { opts } = this;
    const given = opts.context;
    const thread = given && given.customer.trim() ? given : quotedThread(this.source, this.quoted);
    if (!thread) return null;
    const from: ContextSource = thread === given ? (opts.contextSource ?? 'option') : 'quote';
    const prepare = (text: string) => prepareReply(text, { kind: 'general', channel: opts.channel, placeholders: opts.placeholders });
    return createContext(thread, from, prepare);
  }
}
