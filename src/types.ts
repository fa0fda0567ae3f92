// The shared shapes: what a rule sees, what it reports, and what a lint run returns.
// Everything else in the project (engine, formats, formatters, CLI) speaks these types.

export type Severity = 'off' | 'info' | 'warn' | 'error';
/** ESLint numbers: 2 error, 1 warning. 0 is used for `info` (shown only with --verbose). */
export type SeverityLevel = 0 | 1 | 2;

export type ReplyKind = 'complaint' | 'general';
export type Channel = 'email' | 'chat' | 'social' | 'phone';
export const KINDS: readonly ReplyKind[] = ['complaint', 'general'];
export const CHANNELS: readonly Channel[] = ['email', 'chat', 'social', 'phone'];

export type ChecklistItem = 'acknowledge' | 'apologize' | 'fix' | 'urgency' | 'verify' | 'contact';
export const CHECKLIST_ITEMS: readonly ChecklistItem[] = ['acknowledge', 'apologize', 'fix', 'urgency', 'verify', 'contact'];

/** A sentence of a reply, with offsets into the reply text. */
export interface Sentence {
  index: number;
  /** Prepared text of the sentence (placeholders masked, quotes straightened). */
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) the sentence is in. */
  paragraph: number;
  /** Ends with a question mark. */
  isQuestion: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export interface Placeholder extends Span {
  text: string;
}

/**
 * Quoted text inside a reply (an email's quoted history, a blockquote): the customer's words, not the
 * agent's. Level 0 is a reply header ("On Mon, Maria wrote:", "-----Original Message-----"); level 1
 * is the message being answered; deeper levels are older messages quoted inside it.
 */
export interface QuotedSpan extends Span {
  level: number;
}

/** One earlier message of a conversation. */
export interface Turn {
  from: 'customer' | 'agent';
  text: string;
}

/**
 * The conversation a reply answers, as given on the command line (--context), in a thread file, by the
 * API (`lintText(reply, { context })`) or over MCP: the customer's latest message and earlier turns.
 */
export interface ThreadInput {
  customer: string;
  /** Earlier turns, oldest first. */
  earlier?: Turn[];
  /** The customer's name when the thread says it (an email's "On ..., Maria wrote:" header). */
  customerName?: string;
}

/** Where a reply's context came from. */
export type ContextSource = 'option' | 'thread' | 'quote';

/** What rules see of the conversation: the customer's message prepared like a reply, parsed lazily. */
export interface ReplyContext {
  readonly source: ContextSource;
  /** The conversation as given (for display; rules read `message` and `earlier`). */
  readonly input: ThreadInput;
  /** The customer's latest message (kind general), with sentences and a lazy parse like any reply. */
  readonly message: Reply;
  /** Earlier turns, oldest first, as given. */
  readonly earlier: readonly Turn[];
  /** The earlier customer turns, prepared (on first use). */
  readonly earlierCustomer: readonly Reply[];
  /** The earlier agent turns, prepared (on first use). */
  readonly earlierAgent: readonly Reply[];
  readonly customerName?: string;
}

/** The compromise document type, kept loose so rules don't depend on compromise's typings. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NlpDoc = any;

/** What a rule sees: one reply, prepared and (lazily) parsed. */
export interface Reply {
  /** The original reply text (after extraction from its file format). */
  readonly source: string;
  /** The prepared text: same length as `source`, placeholders masked, curly quotes straightened. */
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Span[];
  readonly placeholders: readonly Placeholder[];
  readonly kind: ReplyKind;
  readonly channel: Channel;
  readonly title?: string;
  /** Number of words (placeholders count as one word). */
  readonly wordCount: number;
  /**
   * The NLP parse of one sentence (compromise), parsed on first use and shared by every rule.
   * Rules ask for the sentences their cheap lexical checks selected, so most sentences are never tagged.
   */
  parse(sentence: Sentence): NlpDoc;
  /** True when [start, end) overlaps a template placeholder. */
  inPlaceholder(start: number, end: number): boolean;
  /** Quoted text (masked out of `text`, kept here as the customer's message): never linted or fixed. */
  readonly quoted: readonly QuotedSpan[];
  /** True when [start, end) overlaps quoted text. */
  inQuoted(start: number, end: number): boolean;
  /**
   * The conversation the reply answers (from --context, a thread file, quoted history, the API or
   * MCP), prepared on first use; undefined when none was given. Context rules read it.
   */
  readonly context?: ReplyContext;
}

export interface Suggestion {
  desc: string;
  /** A concrete replacement, when the suggestion can be applied as-is. */
  fix?: { start: number; end: number; text: string };
}

/** What a rule passes to `context.report`. Offsets are into the reply text. */
export interface ReportDescriptor {
  message: string;
  start: number;
  end: number;
  /** Optional stable id of the message kind (e.g. public-channel's `asks-private-details`). */
  messageId?: string;
  suggestions?: Suggestion[];
  fix?: { start: number; end: number; text: string };
}

export interface RuleContext<O = Record<string, unknown>> {
  readonly ruleId: string;
  readonly options: O;
  report(descriptor: ReportDescriptor): void;
}

export type OptionType = 'boolean' | 'number' | 'string' | 'string[]' | 'record';

export interface OptionSpec {
  type: OptionType;
  default: unknown;
  description: string;
}

export interface RuleMeta {
  id: string;
  description: string;
  /** phrase: flags spans; structure: checks a complaint reply's shape; context: reads the customer's message (silent without one). */
  family: 'phrase' | 'structure' | 'context';
  defaultSeverity: Severity;
  fixable: boolean;
  docs: {
    /** Why the rule exists, in our own words. */
    why: string;
    /** Seed articles (shared/seeds) the advice comes from, e.g. "003 Avoid being passive-aggressive". */
    seeds: string[];
    url?: string;
  };
  examples: { bad: string[]; good: string[] };
  options?: Record<string, OptionSpec>;
  /** A short name for checklist lines ("Answers", "Tone"): context rules show as one in the reply's "In context" line. */
  label?: string;
  /** Structure rules: the checklist item the rule stands for. */
  checklist?: ChecklistItem | 'prevent' | 'involve';
  /** Only run on these channels (e.g. public-channel on social). */
  channels?: Channel[];
  /** The channel/kind examples are written for, when the rule needs one (used by example tests). */
  exampleSettings?: { kind?: ReplyKind; channel?: Channel };
}

export interface Rule<O = any> {
  meta: RuleMeta;
  check(reply: Reply, context: RuleContext<O>): void;
}

/** A message in the ESLint results shape (1-based line/column into the original file). */
export interface LintMessage {
  ruleId: string | null;
  severity: SeverityLevel;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId?: string;
  fix?: { range: [number, number]; text: string };
  suggestions?: Array<{ desc: string; fix?: { range: [number, number]; text: string } }>;
  fatal?: boolean;
  /** Index into the result's `replies`. */
  reply?: number;
}

export type Checklist = Record<ChecklistItem, boolean>;

export interface ReplyInfo {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  kind: ReplyKind;
  channel: Channel;
  title?: string;
  words: number;
  /** Present for complaint replies long enough for the structure rules. */
  checklist?: Checklist;
  /** Present when the reply was linted against the customer's message. */
  context?: ReplyContextInfo;
}

/** What output shows of a reply's context: the customer's message and how the context rules judged the reply. */
export interface ReplyContextInfo {
  source: ContextSource;
  /** The customer's message (long messages are cut, marked with "…"). */
  customer: string;
  /** Number of earlier turns. */
  earlier: number;
  /** Each context rule that ran: true when the reply passed it. */
  checks: Record<string, boolean>;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: Array<LintMessage & { suppressions: Array<{ kind: 'directive'; justification: string }> }>;
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: never[];
  replies: ReplyInfo[];
  /** The fixed file text, when --fix/--fix-dry-run changed something. */
  output?: string;
  source?: string;
}
