// Hostile input shapes (issue 15): texts and files built to make a stage do more than linear work.
// Each shape is a function of a target size in characters (roughly: a shape stops at the first whole
// unit past the size) and a seeded random source, so the bench, the fuzz properties and the tests all
// draw the same kinds of input. No corpus text: every sentence here is written for this file.
import { makeReply, rng } from './generate.mjs';

export { rng };

const pick = (r, list) => list[Math.floor(r() * list.length)];
const WORDS = ['order', 'parcel', 'refund', 'account', 'team', 'today', 'delivery', 'update', 'sorry', 'you', 'we', 'the',
  'your', 'issue', 'again', 'check', 'policy', 'store', 'label', 'driver', 'calm', 'down', 'any', 'other', 'problems'];

/** Repeats unit until the text has at least `size` characters (at least once). */
const fillTo = (size, unit) => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

/** Words with no punctuation or line break at all: one endless sentence. */
function noPunctuation(size, r) {
  const out = [];
  let n = 0;
  while (n < size) { const w = pick(r, WORDS); out.push(w); n += w.length + 1; }
  return out.join(' ');
}

/** Shouting in capitals, without full stops (heated-tone's capitals run). */
const capitals = (size) => fillTo(size, 'WE ARE NOT GOING TO REFUND YOU ');

/** Shouting in capitals, with sentence ends and "!!" (many short heated sentences). */
const capitalSentences = (size) => fillTo(size, 'WE WILL NOT REFUND YOU!! CALM DOWN. ');

/** One token with no space: a word of letters. */
const hugeWord = (size) => `Hello ${'a'.repeat(size)} there.`;

/** One token in capitals (a capitals word as long as the file). */
const hugeCapsWord = (size) => `Hello ${'A'.repeat(size)} there.`;

/** A token of word characters and apostrophes/hyphens, the glue word patterns allow inside a word. */
const hugeGlued = (size) => `It${"'s-a".repeat(Math.ceil(size / 4))} fine.`;

/** Two sentences around a run of spaces (the variable-length lookbehind shape). */
const longSpaces = (size) => `Hello.${' '.repeat(size)}We are sorry.`;

/** Tabs, no-break spaces and blank lines between words. */
const mixedWhitespace = (size, r) => {
  const out = [];
  let n = 0;
  while (n < size) {
    const ws = pick(r, [' \t ', '\u00a0\u00a0', '\n\n\n', ' \r\n ', '\u3000', '   \u2028']).repeat(1 + Math.floor(r() * 40));
    const w = pick(r, WORDS);
    out.push(w, ws);
    n += w.length + ws.length;
  }
  return out.join('');
};

/** Punctuation only ("!!!" and "???" runs, ellipses). */
const punctuation = (size) => fillTo(size, '!?!?...!!! ???? ');

/** Many short sentences, each one a finding for some built-in rule. */
const manyFindings = (size) => fillTo(size, 'Calm down!! Per our policy this is not our fault. Sorry if you feel upset. ');

/** Phrases every rule looks for, run together with no punctuation: many hits in one endless sentence. */
const RUN_ON = ['sorry if you feel', 'per our policy', 'calm down', 'unfortunately we cannot', 'you should have', 'is there anything else',
  'as per my last email', 'we will transfer you to another team', 'if you cancel you will lose your points', 'by tomorrow',
  'I will refund you today', 'we guarantee', 'it is only a small delay', 'you failed to', 'we are sorry that you think', 'I understand you were charged',
  'we have passed this on', 'our records show', 'the courier is responsible', 'you will need to contact them', 'we will never'];
const runOnFindings = (size, r) => {
  const out = [];
  let n = 0;
  while (n < size) { const p = pick(r, RUN_ON); out.push(p); n += p.length + 1; }
  return out.join(' ');
};

/** Placeholders, unfilled and broken, back to back. */
const placeholders = (size) => fillTo(size, '{{ticket.requester.first_name}} {{ broken [NAME] {{#if x}} {% if %} ');

/** Quoted customer text ("> " lines) nested deeper and deeper. */
const quotedLines = (size) => {
  const out = [];
  let n = 0;
  for (let d = 1; n < size; d = (d % 60) + 1) { const l = `${'> '.repeat(d)}you never answer my emails\n`; out.push(l); n += l.length; }
  return `Hi Sam,\n\n${out.join('')}\nWe are looking into it.\n`;
};

/** Ordinary replies back to back (the baseline every other shape is compared with). */
function plain(size, r) {
  const out = [];
  let n = 0;
  while (n < size) { const t = makeReply(r).text; out.push(t); n += t.length + 2; }
  return out.join('\n\n');
}

/** Text shapes, linted as a .txt file (plain is the baseline). */
export const TEXT_SHAPES = {
  plain, 'no-punctuation': noPunctuation, capitals, 'capital-sentences': capitalSentences, 'huge-word': hugeWord,
  'huge-caps-word': hugeCapsWord, 'huge-glued': hugeGlued, 'long-spaces': longSpaces, 'mixed-whitespace': mixedWhitespace,
  punctuation, 'many-findings': manyFindings, 'run-on-findings': runOnFindings, placeholders, 'quoted-lines': quotedLines,
};

/** A Markdown reply around a fenced log (masked to spaces, never linted). */
const fencedLog = (size) => `Hello Sam,\n\nWe are sorry about the outage.\n\n\`\`\`\n${fillTo(size, '2026-01-01 ERROR worker crashed: timeout\n')}\`\`\`\n\nIt is fixed now.\n`;

/** Markdown nested deeper and deeper: lists, quotes and emphasis. */
const deepMarkdown = (size) => {
  const out = [];
  let n = 0;
  for (let d = 0; n < size; d = (d + 1) % 200) { const l = `${'  '.repeat(d)}- > **sorry _for_ the [delay](https://x.example/${d})**\n`; out.push(l); n += l.length; }
  return out.join('');
};

/** JSON nested deeply (arrays in objects in arrays), one reply at the bottom. */
const deepJson = (size) => {
  const depth = Math.max(1, Math.floor(size / 12));
  return `${'{"a":['.repeat(depth)}{"body":"We are sorry. Calm down!!"}${']}'.repeat(depth)}`;
};

/** YAML nested deeply (block mappings). */
const deepYaml = (size) => {
  const out = [];
  let n = 0;
  let d = 0;
  for (; n < size && d < 2000; d++) { const l = `${' '.repeat(d)}k${d}:\n`; out.push(l); n += l.length; }
  out.push(`${' '.repeat(d)}body: "We are sorry. Calm down!!"\n`);
  return out.join('');
};

/** HTML nested deeply (<div> in <div>), text at every level. */
const deepHtml = (size) => {
  const depth = Math.max(1, Math.floor(size / 40));
  return `<html><body>${'<div><p>Sorry if you <b>feel</b> that.'.repeat(depth)}${'</p></div>'.repeat(depth)}</body></html>`;
};

/** HTML with attribute and comment noise. */
const htmlNoise = (size) => fillTo(size, '<span class="x" data-a=\'1\' title="We are sorry">Sorry if</span><!-- c --> you&nbsp;feel&amp;upset. ');

/** A Zendesk-style macro library with many tiny replies. */
const tinyReplies = (size) => {
  const out = [];
  let n = 2;
  for (let i = 0; n < size; i++) { const e = `{"title":"m${i}","body":"Hi."}`; out.push(e); n += e.length + 1; }
  return `[${out.join(',')}]`;
};

/** A macro library where every reply holds findings. */
const findingMacros = (size) => {
  const out = [];
  let n = 2;
  for (let i = 0; n < size; i++) { const e = `{"title":"m${i}","body":"Calm down!! Per our policy this is not our fault."}`; out.push(e); n += e.length + 1; }
  return `[${out.join(',')}]`;
};

/**
 * A macro library of distinct run-on replies, each short enough to be tagged whole (nlp/tag-budget.ts): the
 * tagger's worst case, every reply as grammar-heavy as a short complaint reply can be.
 */
const runOnMacros = (size, r) => {
  const out = [];
  let n = 2;
  for (let i = 0; n < size; i++) { const e = JSON.stringify({ title: `m${i}`, body: runOnFindings(1500, r) }); out.push(e); n += e.length + 1; }
  return `[${out.join(',')}]`;
};

/** Ordinary replies as a macro library (no hostile intent: what a real library costs per MB, for comparison). */
const replyMacros = (size, r) => {
  const out = [];
  let n = 2;
  for (let i = 0; n < size; i++) { const e = JSON.stringify({ title: `m${i}`, body: makeReply(r).text }); out.push(e); n += e.length + 1; }
  return `[${out.join(',')}]`;
};

/** A CSV library with many rows, quoted cells with doubled quotes and line breaks. */
const csvRows = (size) => {
  const out = ['title,body'];
  let n = 11;
  for (let i = 0; n < size; i++) { const l = `m${i},"Sorry if you ""feel"" upset.\nCalm down!!"`; out.push(l); n += l.length + 1; }
  return `${out.join('\n')}\n`;
};

/** File shapes: [file name, generator]. The name picks the format. */
export const FILE_SHAPES = {
  'md-fenced-log': ['reply.md', fencedLog], 'md-deep': ['reply.md', deepMarkdown], 'json-deep': ['macros.json', deepJson],
  'yaml-deep': ['macros.yaml', deepYaml], 'html-deep': ['reply.html', deepHtml], 'html-noise': ['reply.html', htmlNoise],
  'json-tiny-replies': ['macros.json', tinyReplies], 'json-many-findings': ['macros.json', findingMacros],
  'json-run-on-replies': ['macros.json', runOnMacros], 'json-replies': ['macros.json', replyMacros], 'csv-rows': ['macros.csv', csvRows],
};

/** Every shape as { name, file, make(size, r) }: text shapes lint as reply.txt. */
export function allShapes() {
  return [
    ...Object.entries(TEXT_SHAPES).map(([name, make]) => ({ name, file: 'reply.txt', make })),
    ...Object.entries(FILE_SHAPES).map(([name, [file, make]]) => ({ name, file, make })),
  ];
}

/** One shape's text at about `size` characters, seeded. */
export function makeShape(name, size, seed = 15) {
  const shape = allShapes().find((s) => s.name === name);
  if (!shape) throw new Error(`no hostile shape "${name}"`);
  return { file: shape.file, text: shape.make(size, rng(seed)) };
}
