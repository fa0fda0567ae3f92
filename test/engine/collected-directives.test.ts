// Data a rule collects for its repository step (duplicate-macro) passes through the inline directives like
// a message, as a stand-in with no text; a disabled reply's stand-in must not leak out as a suppressed
// message with an empty text (found by `npm run fuzz`, replies seed 104733).
import { expect, it } from 'vitest';
import { lintText } from '../../src/api.js';

it('a reply under complaintlint-disable collects nothing and reports no empty suppressed message', async () => {
  const text = '<!-- complaintlint-disable --> Thanks for waiting, the store opens at nine and we will have your parcel ready for you then.\n';
  const [r] = await lintText(text, { filePath: 'draft.md', config: { rules: { 'duplicate-macro': ['warn', { minWords: 3 }] } } });
  expect([...r!.messages, ...r!.suppressedMessages].filter((m) => m.message === '')).toEqual([]);
  expect(r!.collected).toBeUndefined();
});
