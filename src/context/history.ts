// What the conversation says about its own history, for rules that read the reply in context:
// has the customer already been passed between people, and what private details have they already
// posted (on a public channel, asking for them again in public makes it worse).
import type { ReplyContext } from '../types.js';
import { givenDetails, type Detail } from './details.js';

const TRANSFERRED = /\b(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d{1,2}th)\s+(?:person|agent|rep(?:resentative)?|department|team|time\s+I've\s+been\s+(?:transferred|passed))|(?:transferred|passed|bounced|shuffled|redirected|sent|referred|handed)\s+(?:me\s+)?(?:around|back\s+and\s+forth|from\s+(?:one|department|person|agent)|between|to\s+(?:another|a\s+different|yet\s+another|someone\s+else))|(?:keep|kept)\s+(?:getting\s+|being\s+)?(?:transferred|passed\s+(?:around|on)|bounced|redirected|sent\s+(?:back|to))|(?:spoke|spoken|talked|chatted)\s+(?:to|with)\s+(?:\d{1,2}|two|three|four|five|several|multiple|many)\s+(?:different\s+)?(?:people|agents|reps|representatives|departments)|(?:you|they|your\s+\w+)\s+(?:told|sent|directed|referred)\s+me\s+(?:here|to\s+(?:you|this|contact))|(?:was|been|got)\s+(?:told|sent|directed|referred)\s+(?:here|to\s+(?:you|contact\s+you|this\s+(?:team|department|number)))|(?:already|just)\s+(?:been\s+)?(?:transferred|passed\s+on))\b/i;

/** True when the customer says they were already transferred or passed around (latest message or earlier turns). */
export function alreadyTransferred(context: ReplyContext): boolean {
  return [context.message, ...context.earlierCustomer].some((r) => TRANSFERRED.test(r.text));
}

const PRIVATE_KINDS = new Set<Detail['kind']>(['order', 'booking', 'account', 'tracking', 'reference', 'email', 'phone', 'postcode', 'full-name']);

/** Private details the customer has already posted in the conversation (an order number, an email, a phone number ...). */
export function postedPrivateDetails(context: ReplyContext): Detail[] {
  return givenDetails(context).filter((d) => PRIVATE_KINDS.has(d.kind));
}
