// Finding the reply strings in a parsed JSON/YAML macro library: strings under configured fields
// (key names or dotted paths), Zendesk macro actions ({"field": "comment_value", "value": "..."}),
// each with the enclosing macro's title and its "complaintlint-disable" key.
import { compileFields, DISABLE_KEY, isHtmlField, matchesField } from './field-match.js';
import type { MapNode, ScalarLike, TreeNode } from './tree.js';

const TITLE_KEYS = ['title', 'name', 'subject', 'id'];

export interface FoundString {
  node: ScalarLike;
  /** The field that made it a reply (the key, or a Zendesk action's "field"). */
  field: string;
  /** The field says the text is HTML (comment_value_html, html_body ...). */
  html: boolean;
  title?: string;
  disabledRules?: string[];
  /** Inside a flow collection ([ ] or { }). */
  flow: boolean;
  /** The macro (nearest enclosing object with a title, name, subject or id) the string belongs to, numbered in file order. */
  macro?: number;
}

export interface TreeScan {
  found: FoundString[];
  notices: string[];
}

export function findReplyStrings(root: TreeNode | null | undefined, fields: readonly string[]): TreeScan {
  const matchers = compileFields(fields);
  const fieldNames = new Set(matchers.map((m) => m.segments[m.segments.length - 1]!));
  const found: FoundString[] = [];
  const notices: string[] = [];
  const stack: MapNode[] = [];
  const ids: number[] = [];
  let nextId = 0;

  const add = (node: ScalarLike, field: string, flow: boolean) => {
    if (typeof node.value !== 'string') return;
    const disabled = disabledFor(stack, notices);
    if (disabled === true) return;
    const f: FoundString = { node, field, html: isHtmlField(field), flow, macro: macroOf(stack, ids) };
    const title = titleFor(stack, node);
    if (title) f.title = title;
    if (disabled.length) f.disabledRules = disabled;
    found.push(f);
  };

  const walk = (node: TreeNode | undefined, path: string[], flow: boolean): void => {
    if (!node) return;
    if (node.kind === 'map') {
      const inFlow = flow || node.flow;
      stack.push(node);
      ids.push(nextId++);
      const action = zendeskAction(node, fieldNames);
      for (const { key, value } of node.entries) {
        if (action && value === action.value) {
          if (value.kind === 'scalar') add(value.scalar, action.field, inFlow);
          else if (value.kind === 'seq') {
            for (const item of value.items) {
              if (item.kind === 'scalar' && !/^channel:\w+$/.test(String(item.scalar.value))) add(item.scalar, action.field, inFlow || value.flow);
            }
          }
          continue;
        }
        const keyPath = [...path, key.toLowerCase()];
        if (key !== DISABLE_KEY && matchesField(keyPath, matchers)) {
          if (value.kind === 'scalar') { add(value.scalar, key, inFlow); continue; }
          if (value.kind === 'seq' && value.items.every((i) => i.kind === 'scalar')) {
            for (const item of value.items) add((item as { scalar: ScalarLike }).scalar, key, inFlow || value.flow);
            continue;
          }
        }
        walk(value, keyPath, inFlow);
      }
      stack.pop();
      ids.pop();
    } else if (node.kind === 'seq') {
      for (const item of node.items) walk(item, path, flow || node.flow);
    }
  };
  walk(root ?? undefined, [], false);
  return { found, notices: [...new Set(notices)] };
}

/** The id of the nearest enclosing object that has a title-like key (else the outermost object). */
function macroOf(stack: readonly MapNode[], ids: readonly number[]): number | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (!isAction(stack[i]!) && stack[i]!.entries.some((e) => TITLE_KEYS.includes(e.key))) return ids[i];
  }
  return ids[0];
}

/** A macro's action (Zendesk {field, value}, Gorgias {name, arguments}): its name is not the macro's title. */
function isAction(map: MapNode): boolean {
  const keys = new Set(map.entries.map((e) => e.key));
  return keys.has('arguments') || (keys.has('field') && keys.has('value'));
}

function get(map: MapNode, key: string): TreeNode | undefined {
  for (const e of map.entries) if (e.key === key) return e.value;
  return undefined;
}

/** A Zendesk macro action whose "field" names a reply field: its "value" node is the reply. */
function zendeskAction(map: MapNode, fieldNames: ReadonlySet<string>): { field: string; value: TreeNode } | undefined {
  const field = get(map, 'field');
  if (field?.kind !== 'scalar' || typeof field.scalar.value !== 'string') return undefined;
  const name = field.scalar.value.toLowerCase();
  if (!fieldNames.has(name)) return undefined;
  const value = get(map, 'value');
  return value ? { field: name, value } : undefined;
}

/** The nearest enclosing object's title, name, subject or id. */
function titleFor(stack: readonly MapNode[], reply: ScalarLike): string | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (isAction(stack[i]!)) continue;
    for (const key of TITLE_KEYS) {
      const v = get(stack[i]!, key);
      if (v?.kind !== 'scalar' || v.scalar === reply) continue;
      if (typeof v.scalar.value !== 'string' && typeof v.scalar.value !== 'number') continue;
      const t = String(v.scalar.value).replace(/\s+/g, ' ').trim();
      if (t) return t;
    }
  }
  return undefined;
}

/** Rules switched off by "complaintlint-disable" keys on the enclosing objects; true: the whole macro. */
function disabledFor(stack: readonly MapNode[], notices: string[]): string[] | true {
  const rules: string[] = [];
  for (const map of stack) {
    const v = get(map, DISABLE_KEY);
    if (v === undefined) continue;
    if (v.kind === 'scalar' && v.scalar.value === true) return true;
    if (v.kind === 'scalar' && typeof v.scalar.value === 'string') rules.push(...v.scalar.value.split(/[\s,]+/).filter(Boolean));
    else if (v.kind === 'seq' && v.items.every((i) => i.kind === 'scalar' && typeof i.scalar.value === 'string')) {
      rules.push(...v.items.map((i) => String((i as { scalar: ScalarLike }).scalar.value)));
    } else notices.push(`"${DISABLE_KEY}" must be a rule id, a list of rule ids, or true; ignored`);
  }
  return [...new Set(rules)];
}
