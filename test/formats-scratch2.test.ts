import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { probe, spots, pointed } from './formats-probe.js';
it('scratch', async () => {
  const f = process.env.F!;
  const t = readFileSync(f, 'utf8');
  const r = await probe(t, f);
  for (const m of r.messages) console.log(spots([m])[0], JSON.stringify(pointed(t, m)), m.fix ? JSON.stringify(t.slice(m.fix.range[0], m.fix.range[1])) + '->' + JSON.stringify(m.fix.text) : 'NOFIX', m.message.slice(0, 50));
  console.log('replies', r.replies.length, r.replies.map(x => x.title).join(' | '), (r as any).notices, r.suppressedMessages.map(m => spots([m])[0]));
});
