// Front. Message template variables are `{{recipient.first_name}}`; names from "Using variables and
// application objects in message templates and signatures" (help.front.com/en/articles/2306). No filters
// or fallback syntax are documented there. Message templates API (dev.frontapp.com/reference/message-templates):
// {id: "rsp_...", name, subject, body, attachments}; body is HTML.
import type { Platform } from './types.js';

export const front: Platform = {
  name: 'front',
  label: 'Front',
  syntax: 'liquid',
  names: [
    'account.name', 'conversation.id', 'conversation.public_id', 'conversation.ticket_id', 'message.id',
    'message.public_id', 'recipient.handle', 'recipient.email', 'recipient.twitter', 'recipient.phone', 'recipient.name',
    'recipient.first_name', 'recipient.last_name', 'recipient.link', 'survey', 'user.id', 'user.name', 'user.first_name',
    'user.last_name', 'user.email',
  ],
  // Custom contact, account and conversation fields.
  patterns: ['recipient.custom.*', 'recipient.custom_fields.*', 'account.custom.*', 'account.custom_fields.*', 'conversation.custom_fields.*', 'user.custom.*'],
  filters: [],
  customerNames: ['recipient.first_name', 'recipient.name'],
  fields: ['body'],
  sources: [
    'https://help.front.com/en/articles/2306 (Using variables in message templates and signatures)',
    'https://dev.frontapp.com/reference/message-templates (message template object)',
  ],
};
