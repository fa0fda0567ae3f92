// End to end: a draft with the customer's email quoted under it is linted as the reply alone.
import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';

describe('quoted customer text on the command line', () => {
  it('the issue 14 draft exits 0: the shouting and the closing question are the customer\'s', () => {
    const draft = 'Hi Maria,\n\nI am sorry we charged you twice. I have refunded it today.\n\nDana\n\nOn Mon, Maria wrote:\n> This is RIDICULOUS!! Is there anything else wrong?\n';
    const run = cli(['-f', 'json'], { input: draft });
    expect(run.status).toBe(0);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages).toEqual([]);
    expect(result.replies[0].words).toBe(15);
    expect(cli([], { input: draft }).status).toBe(0);
  });

  it('--fix-dry-run rewrites the reply and never a quoted line', () => {
    const dir = tempTree({
      '.complaintlintrc.json': JSON.stringify({ phrases: [{ id: 'house/kindly', regex: '\\bkindly\\b', message: 'Say please.', replace: 'please', severity: 'error' }] }),
    });
    const draft = 'Kindly allow a day.\n\n> Kindly refund me.\n> > Kindly wait.\n';
    const run = cli(['--fix-dry-run', '--rule', 'negative-follow-up:off'], { cwd: dir, input: draft });
    expect(run.stdout.startsWith('Please allow a day.\n\n> Kindly refund me.\n> > Kindly wait.\n')).toBe(true);
    expect(run.status).toBe(0);
  });
});
