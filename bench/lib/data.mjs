// The bench inputs under bench/out/ (gitignored), regenerated only when the generator or seed changes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeReply, rng, writeHuge, writeMacros, writeReplies } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const OUT = join(here, '..', 'out');
const SEED = 20240607;

/** Paths of every input set; `sets` limits what is (re)generated. */
export function ensureData(sets, log) {
  mkdirSync(OUT, { recursive: true });
  const version = createHash('sha1')
    .update(readFileSync(join(here, 'bank.mjs')))
    .update(readFileSync(join(here, 'generate.mjs')))
    .update(readFileSync(join(here, 'data.mjs')))
    .update(String(SEED))
    .digest('hex')
    .slice(0, 12);
  const manifestPath = join(OUT, 'manifest.json');
  let manifest = {};
  try { manifest = JSON.parse(readFileSync(manifestPath, 'utf8')); } catch { /* first run */ }
  if (manifest.version !== version) manifest = { version, sets: {} };

  const make = {
    one: () => {
      // The first reply of a fixed stream with 120-170 words and at least one flaw: a typical draft.
      const r = rng(SEED + 1);
      let reply;
      do reply = makeReply(r); while (reply.words < 120 || reply.words > 170 || reply.flaws.length === 0);
      mkdirSync(join(OUT, 'one'), { recursive: true });
      writeFileSync(join(OUT, 'one', 'reply.txt'), reply.text);
      return { files: 1, words: reply.words, flaws: reply.flaws };
    },
    clean: () => {
      // The same kind of draft with no flaw at all (what most runs on a finished reply look like).
      const r = rng(SEED + 4);
      let reply;
      do reply = makeReply(r); while (reply.words < 120 || reply.words > 170 || reply.flaws.length > 0);
      mkdirSync(join(OUT, 'clean'), { recursive: true });
      writeFileSync(join(OUT, 'clean', 'reply.txt'), reply.text);
      return { files: 1, words: reply.words };
    },
    tagged: () => {
      // A draft whose checks need the tagger: "sorry (that) you ..." (is the apology about the customer's
      // feelings, or about something we did?). The cold start with compromise loaded, which most drafts skip.
      const r = rng(SEED + 5);
      let reply;
      do reply = makeReply(r); while (reply.words < 120 || reply.words > 170 || !/\bsorry (?:that )?you\b/i.test(reply.text));
      mkdirSync(join(OUT, 'tagged'), { recursive: true });
      writeFileSync(join(OUT, 'tagged', 'reply.txt'), reply.text);
      return { files: 1, words: reply.words, flaws: reply.flaws };
    },
    '1k': () => ({ files: 1000, words: writeReplies(join(OUT, '1k'), 1000, SEED) }),
    // Two halves in subdirectories: two processes, one per half, show what the machine can do in parallel.
    '10k': () => ({ files: 10000, words: writeReplies(join(OUT, '10k'), 10000, SEED, 2) }),
    macros: () => {
      mkdirSync(join(OUT, 'macros'), { recursive: true });
      return { files: 1, replies: 10000, words: writeMacros(join(OUT, 'macros', 'macros-10k.json'), 10000, SEED + 2) };
    },
    huge: () => {
      mkdirSync(join(OUT, 'huge'), { recursive: true });
      return { files: 1, words: writeHuge(join(OUT, 'huge', 'huge-1m.txt'), 1_000_000, SEED + 3) };
    },
  };
  for (const name of sets) {
    const present = manifest.sets[name] && existsSync(join(OUT, name));
    if (present) continue;
    log(`generating ${name} ...`);
    manifest.sets[name] = make[name]();
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  }
  return {
    info: manifest.sets,
    one: join(OUT, 'one', 'reply.txt'),
    clean: join(OUT, 'clean', 'reply.txt'),
    tagged: join(OUT, 'tagged', 'reply.txt'),
    '1k': join(OUT, '1k'),
    '10k': join(OUT, '10k'),
    macros: join(OUT, 'macros', 'macros-10k.json'),
    huge: join(OUT, 'huge', 'huge-1m.txt'),
  };
}
