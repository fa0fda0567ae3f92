// placeholder-without-fallback: "Hi {{first_name}}," on a desk where the name can be empty and a fallback
// exists (Intercom's `| fallback: "there"`, Help Scout's `,fallback=there`, Liquid's `| default:`): the
// customer whose name is unknown gets "Hi ,". Desks that always have a name (Zendesk) or document no
// fallback (Gorgias, Front) are not asked for one.
import { defineRule } from '../src/rule-api.js';
import type { Suggestion } from '../src/types.js';
import { platformOf, templateOf } from '../src/platforms/reply-template.js';

// Only greeting words (and a "there") between the start of the line and the name.
const GREETING = /^[\s>*_-]*(?:hi|hello|hey|hiya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day)|welcome(?:\s+back)?|thanks|thank\s+you)(?:\s+there)?[\s,]*$/i;

export default defineRule({
  meta: {
    id: 'placeholder-without-fallback',
    description: 'Name placeholder in a greeting with no fallback, on a help desk that has one ("Hi ," risk)',
    family: 'phrase',
    defaultSeverity: 'warn',
    fixable: false,
    needsPlatform: true,
    docs: {
      why:
        'Leads, chat visitors and people who write from a bare address often have no first name on file. ' +
        '"Hi {{first_name}}," then reaches them as "Hi ," — the first line of the reply shows it is a template. ' +
        'Where the help desk has a fallback, give the greeting one ("there" after Hi or Hello). Not fixed ' +
        'automatically: the right fallback depends on the greeting ("Dear there" is worse than the gap).',
      seeds: ['Intercom and Help Scout fallback syntax'],
    },
    exampleSettings: { platform: 'intercom' },
    examples: {
      bad: [
        'Hi {{first_name}},\nThanks for reaching out.',
        'Hello {{ first_name }}!\nYour plan has been upgraded.',
        'Hey {{user.first_name}}, quick update on your ticket.',
        'Hi there {{first_name}},\nWe fixed the sync issue.',
        'Dear {{name}},\nYour invoice is attached.',
        'Good morning {{first_name}},\nThe outage is over.',
        'Thanks {{first_name}}!\nWe got your photos.',
        'Hi {{first_name | fallback: ""}},\nYour export is ready.',
        'Welcome back {{user.name}}!\nYour workspace is ready.',
        'Hi {{contact.first_name}},\nThe refund went through today.',
      ],
      good: [
        'Hi {{first_name | fallback: "there"}},\nThanks for reaching out.',
        'Hello {{first_name|fallback:"there"}}!\nYour plan has been upgraded.',
        'Hi there,\nThanks for reaching out.',
        'Hi Maria,\nYour refund is on its way.',
        'Your account email is {{email}}.',
        'We sent the code to {{first_name}}\'s phone.',
        'Your company, {{company.name}}, is on the Pro plan.',
        'Hi {{user.first_name | fallback: "friend"}}, quick update.',
        'Thanks for writing in.\n— {{teammate.first_name}}',
        'Hey {{user.name | fallback: "there"}}!',
      ],
    },
  },
  check(reply, context) {
    const platform = platformOf(reply);
    const fallback = platform?.fallback;
    if (!platform || !fallback) return;
    const names = new Set(platform.customerNames);
    for (const t of templateOf(reply)) {
      let missing = false;
      let nameEnd = 0;
      if (t.kind === 'output' && t.name && names.has(t.name) && fallback.kind === 'filter') {
        const f = t.filters.find((x) => x.name === fallback.filter);
        missing = !f || /^[:(]?\s*(["'])\s*\1\s*\)?$/.test(f.args);
        nameEnd = t.nameEnd;
      } else if (t.kind === 'helpscout' && names.has(t.name) && fallback.kind === 'helpscout') {
        missing = t.fallback === undefined || t.fallback === '';
        nameEnd = t.nameEnd;
      } else continue;
      if (!missing) continue;
      const lineStart = reply.source.lastIndexOf('\n', t.start - 1) + 1;
      const before = reply.source.slice(lineStart, t.start);
      const greeting = GREETING.exec(before);
      if (!greeting) continue;
      const suggestions: Suggestion[] = [];
      // "there" reads well after Hi/Hello/Hey/Thanks/Welcome, not after Dear or Good morning.
      if (!/^\W*(?:dear|good\s|greetings)/i.test(before) && !/\bthere\b/i.test(before) && !t.kind.startsWith('broken')) {
        const hasEmpty = t.kind === 'output' ? t.filters.some((x) => fallback.kind === 'filter' && x.name === fallback.filter) : t.fallback !== undefined;
        if (!hasEmpty) {
          const text = fallback.kind === 'filter' ? ` | ${fallback.filter}: "there"` : ',fallback=there';
          suggestions.push({ desc: `Add a fallback: ${fallback.example}`, fix: { start: nameEnd, end: nameEnd, text } });
        }
      }
      context.report({
        message: `"${reply.source.slice(t.start, t.end)}" has no fallback: a customer with no name on file reads "${before.trim()} ,". Add one, e.g. ${fallback.example}.`,
        start: t.start,
        end: t.end,
        suggestions: suggestions.length ? suggestions : [{ desc: `Add a fallback, e.g. ${fallback.example}` }],
      });
    }
  },
});
