// dead-end: a refusal or "I don't know" with nothing after it (in its paragraph) that offers a way on.
import { describe, expect, it } from 'vitest';
import { expectClean, expectFlags, flagged, only } from '../helpers/rule-lint.js';

const RULE = 'dead-end';

describe('dead-end', () => {
  it('points at the refusal and its clause, with the message and a suggestion', async () => {
    const text = 'Hi Ana,\n\nUnfortunately we cannot extend the trial period for your team. Thanks for understanding.';
    const [m, ...rest] = await only(RULE, text);
    expect(rest).toEqual([]);
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([3, 15, 3, 62]);
    expect(flagged(text, m!)).toBe('we cannot extend the trial period for your team');
    expect(m!.message).toBe('"we cannot extend the trial period for your team" stops there: nothing after it says what you can do instead or when you will know.');
    expect(m!.suggestions?.[0]?.desc).toBe('Say what you can do instead, or when you will know.');
    expect(m!.fix).toBeUndefined();
  });

  it('finds the families: not knowing, refusing, not offering, not possible, a bare no, a demand', async () => {
    await expectFlags(RULE, [
      "I honestly don't know.",
      "We've got no idea where it went.",
      'Not sure, sorry.',
      "I didn't really understand the question.",
      'Our warehouse team is unable to reserve stock.',
      "I'm afraid we can't accept cash.",
      'We were not able to recover the old messages.',
      'We won’t refund the booking fee.',
      "We no longer carry that brand.",
      "Gift wrapping isn't an option for large items.",
      "Express delivery won't be possible this week.",
      "There aren't any other options for this model.",
      'No, sorry.',
      'Nope.',
      "You'll just have to wait.",
      "You'll need to resubmit the whole application.",
      'Refunds cannot be processed after checkout closes.',
      "You can't transfer points between accounts.",
    ]);
  });

  it('passes a refusal followed by an alternative, a workaround, our action or a time to come back', async () => {
    await expectClean(RULE, [
      "We can't change the colour, but we can swap it for the grey one at no cost.",
      "That voucher isn't valid online. Instead, you can use it in any of our shops.",
      "There's no export button yet; in the meantime you can copy the table into a spreadsheet.",
      "I don't know why the sync stopped. I'll ask our engineers and reply by 4pm.",
      "We're unable to see the account here. Please call us on 0161 496 0000 and we'll check it together.",
      "We don't stock the large size. It's back in stock next week, though.",
      "I'm not sure which plan you're on. Could you tell me the email on the account?",
      "We can't refund the fee. What I can do is give you a credit for your next stay.",
      "We don't offer phone support. Head to the help centre at https://example.com/help and start a chat.",
      "I can't move the appointment myself, so I've asked the clinic to call you this afternoon.",
    ]);
  });

  it('a courtesy, an apology, a reason or a generic "anything else?" is no way on', async () => {
    await expectFlags(RULE, [
      "We can't refund the fee because the offer has ended. We apologise for any inconvenience.",
      "I'm sorry, we can't help with that. Is there anything else we can do for you?",
      "We don't price-match. Thank you for your patience, and have a lovely day!",
      "Unfortunately that isn't possible. I hope you understand.",
      "We can't refund this. Feel free to contact us if you have any other questions.",
    ]);
    await expectClean(RULE, ["We can't send DMs first. You can DM us if you have any other questions."]);
  });

  it('an offer in another paragraph does not answer the refusal', async () => {
    const text = "We can't refund the deposit.\n\nBy the way, I can book your next visit for Friday.";
    expect((await only(RULE, text)).map((m) => flagged(text, m))).toEqual(["We can't refund the deposit"]);
    await expectClean(RULE, ["We can't refund the deposit, but I can book your next visit for Friday."]);
  });

  it('a plain offer just before the no in the same paragraph counts; what we did before it does not', async () => {
    await expectClean(RULE, [
      'You can pay the balance in instalments, but we don’t offer refunds on deposits.',
      'Please contact the airline directly. We don’t have access to their baggage tracer.',
      'Are you connected to Wi-Fi? Some shows are not available outside your home network.',
    ]);
    await expectFlags(RULE, ["I've checked your booking. We can't change the date."]);
  });

  it('many refusals in one paragraph pass when the paragraph ends with a way on (each sentence read once)', async () => {
    expect(await only(RULE, `${"We can't do that. ".repeat(300)}But I can refund you today.`)).toEqual([]);
    expect(await only(RULE, `${"we can't do that, ".repeat(300)}but I can refund you today.`)).toEqual([]);
    expect((await only(RULE, "We can't do that. ".repeat(300))).length).toBe(1);
  });

  it('reports once per paragraph', async () => {
    const text = "We can't refund it. We don't offer exchanges either.\n\nI don't know.";
    expect((await only(RULE, text)).map((m) => flagged(text, m))).toEqual(["We can't refund it", "I don't know"]);
  });

  it('never fires on instructions or on a no that answers a question and goes on to help (RULES.md boundary)', async () => {
    await expectClean(RULE, [
      "You'll need your order number to log in.",
      'You need to restart the router after the update.',
      "You'll have to sign in first, then the download starts.",
      "You'll have to verify your email to activate the account.",
      'No, it won’t affect your bill; the credit shows next month.',
      'No. Your files are still in the backup folder.',
      'No problem, I’ve sorted it.',
    ]);
  });

  it('warm idioms, hypotheticals and questions about a refusal are not refusals', async () => {
    await expectClean(RULE, [
      "We can't wait to welcome you back!",
      "I can't thank you enough.",
      "Honestly, there's no better way to start the week.",
      "If we can't repair it, we'll replace it.",
      'Are you saying the upgrade isn’t available to you?',
      "Sorry we weren't able to get the earlier flight for you.",
    ]);
  });

  it('leaves powerlessness and "nothing we can do" to deflects-responsibility; both can flag one sentence', async () => {
    await expectClean(RULE, ["There's nothing I can do.", "I can't do anything about the courier's delay."]);
    const text = 'Per the terms of your policy, storm damage is not covered, so we cannot pay this part of the claim.';
    expect((await only(RULE, text)).map((m) => flagged(text, m))).toEqual(['we cannot pay this part of the claim']);
    expect((await only('deflects-responsibility', text)).length).toBeGreaterThan(0);
  });

  it('reads apostrophes as typed (straight, curly, backtick)', async () => {
    await expectFlags(RULE, ['I can`t.', 'I don`t know.', 'We can’t do that.', 'Sorry, that`s not possible.']);
  });
});
