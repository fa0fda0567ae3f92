// downplays-problem: exact messages and positions, the message ids per family, the `minimizers` option, and the
// catalog-2 families ("it should work", "works fine for me", "can't reproduce, so it must be your side", "never
// seen that before", "only a handful of users", belittling and dismissive words).
import { describe, expect, it } from 'vitest';
import { expectClean, expectFlags, flagged, only } from '../helpers/rule-lint.js';

const messageIds = async (rule: string, text: string, run?: Parameters<typeof only>[2]) => (await only(rule, text, run)).map((m) => m.messageId);
const RULE = 'downplays-problem';

describe('downplays-problem', () => {
  it('points at the "fine on our end" phrase, with its messageId and a suggestion', async () => {
    const text = 'Hi Ana,\n\nThanks for the screenshots. Everything works fine on our end, so please try again later.';
    const [m, ...rest] = await only(RULE, text);
    expect(rest).toHaveLength(0);
    expect(m!.ruleId).toBe(RULE);
    expect(m!.messageId).toBe('not-real');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([3, 29, 3, 61]);
    expect(flagged(text, m!)).toBe('Everything works fine on our end');
    expect(m!.suggestions?.[0]?.desc).toMatch(/checked/);
    expect(m!.fix).toBeUndefined();
    expect(m!.message).toBe('This tells the customer there is no problem ("Everything works fine on our end"). Say what you checked and what you will do next.');
  });

  it('tells minor / rare / normal framing apart by messageId', async () => {
    expect(await messageIds(RULE, 'It’s just a minor glitch.')).toEqual(['minor']);
    expect(await messageIds(RULE, 'No one else has reported this.')).toEqual(['rare']);
    expect(await messageIds(RULE, 'A short delay like this is perfectly normal.')).toEqual(['normal']);
    expect(await messageIds(RULE, 'There is no problem with your account.')).toEqual(['not-real']);
    expect(await messageIds(RULE, 'Oh well!')).toEqual(['dismisses']);
  });

  it('flags paraphrases, British spellings and uncontracted forms', async () => {
    await expectFlags(RULE, [
      'It is not a big deal.',
      'It’s not that big of a deal.',
      'I do not think this is a significant issue.',
      'I don’t think this is a significant issue.',
      'The disruption was well within acceptable limits.',
      'There is nothing wrong with the boiler we fitted.',
      'Our systems show everything is working normally.',
      'You are the only guest to have raised this.',
      'We have not had any other complaints about the colour.',
      'This should not be an issue for your journey.',
      'The outage lasted only 20 minutes.',
    ]);
  });

  it('does not flag owning the problem, saying yes to a request, or a state after our fix', async () => {
    await expectClean(RULE, [
      'I just checked your order, and it left the warehouse today.',
      'Restart the app, and the sync should resume.',
      'The problem is on our side: a bug in yesterday’s release.',
      'There’s no import fee; we cover it.',
      'Sure, that shouldn’t be a problem to arrange.',
      'I’ve restarted the server, and everything is working normally on our side now.',
      'I know this is a big deal for you, so I’ve made it urgent.',
      'There was a minor fault in our billing run, and I’m sorry it reached your account.',
    ]);
  });

  it('minimizers: an imperative opened by "just"/"simply", switchable with the `minimizers` option', async () => {
    const text = 'I can see the code failed. Just clear your cookies and try again.';
    const [m] = await only(RULE, text);
    expect(m!.messageId).toBe('minimizer');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([1, 28, 1, 65]);
    expect(await only(RULE, text, { options: { minimizers: false } })).toEqual([]);
    await expectFlags(RULE, ['Simply restart the app.', 'Ok, just log out and back in.', 'All you need to do is reinstall it.', 'You just need to update your browser.']);
    await expectClean(RULE, [
      'Just so you know, the engineer will ring first.',
      'Just to confirm, your refund went out today.',
      'If anything else comes up, just reply here.',
      'We just sent you a new code.',
      'Just click ‘Message’ at the top of our profile to DM us.',
    ]);
    // The option leaves the other families on.
    expect(await messageIds(RULE, 'It’s just a minor glitch.', { options: { minimizers: false } })).toEqual(['minor']);
  });

  it('generalizes: paraphrases a trainer would write', async () => {
    await expectFlags(RULE, [
      'This is a very rare issue.',
      'It’s merely a cosmetic issue.',
      'The scratch is purely cosmetic.',
      'We’ve had no other complaints about this product.',
      'The charge was only a couple of pounds.',
      'It was only a ten-minute delay.',
      'It shouldn’t cause you any trouble.',
      'It’s not that serious.',
    ]);
    await expectClean(RULE, [
      'Rare steak is available on request.',
      'As a one-off, I’ve refunded the delivery fee.',
      'The price is only £5 for next-day delivery.',
      'That’s unusual, so I’ve asked an engineer to check your line.',
      'We found a cosmetic scratch, so we’re replacing the table.',
    ]);
  });

  it('catalog 2: "it should work", "works for me", "can\'t reproduce, so it\'s your side"', async () => {
    await expectFlags(RULE, [
      'It should work.',
      'It’s supposed to be working.',
      'The link should be working fine on your end.',
      'It works fine for me.',
      'It’s working perfectly on my phone.',
      'I can’t reproduce it, so it must be on your side.',
      'We couldn’t replicate the issue, so it’s probably your network.',
      'It must be something on your end.',
      'We’re not aware of any issues.',
    ]);
    await expectClean(RULE, [
      'It should work now that I’ve reset it.',
      'Restart the router and it should work again.',
      'Once the update installs, it should work.',
      'Does it work for you on your end?',
      'I can’t reproduce it yet, so could you send me a screenshot of the error?',
      'I’ve fixed the setting, and it works fine for me now.',
      'We’re not aware of any issues in your area, so let’s check the router together.',
    ]);
    const text = 'I can’t reproduce it, so it must be on your side.';
    const [m] = await only(RULE, text);
    expect(m!.messageId).toBe('not-real');
    expect(flagged(text, m!)).toBe('I can’t reproduce it, so it must be on your side');
  });

  it('catalog 2: never seen it, it almost never happens, only a handful of users', async () => {
    await expectFlags(RULE, [
      'We’ve never seen that before.',
      'I have never come across this issue.',
      'That almost never happens.',
      'It only affects a handful of users.',
      'This issue only impacts a small number of accounts.',
      'Honestly, I’ve never heard of that happening.',
    ]);
    await expectClean(RULE, [
      'We’ve never charged you a late fee, so I’ve removed this one.',
      'I’ve never been so sorry about a mistake, and I’ve refunded you.',
      'It affects every account on the old plan, so I’ve moved yours today.',
    ]);
  });

  it('catalog 2: belittling and dismissive words', async () => {
    await expectFlags(RULE, [
      'Sorry about your little problem with the app.',
      'It was a tiny hiccup on our side.',
      'It’s a small delay, nothing to worry about.',
      'Oh well!',
      'Who cares, it’s only a few minutes.',
      'It’s not the end of the world.',
      'It could have been a lot worse.',
      'Why would I care about that?',
      'So what?',
      'Stuff happens.',
      'Looks like a small spike, but nothing that should be causing you problems.',
      'Changing the font is just a couple of clicks.',
    ]);
    await expectClean(RULE, [
      'Oh well, I’ll refund it anyway.',
      'Don’t worry, there’s nothing to worry about: I’ve already refunded it.',
      'It could have been avoided, and I’m sorry it wasn’t.',
      'Who can I speak to about this?',
      'The little ones will love the new playground.',
      'What happens next is that the courier collects it on Monday.',
      'Well done for spotting it.',
      'Just reply here if anything else comes up.',
      'I just restarted the server for you.',
      'If you can just confirm your address, I’ll send it today.',
    ]);
  });
});
