// Help Scout. Variables are written `{%customer.firstName%}`, with an optional fallback:
// `{%customer.firstName,fallback=there%}`. Names as Help Scout's editor inserts them (Help Scout docs,
// "Variables" for saved replies, signatures and workflows). Mailbox API saved replies
// (developer.helpscout.com/mailbox-api/endpoints/mailboxes/saved_Replies/saved-replies-get): each reply is
// {id, name, text, chatText}; text is the email version (HTML), chatText the chat version.
import type { Platform } from './types.js';

export const helpscout: Platform = {
  name: 'helpscout',
  label: 'Help Scout',
  syntax: 'helpscout',
  names: [
    'customer.firstName', 'customer.lastName', 'customer.fullName', 'customer.email', 'customer.company',
    'customer.jobTitle', 'customer.phone',
    'mailbox.name', 'mailbox.email', 'mailbox.fromName',
    'conversation.number', 'conversation.subject', 'conversation.id',
    'user.firstName', 'user.lastName', 'user.fullName', 'user.email', 'user.phone', 'user.jobTitle', 'user.photoUrl',
  ],
  patterns: ['customer.property.*', 'customer.properties.*'],
  filters: [],
  fallback: { kind: 'helpscout', example: '{%customer.firstName,fallback=there%}' },
  customerNames: ['customer.firstName', 'customer.fullName'],
  fields: ['text', 'chatText'],
  sources: [
    'https://docs.helpscout.com/ (Variables in saved replies and workflows)',
    'https://developer.helpscout.com/mailbox-api/endpoints/mailboxes/saved_Replies/saved-replies-get/ (saved reply: name, text, chatText)',
  ],
};
