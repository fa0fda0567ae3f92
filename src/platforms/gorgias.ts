// Gorgias. Macro variables are `{{ticket.customer.firstname}}`, with moment.js date formatting through
// `|datetime_format("L")`; a variable with no data becomes blank (no fallback syntax is documented).
// Names from "Macro Variables 101" (docs.gorgias.com/en-US/macro-variables-81845). The macro object
// (developers.gorgias.com/reference/the-macro-object) keeps the reply in an action:
// {"name": "setResponseText", "arguments": {"body_text": "...", "body_html": "..."}}.
import type { Platform } from './types.js';

const PERSON = ['id', 'name', 'firstname', 'lastname', 'email'];

export const gorgias: Platform = {
  name: 'gorgias',
  label: 'Gorgias',
  syntax: 'liquid',
  names: [
    'ticket.channel', 'ticket.subject', 'ticket.id', 'ticket.last_message_datetime', 'ticket.created_datetime',
    'ticket.opened_datetime', 'ticket.updated_datetime', 'ticket.sender.email', 'ticket.receiver.email',
    'ticket.account.domain', 'ticket.first_message.body_text', 'ticket.first_message.body_html',
    ...PERSON.map((p) => `ticket.customer.${p}`), ...PERSON.map((p) => `ticket.assignee_user.${p}`),
    ...PERSON.map((p) => `current_user.${p}`), 'current_user.bio',
  ],
  // Message bodies by index (ticket.messages[-1].body_text) and integration data (Shopify, Magento ...).
  patterns: ['ticket.messages.*', 'ticket.customer.integrations.**', 'ticket.customer.customer_fields.**', 'ticket.custom_fields.**'],
  filters: ['datetime_format'],
  customerNames: ['ticket.customer.firstname', 'ticket.customer.name'],
  fields: ['body_text'],
  sources: [
    'https://docs.gorgias.com/en-US/macro-variables-81845 (Macro Variables 101)',
    'https://developers.gorgias.com/reference/the-macro-object (macro actions: setResponseText body_text/body_html)',
  ],
};
