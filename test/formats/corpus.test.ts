// Real macro libraries (shared/corpus/macros, measured, not copied) lint without crashes or parse
// errors; the built CLI fixes the Zendesk fixture in place exactly as expected.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { cli, tempTree } from '../helpers/cli.js';
import { PROBE_CONFIG, ROOT } from '../helpers/formats-probe.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'macros');

// Replies per file: what a reviewer would count by reading each file.
const EXPECTED_REPLIES: Record<string, number> = {
  'angular-cli/.github/SAVED_REPLIES.md': 12,
  'blender-bugtracker-canned-responses/responses.md': 15,
  'opencollective/.github/MAINTAINER_REPLY_TEMPLATES/DONT_COMMENT_ON_CLOSED_ISSUE.md': 1,
  'opencollective/.github/MAINTAINER_REPLY_TEMPLATES/GUIDELINES_NOT_FOLLOWED.md': 1,
  'opencollective/.github/MAINTAINER_REPLY_TEMPLATES/README.md': 1,
  'opencollective/.github/MAINTAINER_REPLY_TEMPLATES/WRONG_FORUM_USE_DISCORD.md': 1,
  'osticket/include/i18n/en_US/templates/email/message.autoresp.yaml': 1,
  'osticket/include/i18n/en_US/templates/email/ticket.activity.notice.yaml': 1,
  'osticket/include/i18n/en_US/templates/email/ticket.autoreply.yaml': 1,
  'osticket/include/i18n/en_US/templates/email/ticket.autoresp.yaml': 1,
  'osticket/include/i18n/en_US/templates/email/ticket.notice.yaml': 1,
  'osticket/include/i18n/en_US/templates/email/ticket.overlimit.yaml': 1,
  'osticket/include/i18n/en_US/templates/email/ticket.reply.yaml': 1,
  'osticket/include/i18n/en_US/templates/page/thank-you.yaml': 1,
  'osticket/include/i18n/en_US/templates/premade.yaml': 2,
  'prometheus-docs/snippets/saved_replies.md': 6,
  'zendesk-macro-importer-fts/data/fts_zendesk_macros_api_import.csv': 22,
  'zero-spam-for-wordpress/.github/SAVED_REPLIES.md': 12,
  'zeus-support-macros-ptbr/assets/default-macros.json': 10,
};

describe.skipIf(!existsSync(CORPUS))('shared corpus macro libraries', () => {
  it('lints every file with the replies a reader would count, and no fatal message', async () => {
    const results = await lintFiles(CORPUS, { cwd: ROOT, useConfig: false, preset: 'complaint' });
    const counts = Object.fromEntries(results.map((r) => [relative(CORPUS, r.filePath), r.replies.length]));
    expect(counts).toEqual(EXPECTED_REPLIES);
    for (const r of results) expect(r.messages.filter((m) => m.fatal), r.filePath).toEqual([]);
  });

  it('the built CLI reads the folder without a parse error (exit 0 or 1)', () => {
    const r = cli([CORPUS, '--format', 'json', '--preset', 'complaint']);
    expect([0, 1]).toContain(r.status);
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; fatalErrorCount: number; replies: unknown[] }>;
    expect(results).toHaveLength(Object.keys(EXPECTED_REPLIES).length);
    for (const res of results) expect(res.fatalErrorCount, res.filePath).toBe(0);
  });

  it('--fix on the real files keeps each one parseable', async () => {
    const results = await lintFiles(CORPUS, { cwd: ROOT, useConfig: false, preset: 'strict', fix: true });
    for (const r of results) {
      if (!r.output) continue;
      if (r.filePath.endsWith('.json')) expect(() => JSON.parse(r.output!)).not.toThrow();
      if (r.filePath.endsWith('.yaml')) {
        const { parse } = await import('yaml');
        expect(Object.keys(parse(r.output))).toEqual(Object.keys(parse(readFileSync(r.filePath, 'utf8'))));
      }
    }
  });
});

describe('the built CLI on the Zendesk fixture', () => {
  const source = join(ROOT, 'fixtures/macros/zendesk-export.json');
  const expected = readFileSync(join(ROOT, 'fixtures/macros/zendesk-export.fixed.json'), 'utf8');

  it('--fix rewrites the file to the expected bytes; a second --fix changes nothing', () => {
    const dir = tempTree({ '.complaintlintrc.json': JSON.stringify(PROBE_CONFIG) });
    const file = join(dir, 'zendesk-export.json');
    copyFileSync(source, file);
    const first = cli(['--fix', file], { cwd: dir });
    expect(first.status, first.stderr).toBe(1); // the one finding that can't be fixed safely is left
    expect(readFileSync(file, 'utf8')).toBe(expected);
    const second = cli(['--fix', '--format', 'json', file], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(expected);
    const [res] = JSON.parse(second.stdout);
    expect(res.messages.map((m: { line: number; column: number; endColumn: number }) => `${m.line}:${m.column}:${m.endColumn}`)).toEqual(['60:104:142']);
  });

  it('--fix-dry-run reports the fixed text without writing', () => {
    const dir = tempTree({ '.complaintlintrc.json': JSON.stringify(PROBE_CONFIG) });
    const file = join(dir, 'zendesk-export.json');
    writeFileSync(file, readFileSync(source));
    const r = cli(['--fix-dry-run', '--format', 'json', file], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(source, 'utf8'));
    expect(JSON.parse(r.stdout)[0].output).toBe(expected);
  });
});
