// Generic Liquid (a home-grown template store, Shopify-style notifications): standard Liquid syntax and
// filters, with `default` as the fallback. No documented names, so every name is accepted unless the
// rule's `customFields` list says which ones exist.
import type { Platform } from './types.js';
import { STANDARD_LIQUID_FILTERS } from './liquid-filters.js';

export const liquid: Platform = {
  name: 'liquid',
  label: 'Liquid',
  syntax: 'liquid',
  names: [],
  patterns: [],
  filters: STANDARD_LIQUID_FILTERS,
  fallback: { kind: 'filter', filter: 'default', example: '{{ customer.first_name | default: "there" }}' },
  customerNames: ['first_name', 'name', 'customer.first_name', 'customer.name', 'contact.first_name', 'contact.name'],
  fields: [],
  sources: ['https://shopify.github.io/liquid/ (Liquid reference: tags, filters, default)'],
};
