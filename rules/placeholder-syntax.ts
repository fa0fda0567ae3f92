// placeholder-syntax: placeholders the help desk cannot read at all: a `{{` or `{%` never closed, `{{name}`,
// a Liquid block (`{% if %}`) without its end tag, a tag or filter the platform lacks, an empty `{{ }}`,
// and placeholders written in another tool's syntax (`{%customer.firstName%}` in a Liquid desk,
// `{{...}}` in Help Scout, osTicket's `%{ticket.number}`).
import { defineRule } from '../src/rule-api.js';
import type { ReportDescriptor } from '../src/types.js';
import { platformOf, templateOf } from '../src/platforms/reply-template.js';
import { BLOCK_TAGS, INNER_TAGS, isLiquidTag, liquidTagNames } from '../src/platforms/liquid-filters.js';
import { boundedDistance } from '../src/platforms/names.js';
import type { TagToken } from '../src/platforms/template.js';

const ENDS = new Set(Object.values(BLOCK_TAGS));

function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const o of options) {
    const d = boundedDistance(word.toLowerCase(), o, 2);
    if (d < bestD) { bestD = d; best = o; }
  }
  return best;
}

export default defineRule({
  meta: {
    id: 'placeholder-syntax',
    description: 'Placeholder the help desk cannot read: unclosed or malformed braces, unclosed Liquid blocks, unknown tags or filters, another tool\'s syntax',
    family: 'phrase',
    defaultSeverity: 'error',
    fixable: true,
    needsPlatform: true,
    docs: {
      why:
        'A placeholder with a missing brace, an `{% if %}` without `{% endif %}` or a filter the help desk does not ' +
        'have is sent as raw template text, or makes the help desk drop the whole comment with a Liquid error. ' +
        'Macros copied from another tool keep that tool\'s syntax and never fill in. Only a missing brace next to ' +
        'a complete name is fixed automatically; everything else needs a person to decide.',
      seeds: ['Liquid reference (tags, filters)', 'Help desk placeholder references'],
    },
    exampleSettings: { platform: 'zendesk' },
    examples: {
      bad: [
        'Hi {{ticket.requester.first_name},\nYour refund is on its way.',
        'Hi {ticket.requester.first_name}},\nThanks for writing in.',
        'Hi {{ticket.requester.first_name\nThanks for writing in.',
        '{% if ticket.status == "pending" %}We are waiting on your reply.',
        'We are on it.{% endif %}',
        '{% iff ticket.priority == "urgent" %}We are on it.{% endif %}',
        'Hi {{ticket.requester.first_name | capitalise}},',
        'Your reference is %{ticket.number}.',
        'Hi {%customer.firstName%}, thanks for the photos.',
        'Hi {{ }}, thanks for the photos.',
        '{% for c in ticket.comments %}{{c.value}}{% endif %}',
      ],
      good: [
        'Hi {{ticket.requester.first_name}},\nYour refund is on its way.',
        '{% if ticket.status == "pending" %}We are waiting on your reply.{% endif %}',
        '{% case ticket.priority %}{% when "urgent" %}Today.{% else %}This week.{% endcase %}',
        'Hi {{ticket.requester.first_name | capitalize}},',
        '{{ticket.created_at | date: "%B %d"}}',
        '{% raw %}Type {{ticket.id}} to see the id.{% endraw %}',
        'Use the {braces} on the form.',
        'We charge $5 for express delivery.',
        '{%- if ticket.tags contains "vip" -%}Priority handling applies.{%- endif -%}',
        'The discount is 10% {off} today.',
        '{% comment %}internal note{% endcomment %}Thanks for waiting.',
      ],
    },
  },
  check(reply, context) {
    const platform = platformOf(reply);
    const label = platform?.label ?? 'this help desk';
    const tokens = templateOf(reply);
    const report = (d: ReportDescriptor) => context.report(d);
    const open: TagToken[] = [];
    let verbatim: string | undefined; // inside {% raw %} or {% comment %}: nothing is parsed until its end tag
    for (const t of tokens) {
      if (verbatim) {
        if (t.kind === 'tag' && t.tag === verbatim) { verbatim = undefined; open.pop(); }
        continue;
      }
      switch (t.kind) {
        case 'broken': {
          if (t.problem === 'unclosed') {
            report({ message: `"${t.open}" is never closed on this line; the help desk will send it as text.`, start: t.start, end: t.end });
          } else if (t.problem === 'empty') {
            report({ message: `Empty placeholder "${reply.source.slice(t.start, t.end)}": nothing will be filled in here.`, start: t.start, end: t.end });
          } else {
            const whole = t.problem === 'half-close' ? `{{${t.name}}}` : `{{${t.name}}}`;
            report({
              message: `"${reply.source.slice(t.start, t.end)}" has ${t.problem === 'half-close' ? 'one closing brace' : 'one opening brace'}; write ${whole}.`,
              start: t.start, end: t.end,
              fix: platform?.syntax === 'helpscout' ? undefined : { start: t.fixStart!, end: t.fixEnd!, text: t.fixText! },
            });
          }
          break;
        }
        case 'foreign':
          // Without a platform there is no "foreign": %{name} may be the repository's own syntax.
          if (!platform) break;
          report({ message: `"${reply.source.slice(t.start, t.end)}" is ${t.style === '%{}' ? 'osTicket/Ruby' : 'JavaScript/shell'} placeholder syntax; ${label} will send it as text.`, start: t.start, end: t.end });
          break;
        case 'output': {
          if (platform?.syntax === 'helpscout') {
            report({ message: `"${reply.source.slice(t.start, t.end)}" is Liquid syntax; Help Scout writes variables as {%customer.firstName%}.`, start: t.start, end: t.end });
            break;
          }
          if (t.malformed) {
            report({ message: `"${reply.source.slice(t.start, t.end)}" is not a placeholder ${label} can read (a name like ticket.id, then optional | filters).`, start: t.start, end: t.end });
            break;
          }
          if (platform?.filters) {
            for (const f of t.filters) {
              if (platform.filters.includes(f.name)) {
                if (platform.fallback?.kind === 'filter' && f.name === platform.fallback.filter && !/^[:(]\s*(["']).*\1\s*\)?$/.test(f.args)) {
                  report({ message: `The ${f.name} value must be quoted: ${platform.fallback.example}.`, start: f.start, end: f.end });
                }
                continue;
              }
              const near = closest(f.name, platform.filters);
              report({
                message: `${label} has no "${f.name}" filter${near ? `; did you mean "${near}"?` : platform.filters.length ? '.' : ' (it documents no filters).'}`,
                start: f.start, end: f.end,
                suggestions: near ? [{ desc: `Use "${near}"`, fix: { start: f.start, end: f.end, text: near } }] : undefined,
              });
            }
          }
          break;
        }
        case 'helpscout':
          if (t.extra !== undefined) {
            report({ message: `"${reply.source.slice(t.start, t.end)}": Help Scout reads only a name and an optional ",fallback=text".`, start: t.start, end: t.end });
          }
          break;
        case 'tag': {
          const word = t.tag.toLowerCase();
          if (!isLiquidTag(word)) {
            if (/^[A-Za-z_][\w-]*(?:\.[\w-]+)+(?:,.*)?$/.test(t.inner.trim())) {
              report({ message: `"${reply.source.slice(t.start, t.end)}" is Help Scout syntax; ${label} writes placeholders as {{name}}.`, start: t.start, end: t.end });
            } else {
              const near = closest(word, liquidTagNames());
              report({ message: `Unknown Liquid tag "${t.tag}"${near ? `; did you mean "${near}"?` : '.'}`, start: t.tagStart, end: t.tagStart + t.tag.length });
            }
            break;
          }
          if (BLOCK_TAGS[word]) {
            open.push(t);
            if (word === 'raw' || word === 'comment') verbatim = BLOCK_TAGS[word];
          } else if (ENDS.has(word)) {
            const top = open[open.length - 1];
            if (!top) {
              report({ message: `"{% ${word} %}" closes a block that was never opened.`, start: t.start, end: t.end });
            } else if (BLOCK_TAGS[top.tag.toLowerCase()] !== word) {
              report({ message: `"{% ${word} %}" closes "{% ${top.tag} %}", which needs {% ${BLOCK_TAGS[top.tag.toLowerCase()]} %}.`, start: t.start, end: t.end });
              open.pop();
            } else {
              open.pop();
            }
          } else if (INNER_TAGS[word]) {
            const top = open[open.length - 1];
            if (!top || !INNER_TAGS[word]!.includes(top.tag.toLowerCase())) {
              report({ message: `"{% ${word} %}" belongs inside ${INNER_TAGS[word]!.map((b) => `{% ${b} %}`).join(' or ')}.`, start: t.start, end: t.end });
            }
          }
          break;
        }
      }
    }
    for (const t of open) {
      report({ message: `"{% ${t.tag} %}" is never closed: add {% ${BLOCK_TAGS[t.tag.toLowerCase()]} %}, or ${label} will fail to render this macro.`, start: t.start, end: t.end });
    }
  },
});
