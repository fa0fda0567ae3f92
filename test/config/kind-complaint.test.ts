// `kind: complaint` from any source (--kind, config, overrides, front matter) turns the checklist rules on at
// their default severities unless config sets them; the `complaint` preset adds prevent and involve (info).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, lintText } from '../../src/api.js';
import { ConfigLoader } from '../../src/config/load.js';
import { cli, tempTree } from '../helpers/cli.js';

// A complaint reply (25+ words) with an apology and an acknowledgement but no fix, no time, no closing
// question and no name: four checklist items missing.
const NO_FIX = 'Hi Sam,\n\nI understand the heater you bought stopped working after two days, and I am sorry we sent you a faulty unit. Our warranty team handles repairs for this model.\n\nRegards,\nThe Support Team';

const structureMessages = (messages: Array<{ ruleId: string | null; severity: number }>) =>
  messages.filter((m) => /^(?:requires-|invites-)/.test(m.ruleId ?? '')).map((m) => [m.ruleId, m.severity]).sort();

const MISSING = [
  ['requires-closing-question', 1], ['requires-contact', 0], ['requires-next-step', 2], ['requires-timeframe', 1],
];

describe('kind: complaint turns the checklist rules on', () => {
  it('--kind complaint with no config: the missing items are reported and exit 1 (a missing fix is an error)', () => {
    const dir = tempTree({ 'reply.txt': NO_FIX });
    const r = cli(['--no-config', '--kind', 'complaint', '-f', 'json', 'reply.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    const [result] = JSON.parse(r.stdout);
    expect(structureMessages(result.messages)).toEqual(MISSING);
    expect(result.replies[0].checklist).toEqual({ acknowledge: true, apologize: true, fix: false, urgency: false, verify: false, contact: false });
  });

  it('kind in config, with no preset: the same reports; prevent and involve stay off outside the complaint preset', async () => {
    const [result] = await lintText(NO_FIX, { config: { kind: 'complaint' } });
    expect(structureMessages(result!.messages)).toEqual(MISSING);
    const [preset] = await lintText(NO_FIX, { config: { extends: 'complaint' } });
    expect(structureMessages(preset!.messages)).toEqual([...MISSING, ['invites-customer-input', 0], ['requires-prevention', 0]].sort());
  });

  it('config that sets a checklist rule wins over the kind', async () => {
    const [result] = await lintText(NO_FIX, { config: { kind: 'complaint', rules: { 'requires-next-step': 'warn', 'requires-contact': 'off' } } });
    expect(structureMessages(result!.messages)).toEqual([['requires-closing-question', 1], ['requires-next-step', 1], ['requires-timeframe', 1]]);
    // The checklist still shows what is missing.
    expect(result!.replies[0]!.checklist).toMatchObject({ fix: false, contact: false });
  });

  it('overrides and front matter set the kind per file', async () => {
    const dir = tempTree({
      '.complaintlintrc.json': JSON.stringify({ overrides: [{ files: ['complaints/**'], kind: 'complaint' }] }),
      'complaints/heater.txt': NO_FIX,
      'general/heater.txt': NO_FIX,
      'general/front.md': `---\nkind: complaint\n---\n${NO_FIX}\n`,
    });
    const results = await lintFiles(['**/*.txt', '**/*.md'], { cwd: dir });
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), structureMessages(r.messages)]));
    expect(byFile).toEqual({ 'complaints/heater.txt': MISSING, 'general/heater.txt': [], 'general/front.md': MISSING });
  });

  it('general replies never run the checklist rules, whatever their resolved severity', async () => {
    const loader = new ConfigLoader({ useConfig: false });
    const config = await loader.forFile(join(process.cwd(), 'x.txt'));
    expect(config.rules.get('requires-next-step')?.severity).toBe('error');
    expect(config.rules.get('requires-prevention')?.severity).toBe('off');
    const [result] = await lintText(NO_FIX, { useConfig: false });
    expect(structureMessages(result!.messages)).toEqual([]);
    expect(result!.replies[0]!.checklist).toBeUndefined();
  });
});
