// A complaint reply built from one sentence per checklist item, so a test can take one item out (or swap in a
// borderline wording) and see exactly which structure rule fires. Shared by the structure rules' tests.
import { lintText } from '../../src/api.js';
import type { Checklist, LintResult } from '../../src/types.js';

export const STRUCTURE = [
  'requires-acknowledgement', 'requires-apology', 'requires-next-step', 'requires-timeframe',
  'requires-closing-question', 'requires-contact', 'requires-prevention', 'invites-customer-input',
];

export const PARTS = {
  greeting: 'Hi Maria,',
  acknowledge: 'I understand the kettle you bought stopped heating after a week.',
  apologize: "I'm sorry we sent you a faulty one.",
  fix: "I've sent a replacement by tracked courier.",
  urgency: 'It will arrive by Thursday, and I will email you the tracking link by 5pm today.',
  prevent: 'Our warehouse now tests every kettle before it ships, so this will not happen again.',
  involve: 'If you would rather have a refund, just tell me what would suit you best.',
  verify: 'Does Thursday work for you?',
  signOff: 'Best wishes,\nDana Cole\nCustomer Care, Brewline',
};

export type Parts = Partial<typeof PARTS>;

export function complaintReply(parts: Parts): string {
  const body = [parts.acknowledge, parts.apologize, parts.fix, parts.urgency, parts.prevent, parts.involve].filter(Boolean).join(' ');
  return [parts.greeting, body, parts.verify, parts.signOff].filter(Boolean).join('\n\n');
}

/** Lints with the complaint preset (every structure rule on). */
export async function lintComplaint(text: string, kind: 'complaint' | 'general' = 'complaint', channel: 'email' | 'social' = 'email'): Promise<LintResult> {
  const [result] = await lintText(text, { config: { extends: 'complaint', kind, channel } });
  return result!;
}

/** The structure rules that fire on a text, sorted. */
export async function structureIds(text: string): Promise<string[]> {
  const result = await lintComplaint(text);
  return result.messages.map((m) => m.ruleId ?? '').filter((id) => STRUCTURE.includes(id)).sort();
}

/** The checklist of a reply built from PARTS without prevent and involve, with some parts replaced. */
export function base(over: Parts): string {
  return complaintReply({ ...PARTS, prevent: undefined, involve: undefined, ...over });
}

export async function checklist(text: string, channel: 'email' | 'social' = 'email'): Promise<Checklist> {
  return (await lintComplaint(text, 'complaint', channel)).replies[0]!.checklist!;
}
