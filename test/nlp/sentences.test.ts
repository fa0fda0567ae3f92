// The sentence splitter keeps a list item's marker out of the sentence, so a rule that rewrites a whole
// sentence never rewrites "- " or "1. ".
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences and list items', () => {
  it('starts a sentence after the list marker', () => {
    expect(texts('Thanks.\n- Is there anything else wrong?\n* Your parcel ships today.\n• It is late.')).toEqual([
      'Thanks.', 'Is there anything else wrong?', 'Your parcel ships today.', 'It is late.',
    ]);
  });

  it('keeps a numbered item\'s number out of the sentence, and does not end a sentence at it', () => {
    expect(texts('Steps:\n1. Open the app.\n2) Tap Reset.\n  10. Sign in again.')).toEqual(['Steps:', 'Open the app.', 'Tap Reset.', 'Sign in again.']);
  });

  it('leaves a dash or number inside a line alone', () => {
    expect(texts('We refunded 2. The rest - the shoes - ships today.')).toEqual(['We refunded 2.', 'The rest - the shoes - ships today.']);
    expect(texts('-5 degrees is cold.')).toEqual(['-5 degrees is cold.']);
  });
});
