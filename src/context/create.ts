// The reply's context as rules see it: the customer's message prepared like a reply (same sentence
// splitter, same lazy parse), earlier turns prepared on first use. @handles and links are blanked in
// the copies the rules read (same length): on social channels they are addresses, not words.
import type { ContextSource, Reply, ReplyContext, ThreadInput, Turn } from '../types.js';

/** Context texts longer than this are cut (a pasted thread can be huge; the rules need the latest words). */
export const MAX_CONTEXT_CHARS = 20_000;
/** At most this many earlier turns are kept (the most recent). */
export const MAX_EARLIER_TURNS = 50;

const HANDLE_OR_LINK = /(?<![\w@.])@\w{1,40}|\bhttps?:\/\/\S{1,2000}|\bwww\.\S{1,2000}/g;

/** @handles and links as spaces (same length). */
export function blankHandles(text: string): string {
  return text.replace(HANDLE_OR_LINK, (m) => ' '.repeat(m.length));
}

/** `prepare` prepares a message like a reply (passed in: this module does not import the engine). */
export function createContext(thread: ThreadInput, source: ContextSource, prepare: (text: string) => Reply): ReplyContext {
  return new PreparedContext(thread, source, prepare);
}

// A class for the reason engine/prepare.ts gives: an object literal with getters would be a hidden class of
// its own for every reply that has a context.
class PreparedContext implements ReplyContext {
  readonly earlier: Turn[];
  readonly customerName?: string;
  private messageMemo: Reply | undefined = undefined;
  private earlierCustomerMemo: Reply[] | undefined = undefined;
  private earlierAgentMemo: Reply[] | undefined = undefined;

  constructor(readonly input: ThreadInput, readonly source: ContextSource, private readonly prepare: (text: string) => Reply) {
    this.earlier = (input.earlier ?? []).slice(-MAX_EARLIER_TURNS).map((t) => ({ from: t.from, text: cut(t.text) }));
    if (input.customerName) this.customerName = input.customerName;
  }

  get message(): Reply {
    return (this.messageMemo ??= this.prep(this.input.customer));
  }

  get earlierCustomer(): Reply[] {
    return (this.earlierCustomerMemo ??= this.earlier.filter((t) => t.from === 'customer').map((t) => this.prep(t.text)));
  }

  get earlierAgent(): Reply[] {
    return (this.earlierAgentMemo ??= this.earlier.filter((t) => t.from === 'agent').map((t) => this.prep(t.text)));
  }

  private prep(text: string): Reply {
    return this.prepare(blankHandles(cut(text)));
  }
}

/** The last MAX_CONTEXT_CHARS characters (the end of a long message is what the reply answers). */
function cut(text: string): string {
  return text.length > MAX_CONTEXT_CHARS ? text.slice(text.length - MAX_CONTEXT_CHARS) : text;
}
