// A plugin for the property tests: two rules that report on purpose, so the engine's position and
// fix handling can be checked independently of what the real rules happen to find.
//  - probe/words reports every word with its exact source text as the message, so a test can map the
//    reported line/column back to file offsets and compare the text there.
//  - probe/wild reports broken offsets (NaN, negatives, past the end, reversed, inside surrogate pairs)
//    and malformed fixes (none of them valid): the engine must turn every span into a valid, safe range
//    and drop every fix.

const MAX_WORDS = 60;

const words = {
  meta: { id: 'words', description: 'Reports every word (property tests)', family: 'phrase', defaultSeverity: 'warn' },
  check(reply, context) {
    const re = /\S+/g;
    let m;
    let n = 0;
    while ((m = re.exec(reply.text)) && n++ < MAX_WORDS) {
      const start = m.index;
      const end = start + m[0].length;
      context.report({ message: JSON.stringify(reply.source.slice(start, end)), start, end });
    }
  },
};

/** A small deterministic generator seeded from the reply, so runs are reproducible. */
function rng(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

const wild = {
  meta: { id: 'wild', description: 'Reports broken ranges (property tests)', family: 'phrase', defaultSeverity: 'warn' },
  check(reply, context) {
    const len = reply.text.length;
    const r = rng(reply.text);
    const at = () => Math.floor(r() * (len + 1));
    const inPair = [];
    for (let i = 1; i < len && inPair.length < 5; i++) {
      const c = reply.text.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff && reply.text.charCodeAt(i - 1) >= 0xd800 && reply.text.charCodeAt(i - 1) <= 0xdbff) inPair.push(i);
    }
    const spans = [
      [NaN, NaN], [-5, 3], [len + 10, len + 20], [at(), at()], [Infinity, -Infinity], [1.5, 2.7], ['3', '9'], [undefined, null],
      [len, len], [0, 0],
      ...inPair.map((i) => [i, i]), ...inPair.map((i) => [i - 1, i]), ...inPair.map((i) => [i, i + 1]),
    ];
    for (const [start, end] of spans) {
      context.report({
        message: 'wild',
        start, end,
        fix: { start: typeof start === 'number' ? start + 1 : start, end: start, text: 'x' }, // never a valid range
        suggestions: [null, { desc: 'bad', fix: { start: start, end: end, text: '\ud800' } }, { desc: 'no fix' }],
      });
    }
    for (const i of inPair) context.report({ message: 'wild pair', start: i, end: i, fix: { start: i, end: i, text: '!' } });
    context.report({ message: 'wild fix', start: 0, end: len, fix: { start: 0, end: len + 1, text: 'y' } });
    context.report({ message: 'wild fix', start: 0, end: len, fix: null, suggestions: 'not a list' });
  },
};

export default { name: 'probe', rules: { words, wild } };
