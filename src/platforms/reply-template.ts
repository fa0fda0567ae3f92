// The placeholders of one reply, read once and shared by every macro-hygiene rule that looks at them.
import type { Reply } from '../types.js';
import { getPlatform, type Platform } from './index.js';
import { scanTemplate, type TemplateToken } from './template.js';
import { memoPer } from '../core/memo.js';

/** The reply's platform (undefined for none). */
export function platformOf(reply: Reply): Platform | undefined {
  return getPlatform(reply.platform);
}

/** The reply's template tokens, read with its platform's syntax (Liquid when the platform is unknown). */
export const templateOf = memoPer(function templateOf(reply: Reply): TemplateToken[] {
  const syntax = platformOf(reply)?.syntax ?? 'liquid';
  // Nothing to read without a brace: most replies of a draft or a plain library skip the scan.
  return reply.source.includes('{') ? scanTemplate(reply.source, { syntax }) : [];
});
