// Freshdesk. Placeholders are Liquid-style: `{{ticket.requester.firstname}}`, `{{ticket.id}}`. Names from
// Freshdesk's "Understanding dynamic content and placeholders" article (support.freshdesk.com, solutions
// article "Using placeholders"; read from a stored copy); `ticket.contact.*` is accepted as the newer name
// of the requester. Canned responses API (developers.freshdesk.com/api/#canned-responses): each response
// is {id, title, folder_id, content, content_html, attachments, ...}; content is derived from content_html.
import type { Platform } from './types.js';
import { STANDARD_LIQUID_FILTERS } from './liquid-filters.js';

const PERSON = ['name', 'firstname', 'lastname', 'email', 'phone', 'mobile', 'address', 'company_name', 'language', 'id'];

export const freshdesk: Platform = {
  name: 'freshdesk',
  label: 'Freshdesk',
  syntax: 'liquid',
  names: [
    'ticket.id', 'ticket.subject', 'ticket.description', 'ticket.description_text', 'ticket.url', 'ticket.public_url',
    'ticket.portal_url', 'ticket.portal_name', 'ticket.status', 'ticket.priority', 'ticket.source', 'ticket.ticket_type',
    'ticket.tags', 'ticket.due_by_time', 'ticket.due_by_hrs', 'ticket.fr_due_by_time', 'ticket.created_on',
    'ticket.latest_public_comment', 'ticket.latest_private_comment', 'ticket.satisfaction_survey',
    'ticket.surveymonkey_survey', 'ticket.billable_hours', 'ticket.total_time_spent', 'ticket.product_description',
    'ticket.cc_email', 'ticket.from_email', 'ticket.group.name', 'ticket.agent.name', 'ticket.agent.firstname',
    'ticket.agent.lastname', 'ticket.agent.email', 'ticket.agent.signature', 'ticket.company.name',
    'ticket.company.description', 'ticket.company.note', 'ticket.company.domains', 'helpdesk_name',
    ...PERSON.map((p) => `ticket.requester.${p}`), ...PERSON.map((p) => `ticket.contact.${p}`),
  ],
  // Custom fields: ticket.cf_*, ticket.requester.cf_*, ticket.company.cf_*.
  patterns: ['ticket.cf_*', 'ticket.requester.cf_*', 'ticket.contact.cf_*', 'ticket.company.cf_*'],
  filters: STANDARD_LIQUID_FILTERS,
  customerNames: ['ticket.requester.firstname', 'ticket.requester.name', 'ticket.contact.firstname', 'ticket.contact.name'],
  fields: ['content_html'],
  sources: [
    'https://support.freshdesk.com/support/solutions/articles/ (Understanding dynamic content and placeholders)',
    'https://developers.freshdesk.com/api/#canned-responses (canned response: title, content, content_html)',
  ],
};
