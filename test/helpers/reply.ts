// A prepared Reply for unit tests of rule grammar (what a rule's check() receives).
import { prepareReply } from '../../src/engine/prepare.js';
import { compilePlaceholders, DEFAULT_PLACEHOLDERS } from '../../src/platforms/placeholders.js';
import type { Channel, Reply, ReplyKind } from '../../src/types.js';

const placeholders = compilePlaceholders(DEFAULT_PLACEHOLDERS);

export function reply(text: string, opts: { kind?: ReplyKind; channel?: Channel } = {}): Reply {
  return prepareReply(text, { kind: opts.kind ?? 'complaint', channel: opts.channel ?? 'email', placeholders });
}
