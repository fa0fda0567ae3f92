// The standard Liquid filters (Shopify's Liquid reference, "Filters": shopify.github.io/liquid/filters/),
// which the Liquid-based help desks inherit.
export const STANDARD_LIQUID_FILTERS: readonly string[] = [
  'abs', 'append', 'at_least', 'at_most', 'capitalize', 'ceil', 'compact', 'concat', 'date', 'default',
  'divided_by', 'downcase', 'escape', 'escape_once', 'first', 'floor', 'join', 'last', 'lstrip', 'map',
  'minus', 'modulo', 'newline_to_br', 'plus', 'prepend', 'remove', 'remove_first', 'remove_last', 'replace',
  'replace_first', 'replace_last', 'reverse', 'round', 'rstrip', 'size', 'slice', 'sort', 'sort_natural',
  'split', 'strip', 'strip_html', 'strip_newlines', 'sum', 'times', 'truncate', 'truncatewords', 'uniq',
  'upcase', 'url_decode', 'url_encode', 'where',
];

/** Liquid tags: block tags and their closers, and the tags that stand alone. */
export const BLOCK_TAGS: Readonly<Record<string, string>> = {
  if: 'endif', unless: 'endunless', case: 'endcase', for: 'endfor', tablerow: 'endtablerow',
  capture: 'endcapture', comment: 'endcomment', raw: 'endraw',
};
/** Tags allowed only inside a block (else inside if/unless/case/for, when inside case). */
export const INNER_TAGS: Readonly<Record<string, readonly string[]>> = {
  else: ['if', 'unless', 'case', 'for'], elsif: ['if', 'unless'], when: ['case'],
  break: ['for', 'tablerow'], continue: ['for', 'tablerow'],
};
export const SIMPLE_TAGS: readonly string[] = ['assign', 'increment', 'decrement', 'cycle', 'echo', 'liquid', 'include', 'render'];

const ALL_TAGS = new Set([...Object.keys(BLOCK_TAGS), ...Object.values(BLOCK_TAGS), ...Object.keys(INNER_TAGS), ...SIMPLE_TAGS]);

/** Is this word a Liquid tag name (if, endif, assign ...)? */
export function isLiquidTag(word: string): boolean {
  return ALL_TAGS.has(word);
}

/** Every Liquid tag name, for "did you mean". */
export function liquidTagNames(): string[] {
  return [...ALL_TAGS];
}
