// `complaintlint --mcp`: a Model Context Protocol server on stdio, so an assistant that drafts replies
// can check them. Tools: lint_reply, fix_reply, explain_rule. The SDK is imported only here, and this
// module only for --mcp. stdout carries the protocol alone; nothing else may print to it.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { CHANNELS, KINDS, type Channel, type LintMessage, type LintResult, type ReplyKind, type Rule, type ThreadInput, type Turn } from '../types.js';
import { ConfigLoader, type LoaderOptions } from '../config/load.js';
import { ConfigError } from '../config/types.js';
import { lintText } from '../api.js';
import { applyFixes } from '../engine/fixes.js';
import { getVersion } from '../version.js';
import { explainRule } from './discovery.js';

const SEVERITY = { 0: 'info', 1: 'warning', 2: 'error' } as const;
const MAX_FIX_PASSES = 10;

const replyInput = {
  text: z.string().describe('The reply text to check (plain text or Markdown).'),
  kind: z.enum(KINDS as [ReplyKind, ...ReplyKind[]]).optional()
    .describe('"complaint" also checks the reply checklist (acknowledge, apologize, fix, urgency, verify, contact); "general" checks phrasing only. Default: the project config.'),
  channel: z.enum(CHANNELS as [Channel, ...Channel[]]).optional()
    .describe('Where the reply is sent: email, chat, social (public) or phone. Default: the project config.'),
  customer_message: z.string().optional()
    .describe("The customer's message the reply answers. Turns on the context checks: unanswered questions, details asked again, a missed acknowledgement, tone, the customer's name."),
  earlier: z.array(z.object({ from: z.enum(['customer', 'agent']), text: z.string() })).optional()
    .describe('Earlier messages of the conversation, oldest first (with customer_message).'),
};

type ReplyArgs = { text: string; kind?: ReplyKind; channel?: Channel; customer_message?: string; earlier?: Turn[] };

/** The context the tools were given, in the API's shape. */
const contextOf = (a: ReplyArgs): ThreadInput | undefined =>
  a.customer_message?.trim() ? { customer: a.customer_message, earlier: a.earlier } : undefined;

const messageShape = z.object({
  ruleId: z.string().nullable(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: z.number(),
  column: z.number(),
  endLine: z.number(),
  endColumn: z.number(),
  text: z.string().describe('The flagged words.'),
  fix: z.string().optional().describe('The replacement the automatic fix writes.'),
  suggestions: z.array(z.object({ desc: z.string(), replacement: z.string().optional() })),
});

const lintOutput = {
  messages: z.array(messageShape),
  errorCount: z.number(),
  warningCount: z.number(),
  checklist: z.record(z.string(), z.boolean()).nullable()
    .describe('For complaint replies long enough to judge: which parts of a good complaint reply are present.'),
  missing: z.array(z.string()).describe('Checklist items that are missing.'),
  context: z.record(z.string(), z.boolean()).nullable()
    .describe("With customer_message: each context check (rule id) and whether the reply passed it."),
};

const fixOutput = {
  fixed: z.string().describe('The reply with every automatic fix applied.'),
  changed: z.boolean(),
  changes: z.array(z.object({ ruleId: z.string().nullable(), before: z.string(), after: z.string(), line: z.number(), column: z.number() })),
  remaining: z.array(messageShape).describe('Problems the fixes did not solve (they need a rewrite).'),
};

export interface McpHandlers {
  lintReply(args: ReplyArgs): Promise<z.infer<z.ZodObject<typeof lintOutput>>>;
  fixReply(args: ReplyArgs): Promise<z.infer<z.ZodObject<typeof fixOutput>>>;
  explainRule(args: { rule: string }): Promise<{ text: string; rule?: Rule['meta'] }>;
}

/** The tools' logic, separate from the transport (also used by tests). */
export function createHandlers(loaderOptions: LoaderOptions): McpHandlers {
  const loader = new ConfigLoader(loaderOptions);
  const lint = async (text: string, kind?: ReplyKind, channel?: Channel, context?: ThreadInput): Promise<LintResult> =>
    (await lintText(text, { loader, kind, channel, context }))[0]!;

  return {
    async lintReply(args) {
      const { text, kind, channel } = args;
      const result = await lint(text, kind, channel, contextOf(args));
      const checklist = result.replies.find((r) => r.checklist)?.checklist ?? null;
      return {
        messages: result.messages.map((m) => toMessage(m, text)),
        errorCount: result.errorCount,
        warningCount: result.warningCount,
        checklist,
        missing: checklist ? Object.entries(checklist).filter(([, ok]) => !ok).map(([k]) => k) : [],
        context: result.replies.find((r) => r.context)?.context?.checks ?? null,
      };
    },

    async fixReply(args) {
      const { text, kind, channel } = args;
      const context = contextOf(args);
      // Pass by pass, as --fix does, so every change can be listed with the text it replaced.
      let current = text;
      let result = await lint(current, kind, channel, context);
      const changes: z.infer<typeof fixOutput.changes> = [];
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixable = result.messages.filter((m) => m.fix);
        if (fixable.length === 0) break;
        const { output, applied } = applyFixes(current, fixable.map((m) => m.fix!));
        if (applied.length === 0 || output === current) break;
        for (const m of fixable) {
          if (!applied.includes(m.fix!)) continue;
          changes.push({ ruleId: m.ruleId, before: current.slice(m.fix!.range[0], m.fix!.range[1]), after: m.fix!.text, line: m.line, column: m.column });
        }
        current = output;
        result = await lint(current, kind, channel, context);
      }
      return { fixed: current, changed: current !== text, changes, remaining: result.messages.map((m) => toMessage(m, current)) };
    },

    async explainRule({ rule }) {
      const config = await loader.forFile(`${loader.cwd}/__explain__.txt`);
      const found = config.ruleSet.get(rule.trim());
      if (!found) {
        const ids = [...config.ruleSet.keys()].sort();
        return { text: `Unknown rule "${rule}". Rules: ${ids.join(', ')}` };
      }
      return { text: explainRule(found, config), rule: found.meta };
    },
  };
}

function toMessage(m: LintMessage, text: string): z.infer<typeof messageShape> {
  const starts = lineStarts(text);
  const at = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1;
  const out: z.infer<typeof messageShape> = {
    ruleId: m.ruleId,
    severity: SEVERITY[m.severity],
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    text: text.slice(at(m.line, m.column), at(m.endLine, m.endColumn)),
    suggestions: (m.suggestions ?? []).map((s) => (s.fix ? { desc: s.desc, replacement: s.fix.text } : { desc: s.desc })),
  };
  if (m.fix) out.fix = m.fix.text;
  return out;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1);
    else if (text[i] === '\r' && text[i + 1] !== '\n') starts.push(i + 1);
  }
  return starts;
}

const asText = (value: unknown) => [{ type: 'text' as const, text: JSON.stringify(value, null, 2) }];

function failure(err: unknown) {
  const message = err instanceof ConfigError ? `config error: ${err.message}` : `complaintlint failed: ${(err as Error)?.message ?? err}`;
  return { isError: true, content: [{ type: 'text' as const, text: message }] };
}

/** Runs the server until the client closes stdin. */
export async function serveMcp(loaderOptions: LoaderOptions = {}): Promise<void> {
  const handlers = createHandlers(loaderOptions);
  const server = new McpServer(
    { name: 'complaintlint', version: getVersion() },
    {
      instructions: 'complaintlint checks customer-service replies for phrasings that make complaints worse (non-apologies, ' +
        'blame, deflection, corporate stiffness) and, for complaint replies, whether the reply acknowledges, apologizes, ' +
        'states a fix with a time, checks back and names a contact. Call lint_reply on a draft, fix_reply for safe ' +
        'automatic fixes, and explain_rule to learn why a rule fired.',
    },
  );

  server.registerTool('lint_reply', {
    title: 'Check a customer-service reply',
    description: 'Lints a drafted reply. Returns each problem (rule, message, position, the flagged words, suggested replacements) and, for complaint replies, the checklist of what a good reply contains.',
    inputSchema: replyInput,
    outputSchema: lintOutput,
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, async (args) => {
    try {
      const out = await handlers.lintReply(args);
      return { content: asText(out), structuredContent: out };
    } catch (err) { return failure(err); }
  });

  server.registerTool('fix_reply', {
    title: 'Apply safe fixes to a reply',
    description: 'Applies every automatic fix to a drafted reply and returns the fixed text, what changed (before/after), and the problems that still need a rewrite.',
    inputSchema: replyInput,
    outputSchema: fixOutput,
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, async (args) => {
    try {
      const out = await handlers.fixReply(args);
      return { content: asText(out), structuredContent: out };
    } catch (err) { return failure(err); }
  });

  server.registerTool('explain_rule', {
    title: 'Explain a complaintlint rule',
    description: 'Explains why a rule exists, where the advice comes from, and shows bad and good examples.',
    inputSchema: { rule: z.string().describe('A rule ID, e.g. "non-apology" or "acme/no-discount-codes".') },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, async (args) => {
    try {
      const out = await handlers.explainRule(args);
      return out.rule ? { content: [{ type: 'text' as const, text: out.text }] } : { isError: true, content: [{ type: 'text' as const, text: out.text }] };
    } catch (err) { return failure(err); }
  });

  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => { transport.onclose = () => resolve(); });
  await server.connect(transport);
  // The client ends the session by closing our stdin.
  process.stdin.once('end', () => { void server.close(); });
  await closed;
}
