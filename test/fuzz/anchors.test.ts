// Property: phrase entries tried only at the word starts their prefixes allow match exactly what a scan of
// the whole text matches, on generated replies. npm run fuzz runs it at scale.
import { describeProperty } from './vitest-property.js';

describeProperty('anchors');
