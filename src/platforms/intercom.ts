// Intercom. Macros (saved replies) write attributes as `{{first_name | fallback: "there"}}`; the Macros API
// (developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/macros/macro) returns
// {type: "macro", id, name, body, body_text, visible_to, available_on}: `body` is HTML with placeholders
// turned into <attribute/> tags, `body_text` keeps the original `{{user.name|fallback:"there"}}` form, so
// body_text is the field to lint. Person and company attributes are written bare (`first_name`) or under
// `user.` (as the API's example does); custom attributes are the workspace's own (list them in the rule's
// `customFields`).
import type { Platform } from './types.js';

const PERSON = ['name', 'first_name', 'last_name', 'email', 'phone', 'user_id', 'id', 'location', 'city', 'country',
  'language', 'signed_up_at', 'last_seen_at', 'company.name', 'company.id', 'company.plan', 'company.size',
  'company.website', 'company.industry'];
const TEAMMATE = ['name', 'first_name', 'last_name', 'email', 'job_title'];

export const intercom: Platform = {
  name: 'intercom',
  label: 'Intercom',
  syntax: 'liquid',
  names: [
    ...PERSON, ...PERSON.map((p) => `user.${p}`), ...PERSON.map((p) => `contact.${p}`),
    ...TEAMMATE.map((p) => `teammate.${p}`), ...TEAMMATE.map((p) => `admin.${p}`),
    'conversation.id', 'conversation.title', 'app.name', 'workspace.name',
  ],
  patterns: ['company.custom_attributes.*', 'conversation.custom_attributes.*', 'ticket.custom_attributes.*'],
  filters: ['fallback'],
  fallback: { kind: 'filter', filter: 'fallback', example: '{{first_name | fallback: "there"}}' },
  customerNames: ['first_name', 'name', 'user.first_name', 'user.name', 'contact.first_name', 'contact.name'],
  fields: ['body_text'],
  sources: [
    'https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/macros/macro (Macro schema: body, body_text)',
    'https://www.intercom.com/help/en/articles/ (Intercom Help: inserting attributes with a fallback)',
  ],
};
