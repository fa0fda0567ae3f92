// The conversation as callers give it (a string, or { customer, earlier }), checked and normalized to a
// ThreadInput. Speaker names vary by source (help-desk exports say "requester" or "end-user", chat logs
// "user" and "assistant"); they are read as customer or agent, anything else is not a turn we know.
import type { ThreadInput, Turn } from '../types.js';

const CUSTOMER = new Set(['customer', 'user', 'client', 'requester', 'end-user', 'enduser', 'end_user', 'contact', 'caller', 'guest', 'buyer', 'member', 'inbound', 'them']);
const AGENT = new Set(['agent', 'company', 'support', 'assistant', 'brand', 'staff', 'rep', 'representative', 'operator', 'us', 'we', 'outbound', 'business', 'admin', 'bot', 'advisor', 'adviser']);

/** "customer" | "agent" for a speaker label, undefined when it names neither. */
export function speakerOf(label: unknown): Turn['from'] | undefined {
  if (typeof label !== 'string') return undefined;
  const l = label.trim().toLowerCase();
  if (CUSTOMER.has(l)) return 'customer';
  if (AGENT.has(l)) return 'agent';
  return undefined;
}

export class ContextInputError extends Error {}

/**
 * A context as the API and MCP accept it: the customer's message as a string, or
 * { customer, earlier?: [{ from, text }], customerName? }. Throws a ContextInputError naming the problem.
 */
export function toThreadInput(value: unknown): ThreadInput | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() ? { customer: value } : undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ContextInputError('context must be the customer\'s message (a string) or { customer, earlier }');
  const v = value as Record<string, unknown>;
  if (typeof v.customer !== 'string') throw new ContextInputError('context.customer must be a string (the customer\'s message)');
  const thread: ThreadInput = { customer: v.customer };
  if (v.earlier !== undefined) {
    if (!Array.isArray(v.earlier)) throw new ContextInputError('context.earlier must be a list of { from, text } turns');
    thread.earlier = v.earlier.map((t, i) => {
      const from = speakerOf((t as Turn)?.from);
      if (!from || typeof (t as Turn).text !== 'string') throw new ContextInputError(`context.earlier[${i}] must be { from: "customer" | "agent", text: string }`);
      return { from, text: (t as Turn).text };
    });
  }
  if (typeof v.customerName === 'string' && v.customerName.trim()) thread.customerName = v.customerName.trim();
  return thread;
}
