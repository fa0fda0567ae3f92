import { it } from 'vitest';
import { probe, spots, pointed, fixed } from './formats-probe.js';
it('scratch', async () => {
  const t = 'x:\n  body: >\n    Hi there, kindly\n    wait prior to\n    noon.\n\n    Is there anything else wrong?\n  text: "Kindly \\u2019 do it\n    prior to lunch"\n';
  const r = await probe(t, 'a.yaml');
  for (const m of r.messages) console.log(JSON.stringify(m.fix), JSON.stringify(t.slice(m.fix.range[0], m.fix.range[1])));
  console.log(JSON.stringify((await probe(t, 'a.yaml', {fix: true})).output));
});
