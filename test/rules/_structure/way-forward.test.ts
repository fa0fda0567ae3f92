// What a reply offers after a point in a paragraph: an alternative, a workaround, our action, a time.
import { describe, expect, it } from 'vitest';
import { offersWayForward, paragraphRest } from '../../../rules/_structure/way-forward.js';
import { reply } from '../../helpers/reply.js';

/** Does the text offer a way on after its first full stop? */
function after(text: string, kind: 'offer' | 'any-content' = 'offer'): boolean {
  const r = reply(text);
  return offersWayForward(r, 0, text.indexOf('.') + 1, kind);
}

describe('offersWayForward', () => {
  it('passes an alternative, a workaround, our action, a time to come back, a question that works on it', () => {
    for (const text of [
      "We can't. Instead, we can swap it for the grey one.",
      "We can't. You can split the file by month, though.",
      "We can't. I'll ask the warehouse today.",
      "We can't. I've asked our engineers to check the logs.",
      "We can't. It should be back in stock next week.",
      "We can't. Which browser are you using?",
      "We can't. Please call us on 0161 496 0000.",
      "We can't. Try the web app for now.",
      "We can't. We do have a later slot at 8pm.",
    ]) expect(after(text), text).toBe(true);
  });

  it('does not pass courtesy, apologies, reasons, generic help offers or another no', () => {
    for (const text of [
      "We can't. Sorry about that.",
      "We can't. Thanks for your understanding!",
      "We can't. This is because the offer has ended.",
      "We can't. Is there anything else we can help with?",
      "We can't. Feel free to contact us if you have any other questions.",
      "We can't. We don't offer exchanges either.",
      "We can't.\n\nI'll send you our new catalogue.",
    ]) expect(after(text), text).toBe(false);
  });

  it('after a bare no, any answer that goes on is enough', () => {
    expect(after('No. Your files are still in the backup folder.', 'any-content')).toBe(true);
    expect(after('No. Thanks!', 'any-content')).toBe(false);
  });

  it('paragraphRest gives the text that follows in the paragraph', () => {
    const r = reply("We can't. I'll check.\n\nNew paragraph.");
    expect(paragraphRest(r, r.sentences[0]!.end)).toBe(" I'll check.");
  });
});
