// Cheap HTML helpers that don't load the HTML parser: whether a string holds HTML, and escaping.

/** Tags or entities that make a string read as HTML rather than text that happens to hold a "<". */
const HTML_HINT = /<\/?(?:p|div|br|span|a|b|i|u|em|strong|ul|ol|li|h[1-6]|table|tr|td|th|img|hr|blockquote|font|center|small|pre|code|section|html|body)\b[^<>]*>|&(?:nbsp|amp|lt|gt|quot|rsquo|lsquo|rdquo|ldquo|hellip|mdash|ndash|#\d+|#x[0-9a-f]+);/i;

export function looksLikeHtml(text: string): boolean {
  return text.includes('<') || text.includes('&') ? HTML_HINT.test(text) : false;
}

/** Escapes replacement text for HTML content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
