// Seeded generator of support replies for the bench: varied length (about 40-250 words), about 45%
// with 1-3 flaws of the kinds the rules catch, placeholders like {{ticket.requester.first_name}}.
// Same seed, same files: runs on different days and machines lint the same text.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ACK, APOLOGY, BODY, CLOSING, FLAWS, GREETING, SIGNOFF, SLOTS, TITLES } from './bank.mjs';

/** mulberry32: small, fast, good enough for picking sentences. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];
const fill = (r, s) => s.replace(/\{(\w+)\}/g, (m, k) => (SLOTS[k] ? pick(r, SLOTS[k]) : m)).replace(/\{\{/g, '{{');
const words = (s) => (s.match(/[\p{L}\p{N}{}._]+/gu) ?? []).length;
const FLAW_KINDS = Object.keys(FLAWS);

/** One reply: greeting, acknowledgement, apology, body paragraphs, closing question, sign-off. */
export function makeReply(r) {
  const flawed = r() < 0.45;
  const flaws = new Set();
  if (flawed) {
    const n = 1 + Math.floor(r() * 3);
    const kinds = [...FLAW_KINDS, 'non-apology', 'negative-follow-up', 'impersonal-greeting'];
    while (flaws.size < n) flaws.add(pick(r, kinds));
  }
  // Bell-shaped length between 40 and 250 words (mean ~145).
  const target = 40 + Math.floor(((r() + r() + r()) / 3) * 210);
  const greeting = fill(r, pick(r, flaws.has('impersonal-greeting') ? GREETING.flawed : GREETING.good));
  const signoff = fill(r, pick(r, SIGNOFF));
  const closing = r() < 0.85 || flaws.has('negative-follow-up') ? fill(r, pick(r, flaws.has('negative-follow-up') ? CLOSING.flawed : CLOSING.good)) : '';
  const opening = [];
  if (r() < 0.7) opening.push(fill(r, pick(r, ACK)));
  if (flaws.has('non-apology')) opening.push(fill(r, pick(r, APOLOGY.flawed)));
  else if (r() < 0.7) opening.push(fill(r, pick(r, APOLOGY.good)));

  const body = [];
  for (const kind of flaws) if (FLAWS[kind]) body.push(fill(r, pick(r, FLAWS[kind])));
  let count = words(greeting) + words(signoff) + words(closing) + opening.reduce((n, s) => n + words(s), 0) + body.reduce((n, s) => n + words(s), 0);
  const used = new Set();
  while (count < target && used.size < BODY.length) {
    const i = Math.floor(r() * BODY.length);
    if (used.has(i)) continue;
    used.add(i);
    const s = fill(r, BODY[i]);
    // Flaws land at a random place in the body, not always first.
    body.splice(Math.floor(r() * (body.length + 1)), 0, s);
    count += words(s);
  }
  const paragraphs = [opening.join(' ')].filter(Boolean);
  for (let i = 0; i < body.length;) {
    const take = 1 + Math.floor(r() * 3);
    paragraphs.push(body.slice(i, i + take).join(' '));
    i += take;
  }
  if (closing) paragraphs.push(closing);
  const text = [greeting, ...paragraphs, signoff].join('\n\n') + '\n';
  return { text, flaws: [...flaws], words: words(text) };
}

/**
 * Writes n reply files (r00001.txt ...) into dir, or into dir/part1 ... dir/partN when `parts` > 1
 * (the same files in the same order); returns the word count.
 */
export function writeReplies(dir, n, seed, parts = 1) {
  rmSync(dir, { recursive: true, force: true });
  const r = rng(seed);
  const width = String(n).length;
  const perPart = Math.ceil(n / parts);
  let total = 0;
  for (let i = 1; i <= n; i++) {
    const reply = makeReply(r);
    total += reply.words;
    const sub = parts > 1 ? join(dir, `part${Math.ceil(i / perPart)}`) : dir;
    if (i === 1 || (parts > 1 && (i - 1) % perPart === 0)) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `r${String(i).padStart(width, '0')}.txt`), reply.text);
  }
  return total;
}

/** A Zendesk-style macro export: {"macros": [{id, title, actions: [{field: "comment_value", value}]}]}. */
export function writeMacros(file, n, seed) {
  const r = rng(seed);
  const macros = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const reply = makeReply(r);
    total += reply.words;
    const html = r() < 0.3;
    const value = html ? reply.text.trim().split('\n\n').map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`).join('') : reply.text;
    macros.push({
      id: 360000000000 + i,
      title: `${pick(r, TITLES)} #${i + 1}`,
      active: true,
      description: null,
      actions: [
        { field: html ? 'comment_value_html' : 'comment_value', value },
        { field: 'status', value: pick(r, ['pending', 'solved', 'open']) },
      ],
      restriction: null,
    });
  }
  writeFileSync(file, JSON.stringify({ macros, count: n, next_page: null }, null, 2) + '\n');
  return total;
}

/** One big text file of about `target` words: replies back to back, for the bounded-memory check. */
export function writeHuge(file, target, seed) {
  const r = rng(seed);
  const parts = [];
  let total = 0;
  while (total < target) {
    const reply = makeReply(r);
    parts.push(reply.text);
    total += reply.words;
  }
  writeFileSync(file, parts.join('\n'));
  return total;
}
