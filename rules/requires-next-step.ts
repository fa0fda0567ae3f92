// requires-next-step: a complaint reply should say what we are doing about the problem: a concrete action
// by the agent's side ("I've refunded ...", "I'll send ...", "we have replaced ..."), not a hand-off, a
// promise to look into it, or instructions for the customer.
import { defineRule } from '../src/rule-api.js';
import { hasFix } from './_structure/actions.js';
import { reportMissing } from './_structure/report.js';

export default defineRule({
  meta: {
    id: 'requires-next-step',
    description: 'A complaint reply should state a concrete action on the problem',
    family: 'structure',
    languages: ['en'],
    defaultSeverity: 'error',
    fixable: false,
    checklist: 'fix',
    docs: {
      why:
        'An apology without a fix leaves the customer where they started. Say what you have done or will do, ' +
        'in the first person and in plain steps ("I\'ve refunded the charge", "I\'ll send a new one today"). ' +
        'Passing the case to another team, promising to "look into it", or telling the customer what they must ' +
        'do next is not a fix; a hand-off counts only when it names who will do what.',
      seeds: [
        '001 step 3: "Fix the problem - or discuss how it will be fixed"',
        '003 "Dealing with unhappy customers ... offer a solution" and "explain every step"',
        '004 "Offer a complete solution"',
      ],
    },
    examples: {
      bad: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue, and I'm sorry. I've passed your email to our warehouse team, and they will be in touch. Does that work for you?\n\nBest,\nTom",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery, and I am sorry about that. Please contact your bank to dispute the charge, and they will refund you. Is there anything else I can help with?\n\nKind regards,\nAisha',
        "I can see your account was locked after the update, Jordan. Sorry about that! Just clear your browser cache, log out and back in, and it should work again. Does the new login work for you?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak, and I am very sorry. We are looking into this and will get back to you as soon as we can. Thank you for your patience.\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for letting us know the app charged you twice. I'm so sorry. I've checked your account and can confirm two charges went through on Monday. Is there anything else I can do for you today?",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat, and I'm sorry. Your ticket has been escalated to the airport team. Someone will contact you before your flight. Would you like anything else?\n\nCheers,\nNina",
        "Hi Ola,\n\nI can see we charged you for two subscriptions, and I’m really sorry. You'll need to cancel the second one from the billing page in the app. Is there anything else you need from me?\n\nWarm regards,\nPriyanka",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week. I am so sorry. I have forwarded your case to our service department for review. Does that work for you?\n\nBest wishes,\nClaire',
        "Hi Jess,\n\nI understand your parcel has been sitting at the depot for a week, and I'm sorry. I have reviewed the tracking history, and I hope it will move soon. Do you have any questions?\n\nThanks,\nOwen",
        'Dear Ms Sato,\n\nI realise the building work kept you awake for two nights, and I apologise. I have added your comments to your file and we will consider them carefully. Would you like anything else?\n\nKind regards,\nMarta Lind',
        "Hi Ben,\n\nYou mentioned the blender stopped working after a week, and I'm sorry. We can't replace items bought from other stores, so please return it to the shop where you bought it. Does that help?\n\nThanks,\nLeah",
      ],
      good: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue, and I'm sorry. I've sent the blue one by express post today. Does that work for you?\n\nBest,\nTom",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery, and I am sorry about that. I have refunded the charge to your card this morning. Is there anything else I can help with?\n\nKind regards,\nAisha',
        "I can see your account was locked after the update, Jordan. Sorry about that! I'm resetting your login now, and I'll text you a new code in a minute. Does the new login work for you?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak, and I am very sorry. We will send a senior plumber on Monday at 8am, at no cost to you. Would that time suit you?\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for letting us know the app charged you twice. I'm so sorry. The second charge has been refunded and will show within three days. Is there anything else I can do for you today?",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat, and I'm sorry. I’ve moved you to 14C and emailed you the new boarding pass. Would you like extra legroom too?\n\nCheers,\nNina",
        "Hi Ola,\n\nI can see we charged you for two subscriptions, and I’m really sorry. We have cancelled the duplicate and credited both charges back to your card. Is there anything else you need from me?\n\nWarm regards,\nPriyanka",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week. I am so sorry. I have passed this to Dan, our senior engineer, who will replace the valve on Wednesday morning. Does that work for you?\n\nBest wishes,\nClaire',
        "Hi Jess,\n\nI understand your parcel has been sitting at the depot for a week, and I'm sorry. Here's what I've done:\n\n- Booked a courier to collect it from the depot today\n- Upgraded your delivery to next day\n\nDoes that help?\n\nThanks,\nOwen",
        'Dear Ms Sato,\n\nI realise the building work kept you awake for two nights, and I apologise. I am refunding both nights and have upgraded your next booking to a garden suite. Would you like a late checkout as well?\n\nKind regards,\nMarta Lind',
        "Hi Ben,\n\nYou mentioned the blender stopped working after a week, and I'm sorry. I'm going to replace it free of charge, and a courier will collect the faulty one. Does that help?\n\nThanks,\nLeah",
      ],
    },
  },
  check(reply, context) {
    if (hasFix(reply)) return;
    reportMissing(
      context,
      "The reply doesn't say what you are doing about the problem. State a concrete action you have taken or will take.",
      'Say what you did: "I\'ve refunded the $24 delivery charge to your card."',
    );
  },
});
