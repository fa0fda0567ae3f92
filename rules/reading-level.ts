// reading-level (opt-in): a reply that reads above the team's target grade for its channel. Many support
// style guides set one (grade 6-8 for email, lower for chat). Flesch-Kincaid grade, see src/nlp/readability.ts.
import { defineRule } from '../src/rule-api.js';
import { readability } from '../src/nlp/readability.js';

const DEFAULT_TARGETS: Record<string, number> = { email: 9, chat: 7, social: 7, sms: 7, phone: 7 };

export default defineRule<{ targets: Record<string, number>; minWords: number }>({
  meta: {
    id: 'reading-level',
    description: 'Reply reads above the target grade level for its channel (Flesch-Kincaid; opt-in)',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'off',
    fixable: false,
    docs: {
      why:
        'Long sentences and long words make a reply slow to read, and customers skim: the step they miss is the ' +
        'one that was buried. Many support teams write to a grade level (grade 6-8 for email, simpler for chat). ' +
        'The grade is Flesch-Kincaid, counted with the syllable package; short replies are skipped because the ' +
        'formula needs a few sentences to mean anything. Off unless you turn it on; targets per channel are set ' +
        'with the targets option.',
      seeds: ['Support style guides: plain language, grade-level targets'],
    },
    exampleSettings: { channel: 'email' },
    options: {
      targets: { type: 'numbers', default: DEFAULT_TARGETS, description: 'Highest grade per channel (email, chat, social, sms, phone), added to the defaults' },
      minWords: { type: 'number', default: 20, description: 'Replies shorter than this are not graded' },
    },
    examples: {
      bad: [
        'Notwithstanding the aforementioned considerations, our organization has determined that the reimbursement you requested cannot be authorized, as the documentation accompanying your application was insufficiently comprehensive to substantiate the circumstances described.',
        'Following a comprehensive investigation into the irregularities identified within your account, our specialist verification department has concluded that the unauthorized transactions originated from a compromised authentication credential.',
        'In accordance with our established operational procedures, replacement merchandise is dispatched exclusively following confirmation that the originally delivered product has been returned to our distribution facility in its original packaging.',
        'Unfortunately, the configuration modifications implemented during the scheduled infrastructure maintenance inadvertently introduced an incompatibility affecting synchronization functionality across multiple integrated applications, necessitating immediate remediation.',
        'Subsequent to receiving your correspondence regarding the unsatisfactory condition of the merchandise, we have initiated a comprehensive quality evaluation involving our manufacturing partners and logistics providers.',
        'Your subscription modification request necessitates additional verification procedures, considering that the designated payment instrument associated with your organizational account was previously identified as potentially fraudulent by our automated monitoring infrastructure.',
        'Considering the extraordinary circumstances surrounding the international transportation disruption, estimated delivery timeframes for internationally dispatched consignments are presently indeterminate, and we appreciate your understanding regarding these unavoidable complications.',
        'The documentation accompanying your warranty application indicates that the manufacturing defect identified by our technical evaluation specialists originated from environmental conditions inconsistent with the recommended operational parameters.',
        'Regrettably, administrative complications associated with the reorganization of our accounting department have temporarily delayed the processing of outstanding reimbursement applications, including the application you submitted previously.',
        'Our investigation determined that the intermittent connectivity interruptions experienced throughout your residential neighbourhood originated from deteriorated underground infrastructure requiring comprehensive replacement by specialized engineering contractors.',
      ],
      good: [
        'Sorry your parcel is late. The courier had a backlog this week. Yours left the depot this morning and should reach you by Friday. I will check on it again on Thursday and write to you then.',
        'Thanks for the photos. The box was crushed on the way to you. A new one is on its way today by express post. You can keep the old one or recycle it. Let me know when the new one arrives.',
        'We refunded the second charge today. Your bank may take three to five days to show it. If it is not there by Monday, reply to this email and I will chase it with the bank for you.',
        'The app had a bug that stopped it from syncing. We fixed it this morning. Please sign out and sign back in. Your notes should all come back. Tell me if any are still missing and I will look.',
        'Your plan is now Pro. The new tools are live, and your next bill will show the change. Your team will see the new options the next time they sign in. Write back if anything looks wrong.',
        'The store on Mill Street is closed for repairs. Your order is waiting for you at the High Street store. It is open from nine to eight every day. Bring your order email when you come in.',
        'We could not take the payment because the card has expired. Please add a new card in Settings, then Billing. The renewal will go through on its own within an hour after that.',
        'Thanks for waiting.',
        'Your new password link is on its way. It works for one hour. If it does not arrive in five minutes, check your spam folder, or reply here and I will send another one.',
        'Good news: the outage is over and everything works again. Sorry for the lost time this morning. We are adding a second server so this does not happen again. Thanks for your patience.',
      ],
    },
  },
  check(reply, context) {
    const target = { ...DEFAULT_TARGETS, ...(context.options.targets ?? {}) }[reply.channel];
    if (typeof target !== 'number' || target <= 0) return;
    if (reply.wordCount < (context.options.minWords ?? 20)) return;
    const r = readability(reply);
    if (r.words < (context.options.minWords ?? 20) || r.grade <= target) return;
    const s = r.hardest ?? reply.sentences[0];
    if (!s) return;
    context.report({
      message: `Reads at about grade ${r.grade.toFixed(1)} (Flesch-Kincaid); the target for ${reply.channel} is ${target}. Start with this sentence: shorter sentences and plainer words.`,
      start: s.start,
      end: s.end,
    });
  },
});
