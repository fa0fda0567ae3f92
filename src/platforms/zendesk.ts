// Zendesk Support. Placeholders are Liquid: `{{ticket.requester.first_name}}`, `{% if %}` logic, the
// standard Liquid filters. Names from "Zendesk Support placeholders reference"
// (support.zendesk.com/hc/en-us/articles/4408886858138) and "Using Liquid markup to customize comments
// and email notifications" (support.zendesk.com/hc/en-us/articles/4408883291290). Macros API exports keep
// the reply in an action: {"field": "comment_value" | "comment_value_html", "value": "..."}
// (developer.zendesk.com, Macros API).
import type { Platform } from './types.js';
import { STANDARD_LIQUID_FILTERS } from './liquid-filters.js';

// Every user placeholder works for each user role on a ticket (requester, assignee, submitter, current user).
const USER_ROLES = ['ticket.requester', 'ticket.assignee', 'ticket.submitter', 'current_user'];
const USER_PROPS = [
  'name', 'first_name', 'last_name', 'email', 'language', 'phone', 'external_id', 'details', 'notes', 'id', 'role',
  'extended_role', 'tags', 'locale', 'time_zone', 'signature',
  'organization', 'organization.name', 'organization.id', 'organization.external_id', 'organization.details',
  'organization.notes', 'organization.tags',
];
const TICKET = [
  'ticket.account', 'ticket.brand.name', 'ticket.cc_names', 'ticket.ccs', 'ticket.email_cc_names', 'ticket.follower_names',
  'ticket.created_at', 'ticket.created_at_with_time', 'ticket.created_at_with_timestamp', 'ticket.current_holiday_name',
  'ticket.description', 'ticket.due_date', 'ticket.due_date_with_timestamp', 'ticket.encoded_id', 'ticket.external_id',
  'ticket.group.name', 'ticket.id', 'ticket.in_business_hours', 'ticket.link', 'ticket.priority', 'ticket.score',
  'ticket.status', 'ticket.tags', 'ticket.ticket_form', 'ticket.ticket_type', 'ticket.title', 'ticket.updated_at',
  'ticket.updated_at_with_time', 'ticket.updated_at_with_timestamp', 'ticket.url', 'ticket.url_with_protocol',
  'ticket.verification_token', 'ticket.via', 'ticket.organization.name', 'ticket.organization.details',
  'ticket.organization.notes', 'ticket.organization.external_id',
  // Comment data
  'ticket.comments', 'ticket.comments_formatted', 'ticket.public_comments', 'ticket.public_comments_formatted',
  'ticket.latest_comment', 'ticket.latest_comment_formatted', 'ticket.latest_comment_html', 'ticket.latest_comment_rich',
  'ticket.latest_public_comment', 'ticket.latest_public_comment_formatted', 'ticket.latest_public_comment_html',
  'ticket.latest_public_comment_rich',
  // Satisfaction rating data
  'satisfaction.current_rating', 'satisfaction.current_comment', 'satisfaction.rating_section', 'satisfaction.rating_url',
  'satisfaction.positive_rating_url', 'satisfaction.negative_rating_url', 'ticket.satisfaction.current_rating',
  'ticket.satisfaction.current_comment', 'ticket.satisfaction.rating_section', 'ticket.satisfaction.rating_url',
  'ticket.satisfaction.positive_rating_url', 'ticket.satisfaction.negative_rating_url',
];

export const zendesk: Platform = {
  name: 'zendesk',
  label: 'Zendesk',
  syntax: 'liquid',
  names: [...TICKET, ...USER_ROLES.flatMap((role) => USER_PROPS.map((p) => `${role}.${p}`))],
  // Custom ticket fields by id, user and organization fields by key, dynamic content, custom objects.
  patterns: ['ticket.ticket_field_*', 'ticket.ticket_field_option_title_*', '**.custom_fields.*', 'dc.*', 'ticket.custom_object.**'],
  filters: STANDARD_LIQUID_FILTERS,
  // Zendesk always has a requester name (it is taken from the email address when none is given), and
  // documents no fallback syntax: "Hi ," cannot happen, so no fallback is asked for.
  customerNames: ['ticket.requester.first_name', 'ticket.requester.name'],
  // The default fields already read Zendesk actions (comment_value, comment_value_html), and a Zendesk
  // export has no sibling copies of the text to skip: no preset, so mixed libraries keep every reply.
  fields: [],
  sources: [
    'https://support.zendesk.com/hc/en-us/articles/4408886858138 (Zendesk Support placeholders reference)',
    'https://support.zendesk.com/hc/en-us/articles/4408883291290 (Using Liquid markup)',
    'https://developer.zendesk.com/api-reference/ticketing/business-rules/macros/ (Macros API: actions)',
  ],
};
