// The structure rules as a set (rules/_structure/report.ts): a complaint reply with every checklist item is
// clean with a full checklist, reports point at the reply's first line with a suggestion, default
// severities follow RULES.md, and general or short replies are skipped. (Moved from test/structure-rules.test.ts.)
import { describe, expect, it } from 'vitest';
import { complaintReply, lintComplaint, PARTS, STRUCTURE, structureIds } from '../../helpers/structure-reply.js';

describe('structure rules on a complete complaint reply', () => {
  it('a reply with every item raises no structure message and a full checklist', async () => {
    const result = await lintComplaint(complaintReply(PARTS));
    expect(result.messages.filter((m) => STRUCTURE.includes(m.ruleId ?? ''))).toEqual([]);
    expect(result.replies[0]!.checklist).toEqual({
      acknowledge: true, apologize: true, fix: true, urgency: true, verify: true, contact: true,
    });
  });
});

describe('structure rule reports', () => {
  it('report once at the reply\'s first line, with a suggestion showing what to add', async () => {
    const result = await lintComplaint(complaintReply({ ...PARTS, urgency: undefined }));
    const msg = result.messages.find((m) => m.ruleId === 'requires-timeframe')!;
    expect(msg).toMatchObject({ line: 1, column: 1, severity: 1 });
    expect(msg.message).toMatch(/time/i);
    expect(msg.suggestions?.[0]?.desc).toMatch(/by 5pm today/);
    expect(result.messages.filter((m) => m.ruleId === 'requires-timeframe')).toHaveLength(1);
  });

  it('use the default severities from RULES.md', async () => {
    const text = 'Dear Customer,\n\nYour request has been logged and will be reviewed in due course by the relevant department. Please note that our offices are open from Monday to Friday.\n\nRegards,\nCustomer Services';
    const result = await lintComplaint(text);
    const severity = Object.fromEntries(result.messages.map((m) => [m.ruleId, m.severity]));
    expect(severity).toMatchObject({
      'requires-next-step': 2, 'requires-acknowledgement': 1, 'requires-apology': 1, 'requires-timeframe': 1,
      'requires-closing-question': 1, 'requires-contact': 0, 'requires-prevention': 0, 'invites-customer-input': 0,
    });
  });

  it('skip general replies and replies under 25 words', async () => {
    expect(await structureIds(complaintReply({ greeting: 'Hi Maria,', fix: "I've sent a replacement." }))).toEqual([]);
    const general = await lintComplaint('Hi Sam,\n\nThanks for asking about our opening hours. We are open from nine until five on weekdays and from ten until four on Saturdays, and the café stays open late on Fridays.\n\nBest,\nThe Team', 'general');
    expect(general.messages.filter((m) => STRUCTURE.includes(m.ruleId ?? ''))).toEqual([]);
    expect(general.replies[0]!.checklist).toBeUndefined();
  });
});
