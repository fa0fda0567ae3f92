import { it } from 'vitest';
import { extractMarkdown } from '../src/formats/markdown.js';
it('scratch', async () => {
  for (const s of ['---\ntitle: T\n---\nHi,\n\n~~~js\nkindly()\n~~~\n\n    indented kindly\n\n<!-- kindly\nhidden -->Shown text.\n', 'Saved replies\n=============\n\nIntro.\n\nReplies\n-------\n\nFirst.\n\nThanks!\n---\nSecond.\n'])
  console.log(JSON.stringify(extractMarkdown(s).replies));
});
