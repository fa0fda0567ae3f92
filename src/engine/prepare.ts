// prepare: one reply's text -> the Reply a rule sees (masked, normalized, split, lazily parsed).
import type { Channel, NlpDoc, Placeholder, Reply, ReplyKind, Sentence, WordIndex } from '../types.js';
import type { PlatformName } from '../platforms/types.js';
import { buildWordIndex } from '../phrases/word-index.js';
import { countWords, splitParagraphs, splitSentences } from '../nlp/sentences.js';
import { notePrepared, parseText } from '../nlp/compromise.js';
import { findPlaceholders, maskPlaceholders, type PlaceholderPattern } from './placeholders.js';

export interface PrepareOptions {
  kind: ReplyKind;
  channel: Channel;
  placeholders: readonly PlaceholderPattern[];
  title?: string;
  platform?: PlatformName;
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
  const text = normalize(maskPlaceholders(source, placeholders, opts.placeholders));
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const parsed = new Map<number, NlpDoc>();
  const wordCount = countWords(text);
  notePrepared(sentences.length, wordCount);
  let words: WordIndex | undefined;
  return {
    source,
    text,
    sentences,
    paragraphs,
    placeholders,
    kind: opts.kind,
    channel: opts.channel,
    platform: opts.platform ?? 'none',
    title: opts.title,
    wordCount,
    get words(): WordIndex {
      words ??= buildWordIndex(text);
      return words;
    },
    parse(sentence: Sentence): NlpDoc {
      let doc = parsed.get(sentence.index);
      if (doc === undefined) {
        doc = parseText(sentence.text);
        parsed.set(sentence.index, doc);
      }
      return doc;
    },
    inPlaceholder(start: number, end: number): boolean {
      return placeholders.some((p) => start < p.end && end > p.start);
    },
  };
}
