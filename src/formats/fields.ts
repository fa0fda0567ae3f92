// Which strings in a JSON/YAML/CSV library are replies, by default.
export const DEFAULT_FIELDS = [
  'comment_value', 'comment_value_html', 'body', 'html_body', 'text', 'content', 'reply', 'response',
  'message', 'template',
];
