// too-long-for-channel: a macro longer than its channel lets through once the placeholders are filled in
// (social replies are cut at 280 characters, SMS at 160). Logic tags count as nothing, values as their
// typical filled-in length (src/platforms/typical-length.ts).
import { defineRule } from '../src/rule-api.js';
import { templateOf } from '../src/platforms/reply-template.js';
import { typicalLength } from '../src/platforms/typical-length.js';

const DEFAULT_LIMITS: Record<string, number> = { social: 280, sms: 160 };

export default defineRule<{ limits: Record<string, number> }>({
  meta: {
    id: 'too-long-for-channel',
    description: 'Reply longer than its channel allows once placeholders are filled in (social 280, SMS 160 characters)',
    family: 'phrase',
    defaultSeverity: 'error',
    fixable: false,
    needsPlatform: true,
    docs: {
      why:
        'Social and SMS channels cut a message at a fixed length, so a long macro either fails to send or reaches ' +
        'the customer as a fragment ending mid-sentence. The length counted is the one the customer gets: each ' +
        'placeholder at its usual filled-in length (a first name about 7 characters, a link about 45). Limits per ' +
        'channel are set with the limits option, e.g. { "social": 280, "sms": 160, "chat": 1000 }.',
      seeds: ['Channel length limits (X/Twitter 280, SMS 160)'],
    },
    exampleSettings: { platform: 'zendesk', channel: 'social' },
    options: {
      limits: { type: 'numbers', default: { social: 280, sms: 160 }, description: 'Maximum characters per channel (email, chat, social, phone, sms), added to the defaults; 0 switches a channel\'s limit off' },
    },
    examples: {
      bad: [
        'Hi {{ticket.requester.first_name}}, we are so sorry about the delay with your order. Our warehouse had a problem with the label printer this week and several parcels were held back. Yours left this morning and should arrive within two working days. You can follow it here: {{ticket.ticket_field_tracking_link}}. Thanks for waiting!',
        'Thanks for getting in touch. We looked at your account and can see the payment failed twice because the card on file has expired. Please update the card in Settings, then Billing, then Payment method, and the renewal will go through on its own within an hour. If it does not, reply here and we will run it by hand.',
        'We have read your message and passed it to our delivery partner, who has opened an investigation into the missing parcel. They usually answer within three working days. As soon as we hear back we will either send a replacement or refund you in full, whichever you prefer. Let us know which you would like.',
        'Your latest message: {{ticket.latest_comment}} Thanks, we are on it and will reply soon.',
        'Hi {{ticket.requester.name}}, sorry for the trouble! Your replacement is booked for Tuesday between 8am and 1pm. The driver will call about 30 minutes before arriving. If that slot does not suit you, reply with a better day and we will move it. Your reference is {{ticket.id}} and the full details are at {{ticket.link}}.',
        'Good news: the fix for the login loop is live. Sign out on every device, clear the app cache (Settings, Storage, Clear cache), then sign back in. If the loop comes back, send us a screen recording and the app version from the About page, and we will look at it straight away with the team who built it.',
        'We are sorry the jacket arrived with a torn seam. That should never happen, and we have shared the photos with our quality team so they can check the rest of that batch. A replacement is on its way by express post at no cost, and you can keep or recycle the damaged one, whichever is easier for you.',
        'Thanks for flagging this. The double charge happened because the payment page timed out and the retry went through as a new order. We have cancelled the second order and refunded it in full today. Banks usually take three to five working days to show the money back on your statement. Sorry for the worry!',
        'The store on Mill Street is closed for repairs until the end of the month. Your click-and-collect order has been moved to the High Street store, which is open from 9am to 8pm every day. Bring your order email and photo ID when you collect. We have added a £5 voucher to your account for the trouble.',
        'We have upgraded your plan as asked. The new features are live now, and your next invoice will show the prorated difference for the rest of this month. Your team members will see the new options the next time they sign in. If anything looks wrong, reply here with a screenshot and we will sort it out for you.',
      ],
      good: [
        'Hi {{ticket.requester.first_name}}, sorry for the wait! Your parcel left our depot this morning and should reach you by Friday.',
        'Thanks for flagging this. We have refunded the duplicate charge today; it can take 3 to 5 working days to show.',
        'So sorry about the torn seam! A replacement is on its way by express post, free of charge.',
        'Your order {{ticket.id}} has shipped. Track it here: {{ticket.link}}',
        'The Mill Street store is closed for repairs; your order is waiting at High Street instead.',
        'Good news: the login fix is live. Sign out and back in and you should be all set.',
        'We have upgraded your plan. Your team will see the new features next time they sign in.',
        'Thanks for waiting, {{ticket.requester.first_name}}. The outage is over and everything is back to normal.',
        '{% if ticket.status == "solved" %}Glad we could help!{% else %}We are still on it.{% endif %}',
        'Could you DM us your order number? We will check it right away.',
      ],
    },
  },
  check(reply, context) {
    // Limits given in config add to (or, with 0, switch off) the defaults.
    const limit = { ...DEFAULT_LIMITS, ...(context.options.limits ?? {}) }[reply.channel];
    if (typeof limit !== 'number' || limit <= 0 || (reply.source.length <= limit && !reply.source.includes('{'))) return;
    // The length the customer gets: text outside placeholders, plus each value at its typical length.
    const src = reply.source;
    let length = 0;
    let at = 0;
    let crossAt = -1; // the source offset where the limit is crossed
    const addText = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        length++;
        if (length > limit && crossAt < 0) crossAt = i;
      }
    };
    for (const t of templateOf(reply)) {
      addText(at, t.start);
      if (t.kind === 'output' || t.kind === 'helpscout') {
        length += typicalLength(t.name);
        if (length > limit && crossAt < 0) crossAt = t.start;
      } else if (t.kind !== 'tag') {
        addText(t.start, t.end);
      }
      at = t.end;
    }
    addText(at, src.trimEnd().length);
    if (length <= limit || crossAt < 0) return;
    const start = Math.min(crossAt, src.trimEnd().length - 1);
    context.report({
      message: `About ${length} characters once placeholders are filled in; ${reply.channel} messages are cut at ${limit}. Shorten it by about ${length - limit}.`,
      start: Math.max(0, start),
      end: src.trimEnd().length,
    });
  },
});
