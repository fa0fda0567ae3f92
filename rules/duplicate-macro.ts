// duplicate-macro: two macros in the repository whose text is the same or nearly the same, so a team keeps
// fixing one and forgets the other. Each reply's check collects a fingerprint (src/nlp/shingles.ts); the
// repository step, after every file was linted, groups the fingerprints and reports both places.
import { defineRule } from '../src/rule-api.js';
import type { RepositoryItem } from '../src/types.js';
import { bandKeys, fingerprint, normalizedWords, similarity, type Fingerprint } from '../src/nlp/shingles.js';

interface Collected extends Fingerprint {
  threshold: number;
}

export default defineRule<{ threshold: number; minWords: number }>({
  meta: {
    id: 'duplicate-macro',
    description: 'Macro whose text is the same or nearly the same as another macro in the repository',
    family: 'phrase',
    defaultSeverity: 'warn',
    fixable: false,
    needsPlatform: true,
    docs: {
      why:
        'Two copies of one answer drift apart: a policy change is made in one and the other keeps promising the old ' +
        'refund window. Texts are compared after normalizing case, punctuation and placeholders, as overlapping ' +
        'three-word shingles (MinHash, so a repository of thousands of macros is compared in linear time). Both ' +
        'places are reported, each naming the other. Across files this needs the whole repository in one run: with ' +
        '--shard only the files of the shard are compared.',
      seeds: ['Macro library maintenance (one answer, one macro)'],
    },
    exampleSettings: { platform: 'zendesk', filename: 'macros.json' },
    options: {
      threshold: { type: 'number', default: 0.8, description: 'How alike two texts must be (0-1, share of shared three-word shingles)' },
      minWords: { type: 'number', default: 12, description: 'Shorter replies are not compared (greetings and sign-offs repeat by design)' },
    },
    examples: {
      bad: [
        '[{"title":"Refund sent","comment_value":"Your refund was sent today and should reach your account within five working days."},{"title":"Refund done","comment_value":"Your refund was sent today and should reach your account within five working days."}]',
        '[{"title":"Late parcel","comment_value":"Sorry your parcel is late. The courier had a backlog this week and yours should arrive by Friday."},{"title":"Late parcel (old)","comment_value":"Sorry your parcel is late! The courier had a backlog this week, and yours should arrive by Friday."}]',
        '[{"title":"A","comment_value":"Hi {{ticket.requester.first_name}}, thanks for the photos of the damaged box. A replacement is on its way by express post."},{"title":"B","comment_value":"Hi {{ticket.requester.name}}, thanks for the photos of the damaged box. A replacement is on its way by express post."}]',
        '[{"title":"Password 1","comment_value":"To reset your password open the sign in page, choose forgot password and follow the link we email you."},{"title":"Password 2","comment_value":"To reset your password, open the sign-in page, choose Forgot password, and follow the link we email you."}]',
        '[{"title":"X","comment_value":"We have cancelled your subscription as asked. You will not be charged again and your data stays available for thirty days."},{"title":"Y","comment_value":"We have cancelled your subscription as asked. You will not be charged again, and your data stays available for thirty days."}]',
        '[{"title":"Store hours","comment_value":"Our High Street store is open from nine in the morning to eight in the evening every day of the week."},{"title":"Hours","comment_value":"Our High Street store is open from nine in the morning to eight in the evening every day of the week."}]',
        '[{"title":"Upgrade","comment_value":"Your plan has been upgraded. The new features are live now and the next invoice shows the prorated difference."},{"title":"Upgrade copy","comment_value":"Your plan has been upgraded. The new features are live now, and the next invoice shows the prorated difference."}]',
        '[{"title":"Outage","comment_value":"The outage is over and everything is working again. Sorry for the disruption to your morning and thanks for waiting."},{"title":"Outage 2","comment_value":"The outage is over and everything is working again. Sorry for the disruption to your morning, and thanks for waiting!"}]',
        '[{"title":"Voucher","comment_value":"We have added a five pound voucher to your account for the trouble. It applies at checkout automatically."},{"title":"Voucher B","comment_value":"We have added a five pound voucher to your account for the trouble. It applies at checkout automatically!"}]',
        '[{"title":"Wrong size","comment_value":"Sorry we sent the wrong size. Keep the first pair, and we will send the right size by express post today."},{"title":"Wrong size 2","comment_value":"Sorry we sent the wrong size! Keep the first pair and we will send the right size by express post today."}]',
      ],
      good: [
        '[{"title":"Refund sent","comment_value":"Your refund was sent today and should reach your account within five working days."},{"title":"Exchange sent","comment_value":"Your exchange was booked today and the new size leaves our warehouse on Monday morning."}]',
        '[{"title":"Thanks","comment_value":"Thanks!"},{"title":"Thanks 2","comment_value":"Thanks!"}]',
        '{"macros":[{"title":"Refund sent","comment_value":"Your refund was sent today and should reach your account within five working days."}]}',
        '[{"title":"Refund","actions":[{"field":"comment_value","value":"Your refund was sent today and should reach your account within five working days."},{"field":"comment_value_html","value":"<p>Your refund was sent today and should reach your account within five working days.</p>"}]}]',
        '[{"title":"Late parcel","comment_value":"Sorry your parcel is late. The courier had a backlog this week and yours should arrive by Friday."},{"title":"Lost parcel","comment_value":"Sorry your parcel is lost. We have opened a claim with the courier and a replacement ships today."}]',
        '[{"title":"Hours","comment_value":"Our High Street store is open from nine in the morning to eight in the evening every day of the week."},{"title":"Closed","comment_value":"Our Mill Street store is closed for repairs until the end of the month; please use High Street instead."}]',
        '[{"title":"Upgrade","comment_value":"Your plan has been upgraded. The new features are live now and the next invoice shows the prorated difference."},{"title":"Downgrade","comment_value":"Your plan has been downgraded. The paid features end with this billing period and the next invoice is lower."}]',
        '[{"title":"A","comment_value":"Could you send a photo of the label on the box so we can trace it with the courier today?"},{"title":"B","comment_value":"Could you tell us which store you bought it from so we can check their stock for you today?"}]',
        '[{"title":"Voucher","comment_value":"We have added a five pound voucher to your account for the trouble. It applies at checkout automatically."}]',
        '[{"title":"Sign-off","comment_value":"Best wishes, the support team"},{"title":"Sign-off 2","comment_value":"Best wishes, the support team"}]',
      ],
    },
  },
  check(reply, context) {
    const minWords = context.options.minWords ?? 12;
    const words = normalizedWords(reply.source, reply.placeholders);
    if (words.length < minWords) return;
    const data: Collected = { ...fingerprint(words), threshold: context.options.threshold ?? 0.8 };
    context.collect?.(data);
  },
  repository(items, report) {
    const list = items as ReadonlyArray<RepositoryItem<Collected>>;
    // Union-find over the replies; each band bucket compares its members with the bucket's first member only.
    const parent = list.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; }
      return i;
    };
    const sameMacro = (a: RepositoryItem, b: RepositoryItem) => a.file === b.file && a.macro !== undefined && a.macro === b.macro;
    const firstInBucket = new Map<string, number>();
    list.forEach((item, i) => {
      for (const key of [`x:${item.data.exact}`, ...bandKeys(item.data.sig)]) {
        const j = firstInBucket.get(key);
        if (j === undefined) { firstInBucket.set(key, i); continue; }
        const other = list[j]!;
        if (sameMacro(item, other) || find(i) === find(j)) continue;
        const sim = item.data.exact === other.data.exact ? 1 : similarity(item.data.sig, other.data.sig);
        if (sim >= Math.min(item.data.threshold, other.data.threshold)) {
          parent[find(i)] = find(j);
        }
      }
    });
    const groups = new Map<number, number[]>();
    list.forEach((_, i) => {
      const root = find(i);
      let g = groups.get(root);
      if (!g) groups.set(root, (g = []));
      g.push(i);
    });
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      for (const i of members) {
        const item = list[i]!;
        const others = members.filter((j) => j !== i && !sameMacro(item, list[j]!));
        if (others.length === 0) continue;
        const o = list[others[0]!]!;
        const exact = item.data.exact === o.data.exact;
        const pct = Math.round(similarity(item.data.sig, o.data.sig) * 100);
        const where = `${o.title ? `"${o.title}" at ` : ''}${o.file}:${o.line}:${o.column}`;
        const more = others.length > 1 ? ` (and ${others.length - 1} more)` : '';
        report(item, `${exact ? 'Same text as' : `Nearly the same text (about ${pct}% alike) as`} ${where}${more}. Keep one macro and update it in one place.`);
      }
    }
  },
});
