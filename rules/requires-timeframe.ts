// requires-timeframe: a complaint reply should put a time on the fix ("today", "by 5pm", "within 24 hours").
// The time must belong to an action: past dates, policy periods and opening hours do not count.
import { defineRule } from '../src/rule-api.js';
import { timedAction } from './_structure/times.js';
import { reportMissing } from './_structure/report.js';

export default defineRule({
  meta: {
    id: 'requires-timeframe',
    description: 'A complaint reply should say when the fix happens',
    family: 'structure',
    languages: ['en'],
    defaultSeverity: 'warn',
    fixable: false,
    checklist: 'urgency',
    docs: {
      why:
        'Customers judge a fix by how fast it comes as much as by what it is. "I\'ll send a replacement" leaves ' +
        'them waiting and wondering; "I\'ll send it today, and you\'ll have the tracking number by 5pm" shows ' +
        'urgency and gives them something to hold us to. The time has to sit on the action: the date the ' +
        'problem started, a policy period or our opening hours say nothing about when they get help.',
      seeds: [
        '001 step 5: "Doing all of this with a sense of urgency"',
        '001 "they want you to fix their issue quickly"',
        '003 "Rapid action and follow-up": take action immediately',
      ],
    },
    examples: {
      bad: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue, and I'm sorry. I've sent the blue one by express post, and you'll get a tracking email soon. Does that work for you?\n\nBest,\nTom",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery on 3 March, and I am sorry about that. I have refunded the charge to your card. Is there anything else I can help with?\n\nKind regards,\nAisha',
        "I can see your account was locked after Tuesday's update, Jordan. Sorry about that! I've unlocked it, so you can sign in again. Does the new login work for you?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak yesterday, and I am very sorry. We will send a senior plumber as soon as one is free. Would that suit you?\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for letting us know the app charged you twice this morning. I'm so sorry. I've refunded the second charge, and you'll see it on your next statement. Is there anything else I can do for you today?",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat, and I'm sorry. Refunds for seat upgrades take 5 to 7 working days. I've moved you to 14C. Would you like extra legroom too?\n\nCheers,\nNina",
        "Hi Ola,\n\nI can see we charged you for two subscriptions since January, and I’m really sorry. We have cancelled the duplicate and credited both charges back to your card. Is there anything else you need from me?\n\nWarm regards,\nPriyanka",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler stopped heating water on Monday and again on Thursday. I am so sorry. I will arrange for a technician to replace the valve. Does that work for you?\n\nBest wishes,\nClaire',
        "Hi Jess,\n\nI understand your parcel has been at the depot for a week, and I'm sorry. Our phone lines are open Monday to Friday, 9am to 5pm. I've upgraded your delivery to the priority service. Does that help?\n\nThanks,\nOwen",
        'Dear Ms Sato,\n\nI realise the building work kept you awake for two nights, and I apologise. Our returns policy allows refunds within 30 days of your stay, so I have refunded both nights. Would you like a late checkout next time?\n\nKind regards,\nMarta Lind',
        "Hi Ben,\n\nYou mentioned the blender stopped working after a week, and I'm sorry. I'm going to replace it free of charge, and a courier will collect the faulty one. Does that help?\n\nThanks,\nLeah",
      ],
      good: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue, and I'm sorry. I've sent the blue one by express post today, and you'll have it by Thursday. Does that work for you?\n\nBest,\nTom",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery, and I am sorry about that. I have refunded the charge this morning; it will reach your card within three working days. Is there anything else I can help with?\n\nKind regards,\nAisha',
        "I can see your account was locked after the update, Jordan. Sorry about that! I've unlocked it right now, so you can sign in again. Does the new login work for you?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak, and I am very sorry. We will send a senior plumber on Monday at 8am, at no cost to you. Would that time suit you?\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for letting us know the app charged you twice. I'm so sorry. The second charge will be refunded within 24 hours. Is there anything else I can do for you today?",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat, and I'm sorry. I’ll move you to 14C and email the new boarding pass by 6pm tonight. Would you like extra legroom too?\n\nCheers,\nNina",
        "Hi Ola,\n\nI can see we charged you for two subscriptions, and I’m really sorry. We cancelled the duplicate immediately, and the refund goes back to your card tomorrow. Is there anything else you need from me?\n\nWarm regards,\nPriyanka",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week. I am so sorry. Our technician will replace the valve on Wednesday morning. Does that work for you?\n\nBest wishes,\nClaire',
        "Hi Jess,\n\nI understand your parcel has been at the depot for a week, and I'm sorry. I've booked a courier to collect it, and it will be with you before noon on Saturday. Does that help?\n\nThanks,\nOwen",
        'Dear Ms Sato,\n\nI realise the building work kept you awake for two nights, and I apologise. I am refunding both nights straight away and will confirm by email this afternoon. Would you like a late checkout next time?\n\nKind regards,\nMarta Lind',
        "Hi Ben,\n\nYou mentioned the blender stopped working after a week, and I'm sorry. I'll ship a replacement first thing tomorrow, and a courier will collect the faulty one at the same time. Does that help?\n\nThanks,\nLeah",
      ],
    },
  },
  check(reply, context) {
    if (timedAction(reply)) return;
    reportMissing(
      context,
      'No time on the fix. Say when it will happen, so the customer knows how long to wait.',
      'Add a time: "I\'ll email you the tracking number by 5pm today."',
    );
  },
});
