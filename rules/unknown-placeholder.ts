// unknown-placeholder: a placeholder name the help desk does not define ("{{ticket.requester.frist_name}}")
// reaches the customer as raw braces or as nothing at all. Names come from each platform's documented
// list and patterns (src/platforms/); a team's custom fields are added with `customFields`.
import { defineRule } from '../src/rule-api.js';
import { closestNames, knowsName, nameBook, platformsKnowing } from '../src/platforms/index.js';
import { platformOf, templateOf } from '../src/platforms/reply-template.js';
import { isLiquidTag } from '../src/platforms/liquid-filters.js';
import { localNames, tagNames } from '../src/platforms/template.js';
import { nameSegments } from '../src/platforms/names.js';

export default defineRule<{ customFields: string[] }>({
  meta: {
    id: 'unknown-placeholder',
    description: 'Placeholder name the help desk does not define (a typo, or a field from another tool)',
    family: 'phrase',
    defaultSeverity: 'error',
    fixable: true,
    needsPlatform: true,
    docs: {
      why:
        'A help desk fills in only the placeholders it knows. A misspelt or foreign name reaches the customer as ' +
        'literal braces ("Hi {{ticket.requester.frist_name}}") or as an empty gap ("Hi ,"), and nobody notices until ' +
        'a customer forwards a screenshot. The names are checked against what the platform documents; the fix is ' +
        'applied only when exactly one documented name is close. Custom fields go in the customFields option ' +
        '(exact names or patterns such as "ticket.ticket_field_*").',
      seeds: ['Help desk placeholder references (Zendesk, Freshdesk, Intercom, Help Scout, Gorgias, Front)'],
    },
    exampleSettings: { platform: 'zendesk' },
    options: {
      customFields: {
        type: 'string[]',
        default: [],
        description: 'Extra placeholder names your help desk defines: exact names, or patterns where * is one segment and ** the rest ("ticket.ticket_field_*")',
      },
    },
    examples: {
      bad: [
        'Hi {{ticket.requester.frist_name}},\nYour refund is on its way.',
        'Hello {{ticket.requestor.first_name}}, thanks for the photos.',
        'Your case number is {{ticket.number}}.',
        'Hi {{Ticket.Requester.First_Name}}, the parcel left our depot today.',
        'Hi {{customer.first_name}}, we have restocked the blue kettle.',
        'Hi {{ticket.requester.firstname}}, your exchange is booked.',
        'Your agent today is {{current_user.first}}.',
        '{% if ticket.requester.frist_name %}Hi {{ticket.requester.first_name}},{% endif %}\nThe invoice is attached.',
        'Track it here: {{ticket.tracking_url}}',
        'Hi {{recipient.first_name}}, the replacement ships Monday.',
        'Thanks {{ticket.requester.first_name}}! We logged it under {{ticket.idd}}.',
      ],
      good: [
        'Hi {{ticket.requester.first_name}},\nYour refund is on its way.',
        'Your ticket number is {{ticket.id}}.',
        'Hi {{ticket.requester.first_name | capitalize}}, thanks for writing in.',
        'Order status: {{ticket.ticket_field_360012345678}}',
        '{% for c in ticket.public_comments %}{{c.author.name}}{% endfor %}',
        '{% assign greeting = "Hi" %}{{greeting}} {{ticket.requester.first_name}},',
        'Your account manager is {{ticket.requester.organization.custom_fields.account_manager}}.',
        '{{dc.refund_policy}}',
        'Best,\n{{current_user.first_name}}',
        'We have your order. Thanks for waiting.',
        'Hi [Customer Name], your refund is on its way.',
      ],
    },
  },
  check(reply, context) {
    const platform = platformOf(reply);
    if (!platform) return;
    const book = nameBook(platform, context.options.customFields ?? []);
    if (book.open) return;
    const tokens = templateOf(reply);
    if (tokens.length === 0) return;
    const locals = localNames(tokens);
    const checkName = (name: string, start: number, end: number) => {
      if (locals.has(nameSegments(name)[0]!) || knowsName(book, name)) return;
      const near = closestNames(book, name);
      const others = platformsKnowing(name, platform.name).map((p) => p.label);
      let message = `"${name}" is not ${/^[AEIOU]/.test(platform.label) ? "an" : "a"} ${platform.label} placeholder`;
      if (others.length) message += ` (it is a ${others.join('/')} placeholder)`;
      if (near.length) message += `; did you mean ${near.map((n) => `"${n.name}"`).join(' or ')}?`;
      else message += '; if it is a custom field, add it to customFields.';
      context.report({
        message,
        start,
        end,
        // Exactly one documented name is close: it is the one meant.
        fix: near.length === 1 ? { start, end, text: near[0]!.name } : undefined,
        suggestions: near.map((n) => ({ desc: `Use "${n.name}"`, fix: { start, end, text: n.name } })),
      });
    };
    for (const t of tokens) {
      // In Help Scout `{{...}}` is not a placeholder at all: placeholder-syntax reports it.
      if (t.kind === 'output' && t.name && platform.syntax === 'liquid') checkName(t.name, t.nameStart, t.nameEnd);
      else if (t.kind === 'helpscout' && t.name && /^[A-Za-z_][\w.]*$/.test(t.name)) checkName(t.name, t.nameStart, t.nameEnd);
      else if (t.kind === 'tag' && isLiquidTag(t.tag)) for (const n of tagNames(t)) checkName(n.name, n.start, n.end);
    }
  },
});
