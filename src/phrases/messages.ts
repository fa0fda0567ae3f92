// Messages by id: a report names `messageId` (and `data`), the rule's `meta.messages` holds the wording.
import type { ReportDescriptor, RuleMeta } from '../types.js';

/** The text of a report: its own message, or its message id's wording with `{{name}}` filled from data. */
export function messageText(meta: RuleMeta, d: ReportDescriptor): string {
  if (typeof d.message === 'string' && d.message) return d.message;
  const template = d.messageId !== undefined ? meta.messages?.[d.messageId] : undefined;
  if (template === undefined) {
    throw new Error(d.messageId ? `no message "${d.messageId}" in meta.messages` : 'a report needs a message or a messageId');
  }
  return fill(template, d.data ?? {});
}

/** Fills `{{name}}` placeholders; an unknown name stays as written, so a missing value is visible in tests. */
export function fill(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([\w-]{1,40})\s*\}\}/g, (all, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : all));
}
