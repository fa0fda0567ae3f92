// What complaintlint knows about a help desk's macros: its placeholder syntax, the names it documents,
// its filters and fallback syntax, and where its macro exports keep the reply text. Platforms are data
// (one small module each); the rules and the engine read them through src/platforms/index.ts.

export type PlatformName = 'zendesk' | 'freshdesk' | 'intercom' | 'helpscout' | 'gorgias' | 'front' | 'liquid' | 'none';
export const PLATFORM_NAMES: readonly PlatformName[] = ['zendesk', 'freshdesk', 'intercom', 'helpscout', 'gorgias', 'front', 'liquid', 'none'];

/**
 * How a placeholder is written.
 * - `liquid`: `{{ name | filter: arg }}` values and `{% tag %}` logic (Zendesk, Freshdesk, Intercom, Gorgias, Front).
 * - `helpscout`: `{%customer.firstName,fallback=there%}` values; no logic tags.
 */
export type Syntax = 'liquid' | 'helpscout';

/** How the platform writes a value to use when a placeholder is empty. */
export type FallbackStyle =
  /** `{{first_name | fallback: "there"}}` (Intercom) */
  | { kind: 'filter'; filter: string; example: string }
  /** `{%customer.firstName,fallback=there%}` (Help Scout) */
  | { kind: 'helpscout'; example: string };

export interface Platform {
  name: PlatformName;
  /** How people write it ("Help Scout"). */
  label: string;
  syntax: Syntax;
  /** Documented placeholder names (dotted paths, exactly as written inside the delimiters). */
  names: readonly string[];
  /**
   * Name patterns for families the docs describe by shape (custom fields, integrations): `*` stands for
   * one path segment, `**` for any rest of the path (`ticket.ticket_field_*`, `ticket.customer.integrations.**`).
   */
  patterns: readonly string[];
  /** Filters the platform documents; `null`: any standard Liquid filter. */
  filters: readonly string[] | null;
  /** The platform's fallback syntax, when it has one. */
  fallback?: FallbackStyle;
  /** Placeholder names that stand for the customer's name (what a greeting puts after "Hi"). */
  customerNames: readonly string[];
  /** Field presets: the keys (or dotted paths) where its macro exports keep reply text. */
  fields: readonly string[];
  /** Where the names and shapes come from (vendor pages, read from stored copies). */
  sources: readonly string[];
}
