// Which keys or columns hold reply text: configured `fields` are key names or dotted paths
// ("body", "macro.body", "translations.*.text"), matched case-insensitively against the end of a key path.

/** The per-macro key (or CSV column) that switches rules off for that macro: a rule id, a list, or true for all. */
export const DISABLE_KEY = 'complaintlint-disable';

export interface FieldMatcher {
  segments: string[];
}

export function compileFields(fields: readonly string[]): FieldMatcher[] {
  return fields.map((f) => ({ segments: f.toLowerCase().split('.').filter(Boolean) })).filter((m) => m.segments.length > 0);
}

/** Does the key path (map keys from the root, lower-case) end with one of the configured fields? */
export function matchesField(path: readonly string[], matchers: readonly FieldMatcher[]): boolean {
  return matchers.some(({ segments }) => {
    if (segments.length > path.length) return false;
    const offset = path.length - segments.length;
    return segments.every((s, k) => s === '*' || s === path[offset + k]);
  });
}

/** A field named like comment_value_html or html_body holds HTML. */
export function isHtmlField(name: string): boolean {
  return /html/i.test(name);
}

export function noRepliesNotice(fields: readonly string[], what = 'fields'): string {
  return `no reply text found (looked for ${what}: ${fields.join(', ')}); set "fields" in config`;
}
