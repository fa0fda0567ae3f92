// The sign-off block: closings, names, roles, companies and contact lines at the end of a reply.
import { describe, expect, it } from 'vitest';
import { lastBodySentence, signOffStart } from '../../src/nlp/sign-off.js';
import { reply } from '../helpers/reply.js';

const body = (text: string) => lastBodySentence(reply(text))?.text;

describe('sign-off', () => {
  it('finds the last sentence before the closing, name and company lines', () => {
    expect(body('Hi Sam,\n\nI have refunded it. Does that work for you?\n\nKind regards,\nDana Cole\nCustomer Care, Brewline')).toBe('Does that work for you?');
    expect(body("I've refunded it. Does that help?\n- Lauren")).toBe('Does that help?');
    expect(body("I've refunded it. Does that help? ^LS")).toBe('Does that help?');
    expect(body('I have refunded it.\n\nThanks again for your patience!\n\nBest,\nTom')).toBe('I have refunded it.');
  });

  it('reads contact lines as part of the sign-off', () => {
    expect(body('I have refunded it. Any questions?\n\nDana\nTel: 0161 496 0142\ndana@brewline.example')).toBe('Any questions?');
  });

  it('never takes the whole reply as a sign-off', () => {
    const r = reply('Best wishes,\nDana');
    expect(signOffStart(r)).toBe(r.sentences.length);
  });
});
