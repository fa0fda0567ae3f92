// Replies and contexts are built the same way for every reply: one class each, plain data on the object and
// behaviour on the prototype. An object literal with getters made every reply its own hidden class (the
// rules' reads of reply.text, reply.sentences ... went megamorphic) and kept each reply's data alive through
// young-generation collections; these checks fail if that shape comes back.
import { describe, expect, it } from 'vitest';
import { prepareReply } from '../../src/engine/prepare.js';
import { compilePlaceholders, DEFAULT_PLACEHOLDERS } from '../../src/platforms/placeholders.js';

const placeholders = compilePlaceholders(DEFAULT_PLACEHOLDERS);
const prep = (text: string, context?: string) => prepareReply(text, { kind: 'complaint', channel: 'email', placeholders, ...(context ? { context: { customer: context } } : {}) });

/** Own accessors (getters, setters): none may be per object. */
const ownAccessors = (o: object) => Object.getOwnPropertyNames(o).filter((k) => {
  const d = Object.getOwnPropertyDescriptor(o, k)!;
  return d.get !== undefined || d.set !== undefined;
});

describe('a prepared reply', () => {
  it('keeps its data on itself and its behaviour on one shared prototype', () => {
    const a = prep('Hi {{ticket.requester.first_name}},\n\nSorry the parcel is late. It ships today.\n');
    const b = prep('Thanks!', 'Where is my parcel?');
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
    expect(Object.getPrototypeOf(a)).not.toBe(Object.prototype);
    expect(ownAccessors(a)).toEqual([]);
    expect(ownAccessors(b)).toEqual([]);
    for (const method of ['parse', 'mayTag', 'inPlaceholder', 'inQuoted', 'words', 'context']) expect(Object.hasOwn(a, method), method).toBe(false);
    expect(Object.getOwnPropertyNames(a)).toEqual(Object.getOwnPropertyNames(b));
  });

  it('answers as before: words, context, placeholders, the tagging budget', () => {
    const a = prep('Hi {{ticket.requester.first_name}},\n\nSorry the parcel is late.\n', 'My parcel never came!');
    expect(a.words.has('parcel')).toBe(true);
    expect(a.words).toBe(a.words);
    expect(a.inPlaceholder(3, 5)).toBe(true);
    expect(a.inPlaceholder(0, 2)).toBe(false);
    expect(a.mayTag(a.sentences[0]!)).toBe(true);
    const context = a.context!;
    expect(context).toBe(a.context);
    expect(context.message.text).toBe('My parcel never came!');
    expect(context.message).toBe(context.message);
    expect(context.earlierCustomer).toEqual([]);
    expect(ownAccessors(context)).toEqual([]);
    for (const name of ['message', 'earlierCustomer', 'earlierAgent']) expect(Object.hasOwn(context, name), name).toBe(false);
    expect(Object.getPrototypeOf(context)).toBe(Object.getPrototypeOf(prep('Ok.', 'Hello?').context));
    expect(prep('No context here.').context).toBeUndefined();
  });
});
