// Entry of dist/nlp/compromise-two.cjs (bundled by scripts/build-nlp.mjs): compromise's "two" build
// (tokenizer, tagger, contractions) assembled from its sources without its data model. Loading stock
// compromise/two spends ~270 ms building that model (unpacking the lexicon, conjugating every verb,
// deep-merging 100k entries); here the finished model comes from dist/nlp/model.json instead, which
// build-nlp.mjs wrote from a stock load, so the world ends up the same. The post-tagger's pattern net,
// which stock builds on the first parse (~18 ms), comes saved too.
import nlp from '../node_modules/compromise/src/one.js';
import preTagMethods from '../node_modules/compromise/src/2-two/preTagger/methods/index.js';
import preTagCompute from '../node_modules/compromise/src/2-two/preTagger/compute/index.js';
import contractionTwo from '../node_modules/compromise/src/2-two/contraction-two/plugin.js';
import postTagCompute from '../node_modules/compromise/src/2-two/postTagger/compute/index.js';
import postTagApi from '../node_modules/compromise/src/2-two/postTagger/api.js';
import lazy from '../node_modules/compromise/src/2-two/lazy/plugin.js';
import swap from '../node_modules/compromise/src/2-two/swap/plugin.js';
import failFast from '../node_modules/compromise/src/1-one/match/methods/match/01-failFast.js';
import fromHere from '../node_modules/compromise/src/1-one/match/methods/match/02-from-here.js';
import getGroup from '../node_modules/compromise/src/1-one/match/methods/match/03-getGroup.js';
import notIf from '../node_modules/compromise/src/1-one/match/methods/match/03-notIf.js';
import matchTerm from '../node_modules/compromise/src/1-one/match/methods/match/term/doesMatch.js';

let savedNet = null;

// compromise/src/2-two/postTagger/compute/index.js's postTagger, with the net from the saved model.
let net = null;
function postTagger(view) {
  const { world } = view;
  const { model, methods } = world;
  net = net || savedNet || methods.one.buildNet(model.two.matches, world);
  const document = methods.two.quickSplit(view.docs);
  const ptrs = document.map((terms) => {
    const t = terms[0];
    return [t.index[0], t.index[1], t.index[1] + terms.length];
  });
  const m = view.update(ptrs);
  // View.sweep, less what the post-tagger never reads: a view per match, and its pointers rewritten.
  const found = methods.one.bulkMatch(m.docs, net, m.methods, {});
  methods.one.bulkTagger(found, m.docs, m.world);
  view.uncache();
  view.unfreeze();
  return view;
}

/**
 * A term the first token could never match: at that token tryHere (02-from-here.js) only asks matchTerm
 * and dies on anything but true, unless the token is optional, negative, a wildcard, a greedy or
 * end-anchored one, or a multi-word OR/AND block (each takes its own path there).
 */
const plainFirst = (reg) => !(reg.optional || reg.negative || reg.anything || reg.greedy || reg.end || reg.start || reg.choices !== undefined);

const addSentence = (res, n) => {
  res.pointer[0] = n;
  for (const k of Object.keys(res.groups)) res.groups[k][0] = n;
  return res;
};

/**
 * compromise's runMatch (1-one/match/methods/match/index.js), except that a start where the first token
 * cannot match is skipped before the rest of the sentence is copied for tryHere: stock copies it at every
 * start, for every pattern, which makes a long sentence's sweep quadratic. Same results, in the same order.
 */
function runMatch(docs, todo, cache) {
  cache = cache || [];
  const { regs, group, justOne } = todo;
  let results = [];
  if (!regs || regs.length === 0) return { ptrs: [], byGroup: {} };
  const minLength = regs.filter((r) => r.optional !== true && r.negative !== true).length;
  const first = regs[0];
  const plain = plainFirst(first);
  docs: for (let n = 0; n < docs.length; n += 1) {
    const terms = docs[n];
    if (cache[n] && failFast(regs, cache[n])) continue;
    if (first.start === true) {
      const res = fromHere(terms, regs, 0, terms.length);
      if (res) results.push(addSentence(res, n));
      continue;
    }
    for (let i = 0; i < terms.length; i += 1) {
      if (terms.length - i < minLength) break;
      if (plain && matchTerm(terms[i], first, i, terms.length) !== true) continue;
      let res = fromHere(terms.slice(i), regs, i, terms.length);
      if (res) {
        res = addSentence(res, n);
        results.push(res);
        if (justOne === true) break docs;
        const end = res.pointer[2];
        if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
      }
    }
  }
  if (regs[regs.length - 1].end === true) results = results.filter((res) => docs[res.pointer[0]].length === res.pointer[2]);
  if (todo.notIf) results = notIf(results, todo.notIf, docs);
  results = getGroup(results, group);
  results.ptrs.forEach((ptr) => {
    const [n, start, end] = ptr;
    ptr[3] = docs[n][start].id;
    ptr[4] = docs[n][end - 1].id;
  });
  return results;
}

/** The plugins of compromise/src/two.js, in its order, each without `model` and `tags` (both are in the saved model). */
const plugins = [
  { methods: preTagMethods, compute: preTagCompute, hooks: ['preTagger'] },
  contractionTwo,
  { api: postTagApi, compute: { ...postTagCompute, postTagger }, hooks: ['postTagger'] },
  lazy,
  swap,
];

/** compromise/one, before anything is added: build-nlp.mjs saves only what "two" adds to its model. */
export const one = nlp;

/** Adds the "two" plugins and the saved model (and net) to compromise/one; returns nlp. */
export function assemble(model, net) {
  savedNet = net ?? null;
  for (const p of plugins) nlp.plugin(p);
  const world = nlp.world();
  world.methods.one.match = runMatch;
  for (const part of Object.keys(model)) {
    world.model[part] ??= {};
    Object.assign(world.model[part], model[part]);
  }
  return nlp;
}
