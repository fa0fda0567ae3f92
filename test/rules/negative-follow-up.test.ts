// negative-follow-up: exact spans and fixed text; the fix replaces the question from its first word, so list
// and quote markers, emphasis and lead-ins stay (end to end through the built CLI as well).
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { fixedBy, flagged, lintWith, only, spans } from '../helpers/rule-check.js';

const RULE = 'negative-follow-up';

describe('negative-follow-up', () => {
  it('fixes the whole question, keeping a lead-in', async () => {
    const text = 'I have refunded the fee.\nOkay, are there any other problems with your login?';
    const result = await lintWith(text, { [RULE]: 'error' }, { fix: true });
    expect(result.output).toBe('I have refunded the fee.\nOkay, how else can I help you today?');
    const [m] = await only(RULE, text);
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([2, 7, 2, 52]);
    expect(flagged(text, m!)).toBe('are there any other problems with your login?');
    expect(m!.messageId).toBe('invites-complaints');
    expect(m!.message).toBe('This closing question invites more complaints. Offer further help instead.');
    expect(m!.fix?.text).toBe('how else can I help you today?');
    expect(m!.suggestions?.[0]?.fix?.text).toBe('how else can I help you today?');
  });

  it('replaces a question that starts its sentence with the capitalized replacement', async () => {
    expect(await fixedBy(RULE, 'Is anything else wrong with your account that I should know about?')).toBe('How else can I help you today?');
  });

  it('leaves offers of help and requests for details alone', async () => {
    for (const t of ['Is there anything else I can help you with?', 'Can you tell me more about the issues you are having?', 'Let me know if you run into any other issues.', 'Would you like me to look at the other issue you mentioned?']) {
      expect(await only(RULE, t), t).toEqual([]);
    }
  });

  it('never drops a list marker, emphasis or a quote', async () => {
    expect(await fixedBy(RULE, 'Thanks.\n- Is there anything else wrong?\n')).toBe('Thanks.\n- How else can I help you today?\n');
    // ("> " lines are quoted customer text, never linted or fixed.)
    expect(await fixedBy(RULE, 'Thanks.\n+ Any other problems?\n')).toBe('Thanks.\n+ How else can I help you today?\n');
    expect(await fixedBy(RULE, 'Thanks.\n> Any other problems?\n')).toBe('Thanks.\n> Any other problems?\n');
    expect(await fixedBy(RULE, 'Thanks.\n1. Are there any other issues?\n')).toBe('Thanks.\n1. How else can I help you today?\n');
    expect(await fixedBy(RULE, 'Thanks.\n\n* **Is anything else broken?**\n', { filePath: 'reply.md' })).toBe('Thanks.\n\n* **How else can I help you today?**\n');
    expect(await fixedBy(RULE, 'She asked: "Any other complaints?"')).toBe('She asked: "How else can I help you today?"');
    expect(await spans(RULE, 'Thanks.\n- Is there anything else wrong?')).toEqual(['Is there anything else wrong?']);
  });

  it('the CLI fix keeps the list marker', () => {
    const run = cli(['--fix-dry-run', '--no-config'], { input: 'Thanks.\n- Is there anything else wrong?\n' });
    expect(run.stdout).toBe('Thanks.\n- How else can I help you today?\n');
  });
});

const FAMILY = {
  bad: [
    'Is there anything else wrong?',
    'Anything else not working for you?',
    'Are there any more issues with the app?',
    'Have you had any other problems with the delivery?',
    'Do you have any further complaints?',
    'Is something else broken?',
    'What else has gone wrong?',
    'Did anything else fail after the update?',
    'Any other faults to report?',
    'Are you unhappy about anything else?',
    'Is there another issue with the booking?',
    'Were there any additional errors?',
    'Is anything else playing up?',
    'Okay, any other glitches?',
    'So, is there anything else that isn’t right?',
    'Has something else stopped working?',
    'Are you having any other difficulties?',
    'Any more bugs you noticed?',
    'Do you have any other concerns about the bill?',
    'What other problems did you run into?',
  ],
  good: [
    'How else can I help you today?',
    'Is there anything else I can help with?',
    'What else can I do for you?',
    'Can I help with anything else?',
    'Is there anything more I can do?',
    'Do you have any other questions?',
    'Does the new code work for you?',
    'Would you like me to check your other orders?',
    'If anything else goes wrong, reply here and I will fix it.',
    'Was there anything else you needed?',
    'Is there any other way I can help?',
    'Would another delivery slot suit you?',
    'Any other questions, just ask!',
    'Shall I send the other parts too?',
    'Do you want the other items on the same order?',
    'Is there any other order you’d like me to check?',
    'Can you send me more photos of the damage?',
    'Did the other parcel arrive?',
    'Is the other printer working now?',
    'Could you tell me more about the error you saw?',
  ],
};

describe('negative-follow-up: more of our own sentences', () => {
  for (const t of FAMILY.bad) it(`flags ${JSON.stringify(t)}`, async () => expect((await only(RULE, t)).length, t).toBe(1));
  for (const t of FAMILY.good) it(`leaves ${JSON.stringify(t)}`, async () => expect(await spans(RULE, t), t).toEqual([]));
});

describe('negative-follow-up generalizes (moved from phrase-generalization)', () => {
  const bad = [
    'Is there anything else going wrong?',
    'Are you experiencing any other issues?',
    'Anything else that’s gone wrong?',
    'Are there more problems I should know about?',
    'Is there anything else that is bothering you?',
    'Has anything else stopped working?',
    'Do you have any additional complaints?',
    'Is there any other problem you’d like to report?',
  ];
  const good = [
    'Is there anything more I can help you with?',
    'Was there anything else you needed?',
    'If you notice any other problems, just reply here.',
    'Is there any other order you’d like me to check?',
    'Do you have any other questions for me?',
  ];
  for (const t of bad) it(`fires on ${JSON.stringify(t)}`, async () => expect((await only(RULE, t)).length).toBeGreaterThan(0));
  for (const t of good) it(`does not fire on ${JSON.stringify(t)}`, async () => expect(await only(RULE, t)).toEqual([]));
});
