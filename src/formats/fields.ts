// Which strings in a JSON/YAML/CSV library are replies, by default: Zendesk macro actions, and the
// body/text keys help desks and saved-reply files use (Freshdesk content_html, Gorgias body_html ...).
export const DEFAULT_FIELDS = [
  'comment_value', 'comment_value_html', 'body', 'html_body', 'body_html', 'body_text', 'text', 'content', 'content_html',
  'reply', 'response', 'message', 'template',
];
