// heated-tone: heat aimed at the customer or the disagreement, never warmth, brands, acronyms or codes.
// (The first cases came from phrase-rules-a, phrase-generalization and its placeholder test.)
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { expectClean, expectFlags, flagged, only } from '../helpers/rule-lint.js';

const RULE = 'heated-tone';

async function firedRules(text: string): Promise<string[]> {
  const [result] = await lintText(text, { useConfig: false, kind: 'general', channel: 'email' });
  return result!.messages.map((m) => m.ruleId ?? '');
}

describe('heated-tone', () => {
  it('joins adjacent capitals into one report and offers lower case', async () => {
    const text = 'Our engineers worked ALL NIGHT on this.';
    const [m, ...rest] = await only(RULE, text);
    expect(rest).toEqual([]);
    expect([m!.line, m!.column, m!.endColumn]).toEqual([1, 22, 31]);
    expect(m!.messageId).toBe('caps');
    expect(m!.message).toBe('"ALL NIGHT" in capitals reads as shouting.');
    expect(m!.suggestions?.[0]?.fix?.text).toBe('all night');
  });

  it('flags "!!" and "?!" runs on a sentence that corrects or reproaches', async () => {
    const text = 'It shipped on Monday, not Friday!! Why would you cancel it?!';
    expect((await only(RULE, text)).map((m) => flagged(text, m))).toEqual(['!!', '?!']);
    const [m] = await only(RULE, 'Seriously? We told you.');
    expect(m?.message).toMatch(/sarcastic/);
    expect(m?.messageId).toBe('sarcasm');
  });

  it('lets acronyms, codes and brand names through; the allow option adds English words used as names', async () => {
    expect(await only(RULE, 'Our FAQ and API docs explain the HIIT class; quote SK118 or GF-220 at 11:42 UTC.')).toEqual([]);
    // Catalog 2: a word in capitals that is no English word is read as a brand style (PULSEFIT, XFINITY).
    expect(await only(RULE, 'The PULSEFIT app is NOT free.')).toHaveLength(1);
    expect((await only(RULE, 'The PULSEFIT app is NOT free.')).map((m) => flagged('The PULSEFIT app is NOT free.', m))).toEqual(['NOT']);
    expect((await only(RULE, "Sorry, SIMPLY can't be paused once it starts.")).length).toBe(1);
    expect(await only(RULE, "Sorry, SIMPLY can't be paused once it starts.", { options: { allow: ['Simply'] } })).toEqual([]);
  });

  it('catalog 2: capitals and "!!" count when the sentence corrects, refuses, defends, instructs or reproaches', async () => {
    await expectFlags(RULE, [
      'The offer closed on FRIDAY.',
      'The form was sent TWICE.',
      'Our team stayed until MIDNIGHT fixing this.',
      'It arrives on MONDAY, not Sunday!!',
      "We're REALLY sorry if the invoice was unclear!!",
      'We did NOT receive the form.',
      'You MUST bring your ticket.',
      'Please read it AGAIN.',
      'This is YOUR responsibility.',
      'For the last time, the store is closed on Sundays.',
      'Obviously, we checked the tracking.',
      'Clearly you missed the email.',
    ]);
  });

  it('catalog 2: thanks, greetings, congratulations and good news are never heat', async () => {
    await expectClean(RULE, [
      'Thanks SO much!!',
      'HI there! How can we help today?',
      'HI Amanda, thanks for the feedback.',
      'Welcome back!!',
      'Congrats on the new place!! Your internet will be on by Friday.',
      'Thank YOU for being such a loyal guest!',
      'Your refund has arrived!!',
      'Please don’t spoil the ending for me!! I can’t wait to watch it tonight!!',
      'No worries at all!! It’s sorted.',
      'That dinner looks LIT!',
      'We only want the best for you at ALL times!',
      'Enjoy the new issue!!',
      'Really? That’s wonderful news, congratulations!',
    ]);
  });

  it('brands, codes and signatures in capitals are never shouting, even in a refusal', async () => {
    await expectClean(RULE, [
      'We cannot move XFINITY accounts between states.',
      'Sorry, IKEA gift cards cannot be refunded.',
      'You need to enter the code SPRING at checkout.',
      'You must press the SUBMIT button twice.',
      'We did not get the form.\n\nBest,\nACME LTD',
      'We cannot reopen it.\n^JB',
    ]);
  });

  it('generalizes (cases from phrase-generalization)', async () => {
    for (const text of [
      'The fee is NON-REFUNDABLE.',
      'We DID send the email.',
      'IMPORTANT: you must return the form.',
      'You have to wait UNTIL Monday.',
      'That is simply NOT TRUE.',
      'Do you understand?!',
      'Nice try, but the refund window has closed.',
    ]) expect(await firedRules(text), text).toContain(RULE);
    for (const text of [
      'Are you still experiencing XFINITY Internet service issues?',
      'To open settings, click XFINITY on the remote.',
      'We’ve updated the <PROJECT NAME> template.',
      'Hi <AGENT_NAME>, the macro is ready.',
      'Welcome to IKEA Family!',
    ]) expect(await firedRules(text), text).not.toContain(RULE);
  });

  it('masks <ALL_CAPS> placeholders but never HTML tag names', async () => {
    expect(await firedRules('Please see <ISSUE_NUMBER> for the update.')).not.toContain(RULE);
    // <BR> is a tag, so the shouted word after it is still read
    expect(await firedRules('Line one<BR>We NEVER do that.')).toContain(RULE);
    expect(await firedRules('This is <B>REALLY</B> bad.')).toContain(RULE);
  });

  it('stays linear on long shouted text and reports every run', async () => {
    const line = 'WE ARE NOT GOING TO REFUND YOU. ';
    const short = await only(RULE, line.repeat(100));
    const long = await only(RULE, line.repeat(1300));
    expect(short.length).toBe(100);
    expect(long.length).toBe(1300);
    expect(flagged(line, short[0]!)).toBe('WE ARE NOT GOING TO REFUND YOU');
  });
});
