// The shared shapes: what a rule sees, what it reports, and what a lint run returns.
// Everything else in the project (engine, formats, formatters, CLI) speaks these types.
import type { PlatformName } from './platforms/types.js';

export type Severity = 'off' | 'info' | 'warn' | 'error';
/** ESLint numbers: 2 error, 1 warning. 0 is used for `info` (shown only with --verbose). */
export type SeverityLevel = 0 | 1 | 2;

export type ReplyKind = 'complaint' | 'general';
export type Channel = 'email' | 'chat' | 'social' | 'phone' | 'sms';
export const KINDS: readonly ReplyKind[] = ['complaint', 'general'];
export const CHANNELS: readonly Channel[] = ['email', 'chat', 'social', 'phone', 'sms'];

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
export type NlpDoc = any;

/**
 * The words of a reply (lower-case, contractions also read as their parts) and a few shape features
 * (#caps, #bang, #question, #digit), for trigger checks: `has("sorry")`, `has("apolog*")`, `has("#caps")`.
 */
export interface WordIndex {
  has(word: string): boolean;
  /** Distinct lower-case words, in first-seen order (features excluded). */
  readonly words: readonly string[];
  /** Everything `has` answers true for without a prefix: words, contraction parts, ASCII runs, "a b" pairs of adjacent words, #features. */
  readonly keys?: ReadonlySet<string>;
}

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
  /** The help desk whose placeholders the reply uses ('none' when unknown). */
  readonly platform: PlatformName;
  readonly title?: string;
  /** Number of words (placeholders count as one word). */
  readonly wordCount: number;
  /** The reply's words, built once on first use: the trigger index phrase tables and rules consult. */
  readonly words: WordIndex;
  /**
   * The NLP parse of one sentence (compromise), parsed on first use and shared by every rule.
   * Rules ask for the sentences their cheap lexical checks selected, so most sentences are never tagged.
   */
  parse(sentence: Sentence): NlpDoc;
  /**
   * Whether `parse` tags this sentence: true unless the reply's tagging budget (nlp/tag-budget.ts) ran out before
   * the sentence was first asked for, which only a hostile text reaches. Past the budget `parse` gives an empty
   * document; a rule whose answer would then be wrong (a fix chosen by grammar) asks here first.
   */
  mayTag(sentence: Sentence): boolean;
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
  /** The message; may be left out when `messageId` names one of the rule's `meta.messages`. */
  message?: string;
  start: number;
  end: number;
  /** Optional stable id of the message kind (e.g. public-channel's `asks-private-details`). */
  messageId?: string;
  /** Values for the `{{name}}` placeholders of the message named by `messageId`. */
  data?: Record<string, string>;
  suggestions?: Suggestion[];
  fix?: { start: number; end: number; text: string };
}

export interface RuleContext<O = Record<string, unknown>> {
  readonly ruleId: string;
  readonly options: O;
  report(descriptor: ReportDescriptor): void;
  /**
   * Hands plain data (JSON-safe) about this reply to the rule's `repository` step, which sees the data of
   * every reply in the run (cross-file checks such as duplicate-macro). Kept only where the rule is on.
   */
  collect?(data: unknown): void;
}

/** One reply's collected data in the repository step, with where the reply is. */
export interface RepositoryItem<D = unknown> {
  data: D;
  /** The file, relative to the working directory when it is inside it. */
  file: string;
  line: number;
  column: number;
  title?: string;
  /** Replies of one macro share this (a macro's body and body_html are not duplicates of each other). */
  macro?: number;
}

export type OptionType = 'boolean' | 'number' | 'string' | 'string[]' | 'record' | 'numbers';

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
  /** Messages by id, with `{{name}}` placeholders filled from a report's `data`. */
  messages?: Record<string, string>;
  /**
   * Words one of which must be in a reply for the rule to run at all (see WordIndex); a rule without
   * triggers runs on every reply. Phrase-table rules derive theirs from their entries.
   */
  triggers?: readonly string[];
  /** Only run on these channels (e.g. public-channel on social). */
  channels?: Channel[];
  /** The channel/kind examples are written for, when the rule needs one (used by example tests). */
  exampleSettings?: { kind?: ReplyKind; channel?: Channel; platform?: PlatformName; filename?: string };
  /**
   * Macro-hygiene rules: a preset turns them on only for replies whose platform is known (set or
   * detected); config or --rule turns them on everywhere.
   */
  needsPlatform?: boolean;
  /**
   * Only run on replies in these languages ('en': the reply looks English); without it the rule runs on
   * any language. Rules built on English phrasing and grammar say ['en'].
   */
  languages?: string[];
}

export interface Rule<O = any> {
  meta: RuleMeta;
  check(reply: Reply, context: RuleContext<O>): void;
  /**
   * Repository rules: runs once after every file was linted, over what `check` collected from each
   * reply; `report(item, message)` reports at that reply (its first line).
   */
  repository?(items: ReadonlyArray<RepositoryItem>, report: (item: RepositoryItem, message: string) => void): void;
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
  /** The flagged words as the file has them (phrase rules; at most 200 characters, then "…"). */
  match?: string;
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

/** One change a fix made: the rule, where (1-based, in the text that pass fixed) and the text before and after. */
export interface AppliedFix {
  ruleId: string | null;
  line: number;
  column: number;
  before: string;
  after: string;
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
  /** With --baseline: how many of this file's findings the baseline accounted for (dropped from messages). */
  suppressedByBaseline?: number;
  /** What --fix/--fix-dry-run changed, pass by pass (positions in the text each pass saw). */
  /** With `output`: sha256 of the text it was made from, so --fix writes only over that text (not over a file changed since). */
  fixedFrom?: string;
  appliedFixes?: AppliedFix[];
  source?: string;
  /** The help desk the file was linted for, when known (configured or detected). */
  platform?: string;
  /** Data collected for repository rules (removed once the repository step ran). */
  collected?: CollectedData[];
}

/** What a rule's check collected from one reply, with the reply's place (file coordinates). */
export interface CollectedData {
  ruleId: string;
  severity: SeverityLevel;
  reply: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  title?: string;
  macro?: number;
  data: unknown;
}
