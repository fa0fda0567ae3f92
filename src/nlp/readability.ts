// Reading grade of a reply: the Flesch-Kincaid grade level (0.39 x words per sentence + 11.8 x syllables
// per word - 15.59), the formula most support style guides quote. Syllables come from the `syllable`
// package (wooorm/syllable: maintained, MIT, an exceptions list for irregular English words), because
// compromise's core has no syllable counter (its speech plugin is separate and little used), and a
// hand-written vowel-group counter is wrong on exactly the words that matter here ("unfortunately").
import { syllable } from 'syllable';
import type { Reply, Sentence } from '../types.js';

export interface Readability {
  grade: number;
  words: number;
  sentences: number;
  /** The sentence with the highest grade of its own (the one to rewrite first). */
  hardest?: Sentence;
}

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;

function countSentence(text: string): { words: number; syllables: number } {
  let words = 0;
  let syllables = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    words++;
    // A masked placeholder ("Nxxxxx") stands for a name: count it as two syllables.
    syllables += /^Nx+$/.test(m[0]) ? 2 : Math.max(1, syllable(m[0]));
  }
  return { words, syllables };
}

function grade(words: number, sentences: number, syllables: number): number {
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

export function readability(reply: Reply): Readability {
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  let hardest: Sentence | undefined;
  let hardestGrade = -Infinity;
  for (const s of reply.sentences) {
    const c = countSentence(s.text);
    if (c.words === 0) continue;
    sentences++;
    words += c.words;
    syllables += c.syllables;
    const g = grade(c.words, 1, c.syllables);
    if (c.words >= 5 && g > hardestGrade) { hardestGrade = g; hardest = s; }
  }
  return { grade: words ? grade(words, Math.max(1, sentences), syllables) : 0, words, sentences, hardest };
}
