// Reading placeholders, matching names against a platform's list and patterns.
import { describe, expect, it } from 'vitest';
import { scanTemplate, localNames, tagNames, type TagToken } from '../../src/platforms/template.js';
import { boundedDistance, compileNamePattern, matchesPattern, nameSegments } from '../../src/platforms/names.js';
import { closestNames, getPlatform, knowsName, nameBook, platformsKnowing } from '../../src/platforms/index.js';

describe('scanTemplate', () => {
  it('reads outputs with filters, tags, and broken forms with offsets', () => {
    const t = scanTemplate('Hi {{ first_name | fallback: "there" }}, {% if x %}a{% endif %} {{ticket.id} {a.b}} %{n} {{ }}', { syntax: 'liquid' });
    expect(t.map((x) => x.kind)).toEqual(['output', 'tag', 'tag', 'broken', 'broken', 'foreign', 'broken']);
    const out = t[0]!;
    if (out.kind !== 'output') throw new Error();
    expect(out.name).toBe('first_name');
    expect([out.nameStart, out.nameEnd]).toEqual([6, 16]);
    expect(out.filters).toEqual([{ name: 'fallback', start: 19, end: 27, args: ': "there"' }]);
    expect(t.slice(3).map((x) => (x.kind === 'broken' ? x.problem : x.kind))).toEqual(['half-close', 'half-open', 'foreign', 'empty']);
  });
  it('an opening never closed on its line is broken, and the scan goes on', () => {
    const t = scanTemplate('Hi {{name\nThen {{ok}}', { syntax: 'liquid' });
    expect(t.map((x) => (x.kind === 'broken' ? `${x.problem}@${x.start}` : `${x.kind}@${x.start}`))).toEqual(['unclosed@3', 'output@15']);
  });
  it('reads Help Scout variables with and without fallback', () => {
    const t = scanTemplate('Hi {%customer.firstName,fallback=there%} {%user.fullName%}', { syntax: 'helpscout' });
    expect(t.map((x) => (x.kind === 'helpscout' ? [x.name, x.fallback] : x.kind))).toEqual([['customer.firstName', 'there'], ['user.fullName', undefined]]);
  });
  it('is linear on hostile input (every opening looks ahead one line at most)', () => {
    const text = '{{'.repeat(50_000) + '{%'.repeat(50_000);
    expect(scanTemplate(text, { syntax: 'liquid' }).length).toBe(100_000);
  });
  it('knows the names a template binds and the names its tags read', () => {
    const t = scanTemplate('{% for c in ticket.comments %}{% assign n = c.author %}{% if n.name contains "x" %}', { syntax: 'liquid' });
    expect([...localNames(t)].sort()).toEqual(['c', 'forloop', 'n', 'tablerowloop']);
    expect(tagNames(t[0] as TagToken).map((n) => n.name)).toEqual(['ticket.comments']);
    expect(tagNames(t[2] as TagToken).map((n) => n.name)).toEqual(['n.name']);
  });
});

describe('names', () => {
  it('splits paths with indexes', () => {
    expect(nameSegments('ticket.messages[-1].body_text')).toEqual(['ticket', 'messages', '#', 'body_text']);
    expect(nameSegments('a["b"].c')).toEqual(['a', 'b', 'c']);
  });
  it('matches * within a segment and ** over the rest', () => {
    expect(matchesPattern(compileNamePattern('ticket.ticket_field_*'), ['ticket', 'ticket_field_123'])).toBe(true);
    expect(matchesPattern(compileNamePattern('ticket.ticket_field_*'), ['ticket', 'ticket_field_'])).toBe(false);
    expect(matchesPattern(compileNamePattern('**.custom_fields.*'), ['ticket', 'requester', 'custom_fields', 'plan'])).toBe(true);
    expect(matchesPattern(compileNamePattern('a.**'), ['a'])).toBe(false);
  });
  it('counts a swap of neighbours as one edit', () => {
    expect(boundedDistance('frist_name', 'first_name', 2)).toBe(1);
    expect(boundedDistance('abc', 'xyz', 1)).toBe(2);
  });
  it('knows each platform\'s documented names and custom fields', () => {
    const zd = nameBook(getPlatform('zendesk')!);
    expect(knowsName(zd, 'ticket.requester.first_name')).toBe(true);
    expect(knowsName(zd, 'ticket.ticket_field_360012345678')).toBe(true);
    expect(knowsName(zd, 'ticket.requester.frist_name')).toBe(false);
    expect(closestNames(zd, 'ticket.requester.frist_name').map((n) => n.name)).toEqual(['ticket.requester.first_name']);
    const custom = nameBook(getPlatform('intercom')!, ['plan_name', 'order.*']);
    expect(knowsName(custom, 'plan_name')).toBe(true);
    expect(knowsName(custom, 'order.total')).toBe(true);
    expect(platformsKnowing('ticket.id', 'front').map((p) => p.name)).toEqual(['zendesk', 'freshdesk', 'gorgias']);
  });
});
