// The MCP tools' logic, apart from the transport (src/mcp/server.ts): each tool is data (name, schemas,
// annotations) plus a handler. A new input goes into the tool's inputSchema and its handler; the schema
// is what clients see and what arguments are checked against (src/mcp/check-args.ts).
import { CHANNELS, KINDS, type Channel, type LintMessage, type ReplyKind, type ThreadInput, type Turn } from '../types.js';
import type { JsonSchema } from './check-args.js';
import { ConfigLoader, type LoaderOptions } from '../config/load.js';
import { lintText } from '../api.js';
import { LineIndex } from '../core/text.js';
import { explainRule } from '../cli/discovery.js';

const SEVERITY = { 0: 'info', 1: 'warning', 2: 'error' } as const;

export interface ToolResult {
  content: Array<{ type: 'text'; text: string }>;
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

export interface Tool {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  annotations: Record<string, boolean>;
  run(args: Record<string, unknown>): Promise<ToolResult>;
}

const replyInput: JsonSchema = {
  type: 'object',
  properties: {
    text: { type: 'string', description: 'The reply text to check (plain text or Markdown).' },
    kind: {
      type: 'string', enum: [...KINDS],
      description: '"complaint" also checks the reply checklist (acknowledge, apologize, fix, urgency, verify, contact); "general" checks phrasing only. Default: the project config.',
    },
    channel: { type: 'string', enum: [...CHANNELS], description: 'Where the reply is sent: email, chat, social (public) or phone. Default: the project config.' },
    customer_message: {
      type: 'string',
      description: "The customer's message the reply answers. Turns on the context checks: unanswered questions, details asked again, a missed acknowledgement, tone, the customer's name.",
    },
    earlier: {
      type: 'array',
      description: 'Earlier messages of the conversation, oldest first (with customer_message).',
      items: { type: 'object', properties: { from: { type: 'string', enum: ['customer', 'agent'] }, text: { type: 'string' } }, required: ['from', 'text'] },
    },
  },
  required: ['text'],
};

const messageSchema: JsonSchema = {
  type: 'object',
  properties: {
    ruleId: { type: ['string', 'null'] },
    severity: { type: 'string', enum: ['error', 'warning', 'info'] },
    message: { type: 'string' },
    line: { type: 'number' },
    column: { type: 'number' },
    endLine: { type: 'number' },
    endColumn: { type: 'number' },
    text: { type: 'string', description: 'The flagged words ("" for a rule about the reply as a whole, whose span is the reply).' },
    fix: { type: 'string', description: 'The replacement the automatic fix writes.' },
    suggestions: { type: 'array', items: { type: 'object', properties: { desc: { type: 'string' }, replacement: { type: 'string' } }, required: ['desc'] } },
  },
  required: ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'text', 'suggestions'],
};

const lintOutput: JsonSchema = {
  type: 'object',
  properties: {
    messages: { type: 'array', items: messageSchema },
    errorCount: { type: 'number' },
    warningCount: { type: 'number' },
    checklist: {
      type: ['object', 'null'], additionalProperties: { type: 'boolean' },
      description: 'For complaint replies long enough to judge: which parts of a good complaint reply are present.',
    },
    missing: { type: 'array', items: { type: 'string' }, description: 'Checklist items that are missing.' },
    context: {
      type: ['object', 'null'], additionalProperties: { type: 'boolean' },
      description: 'With customer_message: each context check (rule id) and whether the reply passed it.',
    },
  },
  required: ['messages', 'errorCount', 'warningCount', 'checklist', 'missing', 'context'],
};

const fixOutput: JsonSchema = {
  type: 'object',
  properties: {
    fixed: { type: 'string', description: 'The reply with every automatic fix applied.' },
    changed: { type: 'boolean' },
    changes: {
      type: 'array',
      items: {
        type: 'object',
        properties: { ruleId: { type: ['string', 'null'] }, before: { type: 'string' }, after: { type: 'string' }, line: { type: 'number' }, column: { type: 'number' } },
        required: ['ruleId', 'before', 'after', 'line', 'column'],
      },
    },
    remaining: { type: 'array', items: messageSchema, description: 'Problems the fixes did not solve (they need a rewrite).' },
  },
  required: ['fixed', 'changed', 'changes', 'remaining'],
};

export interface ReplyArgs {
  text: string;
  kind?: ReplyKind;
  channel?: Channel;
  customer_message?: string;
  earlier?: Turn[];
}

/** The conversation the tools were given, in the API's shape. */
const contextOf = (a: ReplyArgs): ThreadInput | undefined =>
  a.customer_message?.trim() ? { customer: a.customer_message, earlier: a.earlier } : undefined;

/** The tools, bound to one project's config. */
export function createTools(loaderOptions: LoaderOptions): Tool[] {
  const loader = new ConfigLoader(loaderOptions);
  const structural = async (): Promise<Set<string>> => {
    const config = await loader.forFile(`${loader.cwd}/__mcp__.txt`);
    return new Set([...config.ruleSet.values()].filter((r) => r.meta.family === 'structure').map((r) => r.meta.id));
  };
  const asResult = (value: Record<string, unknown>): ToolResult => ({ content: [{ type: 'text', text: JSON.stringify(value, null, 2) }], structuredContent: value });

  return [
    {
      name: 'lint_reply',
      title: 'Check a customer-service reply',
      description: 'Lints a drafted reply. Returns each problem (rule, message, position, the flagged words, suggested replacements) and, for complaint replies, the checklist of what a good reply contains.',
      inputSchema: replyInput,
      outputSchema: lintOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
      async run(args) {
        const a = args as unknown as ReplyArgs;
        const { text, kind, channel } = a;
        const [result] = await lintText(text, { loader, kind, channel, context: contextOf(a) });
        const checklist = result!.replies.find((r) => r.checklist)?.checklist ?? null;
        return asResult({
          messages: toMessages(result!.messages, text, await structural()),
          errorCount: result!.errorCount,
          warningCount: result!.warningCount,
          checklist,
          missing: checklist ? Object.entries(checklist).filter(([, ok]) => !ok).map(([k]) => k) : [],
          context: result!.replies.find((r) => r.context)?.context?.checks ?? null,
        });
      },
    },
    {
      name: 'fix_reply',
      title: 'Apply safe fixes to a reply',
      description: 'Applies every automatic fix to a drafted reply (the same fixes as complaintlint --fix) and returns the fixed text, what changed (before/after), and the problems that still need a rewrite.',
      inputSchema: replyInput,
      outputSchema: fixOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
      async run(args) {
        const a = args as unknown as ReplyArgs;
        const { text, kind, channel } = a;
        const [result] = await lintText(text, { loader, kind, channel, context: contextOf(a), fix: true });
        const fixed = result!.output ?? text;
        const changes = (result!.appliedFixes ?? []).map(({ ruleId, before, after, line, column }) => ({ ruleId, before, after, line, column }));
        return asResult({ fixed, changed: fixed !== text, changes, remaining: toMessages(result!.messages, fixed, await structural()) });
      },
    },
    {
      name: 'explain_rule',
      title: 'Explain a complaintlint rule',
      description: 'Explains why a rule exists, where the advice comes from, and shows bad and good examples.',
      inputSchema: { type: 'object', properties: { rule: { type: 'string', description: 'A rule ID, e.g. "non-apology" or "acme/no-discount-codes".' } }, required: ['rule'] },
      annotations: { readOnlyHint: true, openWorldHint: false },
      async run(args) {
        const rule = String(args.rule);
        const config = await loader.forFile(`${loader.cwd}/__explain__.txt`);
        const found = config.ruleSet.get(rule.trim());
        if (!found) {
          const ids = [...config.ruleSet.keys()].sort();
          return { isError: true, content: [{ type: 'text', text: `Unknown rule "${rule}". Rules: ${ids.join(', ')}` }] };
        }
        return { content: [{ type: 'text', text: explainRule(found, config) }] };
      },
    },
  ];
}

/** Messages for agents, with the flagged words. One line index for all of them: linear in text + findings. */
function toMessages(messages: readonly LintMessage[], text: string, structural: ReadonlySet<string>) {
  const lines = new LineIndex(text);
  return messages.map((m) => {
    const whole = m.ruleId !== null && structural.has(m.ruleId);
    const out: Record<string, unknown> = {
      ruleId: m.ruleId,
      severity: SEVERITY[m.severity],
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      text: whole ? '' : text.slice(lines.offset(m.line, m.column), lines.offset(m.endLine, m.endColumn)),
      suggestions: (m.suggestions ?? []).map((s) => (s.fix ? { desc: s.desc, replacement: s.fix.text } : { desc: s.desc })),
    };
    if (m.fix) out.fix = m.fix.text;
    return out;
  });
}
