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
  m.sweep(net);
  view.uncache();
  view.unfreeze();
  return view;
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
  for (const part of Object.keys(model)) {
    world.model[part] ??= {};
    Object.assign(world.model[part], model[part]);
  }
  return nlp;
}
