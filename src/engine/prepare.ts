// prepare: one reply's text -> the Reply a rule sees (masked, normalized, split, lazily parsed).
import type { Channel, ContextSource, NlpDoc, Placeholder, QuotedSpan, Reply, ReplyContext, ReplyKind, Sentence, ThreadInput, WordIndex } from '../types.js';
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
  const placeholders: Placeholder[] = findPlaceholders(source, opts.placeholders);
  const quoted = findQuotedSpans(source, opts.quoted);
  const text = maskQuoted(normalize(maskPlaceholders(source, placeholders, opts.placeholders)), quoted);
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const parsed = new Map<number, NlpDoc>();
  // Sentences the budget granted (index -> true) or refused (false), decided on first request.
  const granted = new Map<number, boolean>();
  const budget = opts.tagBudget ?? new TagBudget(text.length);
  const mayTag = (sentence: Sentence): boolean => {
    let ok = granted.get(sentence.index);
    if (ok === undefined) {
      ok = budget.take(sentence);
      if (!ok) noteTagRefused();
      granted.set(sentence.index, ok);
    }
    return ok;
  };
  const wordCount = countWords(text);
  notePrepared(sentences.length, wordCount);
  let words: WordIndex | undefined;
  // The context is built on first use: replies without context rules enabled never pay for it.
  let context: ReplyContext | null | undefined;
  const buildContext = (): ReplyContext | null => {
    const given = opts.context;
    const thread = given && given.customer.trim() ? given : quotedThread(source, quoted);
    if (!thread) return null;
    const from: ContextSource = thread === given ? (opts.contextSource ?? 'option') : 'quote';
    const prepare = (text: string) => prepareReply(text, { kind: 'general', channel: opts.channel, placeholders: opts.placeholders });
    return createContext(thread, from, prepare);
  };
  return {
    source,
    text,
    sentences,
    paragraphs,
    placeholders,
    quoted,
    kind: opts.kind,
    channel: opts.channel,
    platform: opts.platform ?? 'none',
    title: opts.title,
    wordCount,
    get words(): WordIndex {
      words ??= buildWordIndex(text);
      return words;
    },
    get context(): ReplyContext | undefined {
      if (context === undefined) context = buildContext();
      return context ?? undefined;
    },
    parse(sentence: Sentence): NlpDoc {
      let doc = parsed.get(sentence.index);
      if (doc === undefined) {
        if (!mayTag(sentence)) return emptyDoc();
        if (parsed.size === 0) noteReplyTagged();
        doc = parseText(sentence.text);
        parsed.set(sentence.index, doc);
      }
      return doc;
    },
    mayTag,
    inPlaceholder(start: number, end: number): boolean {
      return placeholders.some((p) => start < p.end && end > p.start);
    },
    inQuoted(start: number, end: number): boolean {
      return quoted.some((q) => (start < q.end && end > q.start) || (start === end && start > q.start && start < q.end));
    },
  };
}
