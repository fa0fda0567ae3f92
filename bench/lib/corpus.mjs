// Real-length bench inputs written from ../shared/corpus at bench time into bench/out (gitignored):
// the corpus text is never committed. Each writer is idempotent (skips when the folder is complete).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..', '..', 'shared', 'corpus');

const lines = (file) => readFileSync(join(CORPUS, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** Whether the shared corpus is there (a clone without ../shared skips the real rows). */
export const hasCorpus = () => existsSync(join(CORPUS, 'real-replies.jsonl'));

/** One .txt file per real reply (2,207 brand replies, ~18 words each). */
export function writeRealReplies(out) {
  const replies = lines('real-replies.jsonl');
  const dir = join(out, 'real');
  if (!(existsSync(dir) && readdirSync(dir).length === replies.length)) {
    mkdirSync(dir, { recursive: true });
    replies.forEach((r, i) => writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), r.text));
  }
  return { dir, files: replies.length, words: countWords(replies.map((r) => r.text)) };
}

/** The same replies as one Zendesk-style macro library (one JSON file). */
export function writeRealMacros(out) {
  const replies = lines('real-replies.jsonl');
  const dir = join(out, 'real-macros');
  const file = join(dir, 'macros.json');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const macros = replies.map((r, i) => ({ id: i + 1, title: `Reply ${i + 1}`, actions: [{ field: 'comment_value', value: r.text }] }));
    writeFileSync(file, JSON.stringify({ macros }, null, 1));
  }
  return { file, files: 1, replies: replies.length, words: countWords(replies.map((r) => r.text)) };
}

/** The labelled drafts (~60-150 words) and trainer phrases, one .txt file each. */
export function writeDrafts(out, name, file) {
  const rows = lines(file);
  const dir = join(out, name);
  if (!(existsSync(dir) && readdirSync(dir).length === rows.length)) {
    mkdirSync(dir, { recursive: true });
    rows.forEach((r, i) => writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), r.text));
  }
  return { dir, files: rows.length, words: countWords(rows.map((r) => r.text)) };
}

/**
 * `count` files whose texts cycle through the real replies (20k files: the per-file cost at scale),
 * in two halves part1/part2 (for the two-processes ceiling).
 */
export function writeRealMany(out, count) {
  const replies = lines('real-replies.jsonl');
  const dir = join(out, `real-${count / 1000}k`);
  const half = Math.ceil(count / 2);
  const done = existsSync(join(dir, 'part2')) && readdirSync(join(dir, 'part2')).length === count - half;
  if (!done) {
    for (let i = 0; i < count; i++) {
      const part = join(dir, i < half ? 'part1' : 'part2');
      if (i === 0 || i === half) mkdirSync(part, { recursive: true });
      writeFileSync(join(part, `${String(i).padStart(6, '0')}.txt`), replies[i % replies.length].text);
    }
  }
  return { dir, files: count, words: Math.round((countWords(replies.map((r) => r.text)) * count) / replies.length) };
}

function countWords(texts) {
  let n = 0;
  for (const t of texts) n += (t.match(/\S+/g) ?? []).length;
  return n;
}

/** `n` generated short drafts (at most `maxWords` words each: ~60 on average), one file each. */
export async function writeShortDrafts(out, n, seed, maxWords = 75) {
  const dir = join(out, `drafts-${n}`);
  if (existsSync(dir) && readdirSync(dir).length === n) return { dir, files: n, words: JSON.parse(readFileSync(join(out, `drafts-${n}.json`), 'utf8')).words };
  const { makeReply, rng } = await import('./generate.mjs');
  mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  let words = 0;
  for (let i = 0; i < n;) {
    const reply = makeReply(r);
    if (reply.words > maxWords) continue;
    words += reply.words;
    writeFileSync(join(dir, `d${String(i).padStart(4, '0')}.txt`), reply.text);
    i++;
  }
  writeFileSync(join(out, `drafts-${n}.json`), JSON.stringify({ words }));
  return { dir, files: n, words };
}
