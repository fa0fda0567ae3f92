// Entry of dist/nlp/compromise-two.cjs (bundled by scripts/build-nlp.mjs): compromise's "two" build
// (tokenizer, tagger, contractions) assembled from its sources without its data model. Loading stock
// compromise/two spends ~270 ms building that model (unpacking the lexicon, conjugating every verb,
// deep-merging 100k entries); here the finished model comes from dist/nlp/model.json instead, which
// build-nlp.mjs wrote from a stock load, so the world ends up the same.
import nlp from '../node_modules/compromise/src/one.js';
import preTagMethods from '../node_modules/compromise/src/2-two/preTagger/methods/index.js';
import preTagCompute from '../node_modules/compromise/src/2-two/preTagger/compute/index.js';
import contractionTwo from '../node_modules/compromise/src/2-two/contraction-two/plugin.js';
import postTagCompute from '../node_modules/compromise/src/2-two/postTagger/compute/index.js';
import postTagApi from '../node_modules/compromise/src/2-two/postTagger/api.js';
import lazy from '../node_modules/compromise/src/2-two/lazy/plugin.js';
import swap from '../node_modules/compromise/src/2-two/swap/plugin.js';

/** The plugins of compromise/src/two.js, in its order, each without `model` and `tags` (both are in the saved model). */
const plugins = [
  { methods: preTagMethods, compute: preTagCompute, hooks: ['preTagger'] },
  contractionTwo,
  { api: postTagApi, compute: postTagCompute, hooks: ['postTagger'] },
  lazy,
  swap,
];

/** compromise/one, before anything is added: build-nlp.mjs saves only what "two" adds to its model. */
export const one = nlp;

/** Adds the "two" plugins and the saved model to compromise/one; returns nlp. */
export function assemble(model) {
  for (const p of plugins) nlp.plugin(p);
  const world = nlp.world();
  for (const part of Object.keys(model)) {
    world.model[part] ??= {};
    Object.assign(world.model[part], model[part]);
  }
  return nlp;
}
