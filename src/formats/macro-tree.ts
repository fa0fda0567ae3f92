// Finding the reply strings in a parsed JSON/YAML macro library: strings under configured fields
// (key names or dotted paths), Zendesk macro actions ({"field": "comment_value", "value": "..."}),
// each with the enclosing macro's title and its "complaintlint-disable" key.
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { compileFields, DISABLE_KEY, isHtmlField, matchesField } from './field-match.js';

const TITLE_KEYS = ['title', 'name', 'subject', 'id'];

export interface FoundString {
  node: Scalar;
  /** The field that made it a reply (the key, or a Zendesk action's "field"). */
  field: string;
  /** The field says the text is HTML (comment_value_html, html_body ...). */
  html: boolean;
  title?: string;
  disabledRules?: string[];
  /** Inside a flow collection ([ ] or { }). */
  flow: boolean;
}

export interface TreeScan {
  found: FoundString[];
  notices: string[];
}

interface Frame {
  map: YAMLMap;
}

export function findReplyStrings(root: Node | null | undefined, fields: readonly string[]): TreeScan {
  const matchers = compileFields(fields);
  const fieldNames = new Set(matchers.map((m) => m.segments[m.segments.length - 1]!));
  const found: FoundString[] = [];
  const notices: string[] = [];
  const stack: Frame[] = [];

  const add = (node: Scalar, field: string, flow: boolean) => {
    if (typeof node.value !== 'string') return;
    const disabled = disabledFor(stack, notices);
    if (disabled === true) return;
    const f: FoundString = { node, field, html: isHtmlField(field), flow };
    const title = titleFor(stack, node);
    if (title) f.title = title;
    if (disabled.length) f.disabledRules = disabled;
    found.push(f);
  };

  const walk = (node: unknown, path: string[], flow: boolean): void => {
    if (isAlias(node) || !node) return;
    if (isMap(node)) {
      const inFlow = flow || node.flow === true;
      stack.push({ map: node });
      const action = zendeskAction(node, fieldNames);
      for (const pair of node.items as Pair[]) {
        const key = keyOf(pair);
        if (key === undefined) continue;
        const value = pair.value;
        if (action && value === action.value) {
          if (isScalar(value)) add(value, action.field, inFlow);
          else if (isSeq(value)) for (const item of value.items) if (isScalar(item) && !/^channel:\w+$/.test(String(item.value))) add(item, action.field, inFlow || value.flow === true);
          continue;
        }
        const keyPath = [...path, key.toLowerCase()];
        if (key !== DISABLE_KEY && matchesField(keyPath, matchers)) {
          if (isScalar(value)) { add(value, key, inFlow); continue; }
          if (isSeq(value) && value.items.every((i) => isScalar(i))) {
            for (const item of value.items) add(item as Scalar, key, inFlow || value.flow === true);
            continue;
          }
        }
        walk(value, keyPath, inFlow);
      }
      stack.pop();
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, path, flow || node.flow === true);
    }
  };
  walk(root, [], false);
  return { found, notices: [...new Set(notices)] };
}

function keyOf(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number')) return String(k.value);
  return undefined;
}

function get(map: YAMLMap, key: string): unknown {
  for (const pair of map.items as Pair[]) if (keyOf(pair) === key) return pair.value;
  return undefined;
}

/** A Zendesk macro action whose "field" names a reply field: its "value" node is the reply. */
function zendeskAction(map: YAMLMap, fieldNames: ReadonlySet<string>): { field: string; value: unknown } | undefined {
  const field = get(map, 'field');
  if (!isScalar(field) || typeof field.value !== 'string') return undefined;
  const name = field.value.toLowerCase();
  if (!fieldNames.has(name)) return undefined;
  const value = get(map, 'value');
  return value ? { field: name, value } : undefined;
}

/** The nearest enclosing object's title, name, subject or id. */
function titleFor(stack: readonly Frame[], reply: Scalar): string | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    for (const key of TITLE_KEYS) {
      const v = get(stack[i]!.map, key);
      if (isScalar(v) && v !== reply && (typeof v.value === 'string' || typeof v.value === 'number')) {
        const t = String(v.value).replace(/\s+/g, ' ').trim();
        if (t) return t;
      }
    }
  }
  return undefined;
}

/** Rules switched off by "complaintlint-disable" keys on the enclosing objects; true: the whole macro. */
function disabledFor(stack: readonly Frame[], notices: string[]): string[] | true {
  const rules: string[] = [];
  for (const { map } of stack) {
    const v = get(map, DISABLE_KEY);
    if (v === undefined) continue;
    if (isScalar(v) && v.value === true) return true;
    if (isScalar(v) && typeof v.value === 'string') rules.push(...v.value.split(/[\s,]+/).filter(Boolean));
    else if (isSeq(v) && v.items.every((i) => isScalar(i) && typeof i.value === 'string')) rules.push(...v.items.map((i) => String((i as Scalar).value)));
    else notices.push(`"${DISABLE_KEY}" must be a rule id, a list of rule ids, or true; ignored`);
  }
  return [...new Set(rules)];
}
