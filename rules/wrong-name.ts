// wrong-name (context): the reply greets a name that is not the customer's. The customer's name comes
// from the conversation: an email header ("On Mon, Maria Lopez wrote:"), their sign-off, "my name is",
// how an earlier reply greeted them. Short forms and common nicknames match (Dan/Daniel, Bob/Robert).
// With no name for the customer nothing is flagged (a greeting may use the display name the agent sees).
// A greeting by placeholder ({{first_name}}) is never flagged.
import { defineRule } from '../src/rule-api.js';
import { customerNames, greetingFits, greetingName } from '../src/context/names.js';
import { lexiconTag } from '../src/nlp/terms.js';

/** A bare sign-off word counts as a name only when the lexicon knows it as one. */
function looksLikeName(name: string): boolean {
  const tag = lexiconTag(name.split(/\s+/)[0]!);
  return tag !== undefined && /Name/.test(tag);
}

export default defineRule({
  meta: {
    id: 'wrong-name',
    description: "Greets a name that is not the customer's (from their sign-off, an email header, earlier turns)",
    family: 'context',
    languages: ['en'],
    label: 'Name',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      why:
        'Getting a name wrong is the quickest way to show a reply was pasted, not written: the customer stops ' +
        'reading and starts wondering whose case you have open. It happens when a macro keeps the last ' +
        'customer\'s name, or a reply is written in the wrong thread. Use the name they signed with, or a ' +
        'placeholder the help desk fills in.',
      seeds: ['000 "Don\'t be too formal": personalization is powerful'],
    },
    examples: {
      bad: [
        'Hi Sarah,\n\nI am sorry your parcel is late. It will arrive tomorrow.\n\nDana\n\nOn Mon, Maria Lopez <maria@example.com> wrote:\n> Where is my parcel? It was due on Friday.',
        'Dear Mr Patel,\n\nYour refund has been issued.\n\nKind regards,\nAcme\n\nOn Tue, James Okoro <james@example.com> wrote:\n> I am still waiting for my refund.',
        'Hello Tom,\n\nThanks for your patience; the engineer is booked for Monday.\n\nOn Wed, Ana wrote:\n> The boiler is still broken.\n>\n> Thanks,\n> Ana',
        'Hi Dana,\n\nI have reset your password.\n\nBest,\nDana\n\nOn Thu, Ravi Kumar <ravi@example.com> wrote:\n> I cannot log in.',
        'Hi Claire,\n\nThe replacement is on its way.\n\nOn Fri, Chloe Martin wrote:\n> My kettle arrived broken.',
        'Hi Mara,\n\nThe invoice is attached.\n\nOn Sat, Maria Lopez wrote:\n> Could you resend my invoice?',
        'Hey Ben,\n\nYour booking is confirmed.\n\nOn Sun, Priya wrote:\n> My name is Priya Shah and I booked a table for four.',
        'Hi Liam,\n\nI have credited your account.\n\nOn Mon, noah.b@example.com wrote:\n> Still down today.\n>\n> > Hi Noah, sorry about the outage, we are looking into it.',
        'Good morning Jessica,\n\nYour new card will arrive on Thursday.\n\nOn Tue, Jennifer Wu <jen@example.com> wrote:\n> My card was swallowed by the machine.',
        'Hi Oliver,\n\nI have moved your delivery to Saturday.\n\nCheers,\nDana\n\nOn Wed, Sam wrote:\n> Can I move my delivery?\n>\n> Thanks,\n> Sam',
        'Dear Ms Brown,\n\nThe seat change is done.\n\nOn Thu, Emma Green <emma@example.com> wrote:\n> Please move me to an aisle seat.',
      ],
      good: [
        'Hi Maria,\n\nI am sorry your parcel is late. It will arrive tomorrow.\n\nDana\n\nOn Mon, Maria Lopez <maria@example.com> wrote:\n> Where is my parcel? It was due on Friday.',
        'Dear Mr Okoro,\n\nYour refund has been issued.\n\nKind regards,\nAcme\n\nOn Tue, James Okoro <james@example.com> wrote:\n> I am still waiting for my refund.',
        'Hello Ana,\n\nThanks for your patience; the engineer is booked for Monday.\n\nOn Wed, Ana wrote:\n> The boiler is still broken.\n>\n> Thanks,\n> Ana',
        'Hi {{ticket.requester.first_name}},\n\nI have reset your password.\n\nBest,\nDana\n\nOn Thu, Ravi wrote:\n> I cannot log in.',
        'Hi Dan,\n\nThe replacement is on its way.\n\nOn Fri, Daniel Martin wrote:\n> My kettle arrived broken.',
        'Hi Bob,\n\nThe invoice is attached.\n\nOn Sat, Robert Lee wrote:\n> Could you resend my invoice?',
        'Hi there,\n\nYour booking is confirmed.\n\nOn Sun, Priya wrote:\n> My name is Priya Shah and I booked a table for four.',
        'Hi Noah,\n\nI have credited your account.\n\nOn Mon, noah.b@example.com wrote:\n> Still down today.\n>\n> > Hi Noah, sorry about the outage, we are looking into it.',
        'Hi Sarah,\n\nYour new card will arrive on Thursday.\n\nOn Tue, support@example.com wrote:\n> My card was swallowed by the machine.',
        'Hi Oliver,\n\nI have moved your delivery to Saturday.\n\nCheers,\nDana\n\nOn Wed, someone wrote:\n> Can I move my delivery?',
        'Dear Ms Green,\n\nThe seat change is done.\n\nOn Thu, Emma Green <emma@example.com> wrote:\n> Please move me to an aisle seat.',
      ],
    },
  },
  check(reply, context) {
    const ctx = reply.context;
    if (!ctx) return;
    const greeting = greetingName(reply);
    if (!greeting) return;
    const { names, weak } = customerNames(ctx, reply.text);
    if (names.some((n) => greetingFits(greeting, n))) return;
    const known = names.filter((n) => !weak.has(n) || looksLikeName(n));
    const greeted = `${greeting.title ? `${greeting.title} ` : ''}${greeting.name}`;
    if (known.length === 0) return;
    const name = known[0]!;
    const replacement = greeting.title ? name.split(/\s+/).pop()! : name.split(/\s+/)[0]!;
    context.report({
      messageId: 'not-the-customer',
      message: `This greets "${greeted}", but the customer is ${name}.`,
      start: greeting.start,
      end: greeting.end,
      // A suggestion, not a fix: the name the conversation gives may be a nickname they don't use.
      suggestions: [{ desc: `Greet them as ${replacement}.`, fix: { start: greeting.start, end: greeting.end, text: replacement } }],
    });
  },
});
