// End to end on the platform fixtures: each help desk's export is detected, every macro-hygiene rule
// fires at its exact line:column, --fix gives the pinned bytes, and --print-config names the platform.
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ROOT, tempDir } from '../helpers/cli.js';
import { builtinRules } from '../../rules/index.js';

const MACRO_RULES = ['unknown-placeholder', 'placeholder-syntax', 'placeholder-without-fallback', 'unfilled-template', 'too-long-for-channel', 'duplicate-macro', 'reading-level'];
const FIXTURES = join(ROOT, 'fixtures', 'platforms');

/** A copy of one platform's fixture folder with a config that runs only the macro-hygiene rules (reading-level on), on social. */
function project(platform: string, extra: Record<string, unknown> = {}): string {
  const dir = tempDir();
  cpSync(join(FIXTURES, platform), dir, { recursive: true });
  const rules: Record<string, string> = {};
  for (const r of builtinRules) rules[r.meta.id] = MACRO_RULES.includes(r.meta.id) ? (r.meta.id === 'reading-level' ? 'warn' : r.meta.defaultSeverity) : 'off';
  writeFileSync(join(dir, '.complaintlintrc.json'), JSON.stringify({ channel: 'social', rules, ...extra }));
  return dir;
}

const lines = (out: string) => out.split('\n').filter((l) => /\[[a-z-]+\]$/.test(l));

const EXPECTED: Record<string, { file: string; platform: string; out: string[] }> = {
  zendesk: {
    file: 'macros.json', platform: 'zendesk', out: [
      'macros.json:32:26: error "ticket.requester.frist_name" is not a Zendesk placeholder; did you mean "ticket.requester.first_name"? [unknown-placeholder]',
      'macros.json:49:24: error "{{ticket.requester.first_name}" has one closing brace; write {{ticket.requester.first_name}}. [placeholder-syntax]',
      'macros.json:49:57: error "{% if %}" is never closed: add {% endif %}, or Zendesk will fail to render this macro. [placeholder-syntax]',
      'macros.json:66:48: error "[INSERT TRACKING LINK]" looks like a slot for someone to fill in; the customer would receive it as written. Fill it in or use a placeholder. [unfilled-template]',
      'macros.json:83:325: error About 347 characters once placeholders are filled in; social messages are cut at 280. Shorten it by about 67. [too-long-for-channel]',
      'macros.json:100:21: warning Same text as "Refund sent (copy)" at macros.json:117:21. Keep one macro and update it in one place. [duplicate-macro]',
      'macros.json:117:21: warning Same text as "Refund sent" at macros.json:100:21. Keep one macro and update it in one place. [duplicate-macro]',
      'macros.json:134:21: warning Reads at about grade 25.8 (Flesch-Kincaid); the target for social is 7. Start with this sentence: shorter sentences and plainer words. [reading-level]',
    ],
  },
  freshdesk: {
    file: 'canned-responses.json', platform: 'freshdesk', out: [
      'canned-responses.json:17:32: error "ticket.requester.firstnme" is not a Freshdesk placeholder; did you mean "ticket.requester.firstname"? [unknown-placeholder]',
      'canned-responses.json:27:30: error "{ticket.requester.firstname}}" has one opening brace; write {{ticket.requester.firstname}}. [placeholder-syntax]',
      'canned-responses.json:27:82: error "%{ticket.number}" is osTicket/Ruby placeholder syntax; Freshdesk will send it as text. [placeholder-syntax]',
      'canned-responses.json:37:54: error "<tracking link>" looks like a slot for someone to fill in; the customer would receive it as written. Fill it in or use a placeholder. [unfilled-template]',
      'canned-responses.json:47:330: error About 347 characters once placeholders are filled in; social messages are cut at 280. Shorten it by about 67. [too-long-for-channel]',
      'canned-responses.json:57:27: warning Same text as "Refund sent (copy)" at canned-responses.json:67:27. Keep one macro and update it in one place. [duplicate-macro]',
      'canned-responses.json:67:27: warning Same text as "Refund sent" at canned-responses.json:57:27. Keep one macro and update it in one place. [duplicate-macro]',
      'canned-responses.json:77:27: warning Reads at about grade 25.8 (Flesch-Kincaid); the target for social is 7. Start with this sentence: shorter sentences and plainer words. [reading-level]',
    ],
  },
  intercom: {
    file: 'macros.json', platform: 'intercom', out: [
      'macros.json:23:26: error "frist_name" is not an Intercom placeholder; did you mean "first_name"? [unknown-placeholder]',
      'macros.json:37:25: warning "{{first_name}}" has no fallback: a customer with no name on file reads "Hey ,". Add one, e.g. {{first_name | fallback: "there"}}. [placeholder-without-fallback]',
      'macros.json:51:61: error Intercom has no "upcase" filter. [placeholder-syntax]',
      'macros.json:65:45: error "XX/XX/XXXX" looks like a stand-in for a real value; the customer would receive it as written. Fill it in or use a placeholder. [unfilled-template]',
      'macros.json:79:330: error About 347 characters once placeholders are filled in; social messages are cut at 280. Shorten it by about 67. [too-long-for-channel]',
      'macros.json:93:21: warning Same text as "Refund sent (copy)" at macros.json:107:21. Keep one macro and update it in one place. [duplicate-macro]',
      'macros.json:107:21: warning Same text as "Refund sent" at macros.json:93:21. Keep one macro and update it in one place. [duplicate-macro]',
      'macros.json:121:21: warning Reads at about grade 25.8 (Flesch-Kincaid); the target for social is 7. Start with this sentence: shorter sentences and plainer words. [reading-level]',
    ],
  },
  helpscout: {
    file: 'saved-replies.json', platform: 'helpscout', out: [
      'saved-replies.json:11:19: error "customer.firstname" is not a Help Scout placeholder; did you mean "customer.firstName"? [unknown-placeholder]',
      'saved-replies.json:17:20: warning "{%customer.firstName%}" has no fallback: a customer with no name on file reads "Hello ,". Add one, e.g. {%customer.firstName,fallback=there%}. [placeholder-without-fallback]',
      'saved-replies.json:23:17: error "{{customer.firstName}}" is Liquid syntax; Help Scout writes variables as {%customer.firstName%}. [placeholder-syntax]',
      'saved-replies.json:29:29: error "$XX.XX" looks like a stand-in for a real value; the customer would receive it as written. Fill it in or use a placeholder. [unfilled-template]',
      'saved-replies.json:35:324: error About 347 characters once placeholders are filled in; social messages are cut at 280. Shorten it by about 67. [too-long-for-channel]',
      'saved-replies.json:41:14: warning Same text as "Refund sent (copy)" at saved-replies.json:47:14. Keep one macro and update it in one place. [duplicate-macro]',
      'saved-replies.json:47:14: warning Same text as "Refund sent" at saved-replies.json:41:14. Keep one macro and update it in one place. [duplicate-macro]',
      'saved-replies.json:53:14: warning Reads at about grade 25.8 (Flesch-Kincaid); the target for social is 7. Start with this sentence: shorter sentences and plainer words. [reading-level]',
    ],
  },
  gorgias: {
    file: 'macros.json', platform: 'gorgias', out: [
      'macros.json:35:32: error "ticket.customer.first_name" is not a Gorgias placeholder; did you mean "ticket.customer.firstname"? [unknown-placeholder]',
      'macros.json:57:82: error Gorgias has no "date" filter. [placeholder-syntax]',
      'macros.json:79:36: error "<DISCOUNT CODE>" looks like a slot for someone to fill in; the customer would receive it as written. Fill it in or use a placeholder. [unfilled-template]',
      'macros.json:101:329: error About 347 characters once placeholders are filled in; social messages are cut at 280. Shorten it by about 67. [too-long-for-channel]',
      'macros.json:123:27: warning Same text as "Refund sent (copy)" at macros.json:145:27. Keep one macro and update it in one place. [duplicate-macro]',
      'macros.json:145:27: warning Same text as "Refund sent" at macros.json:123:27. Keep one macro and update it in one place. [duplicate-macro]',
      'macros.json:167:27: warning Reads at about grade 25.8 (Flesch-Kincaid); the target for social is 7. Start with this sentence: shorter sentences and plainer words. [reading-level]',
    ],
  },
  front: {
    file: 'message-templates.json', platform: 'front', out: [
      'message-templates.json:28:24: error "recipient.firstname" is not a Front placeholder; did you mean "recipient.first_name"? [unknown-placeholder]',
      'message-templates.json:40:43: error "ticket.id" is not a Front placeholder (it is a Zendesk/Freshdesk/Gorgias placeholder); if it is a custom field, add it to customFields. [unknown-placeholder]',
      'message-templates.json:52:39: error "____" looks like a blank to write on; the customer would receive it as written. Fill it in or use a placeholder. [unfilled-template]',
      'message-templates.json:64:316: error About 347 characters once placeholders are filled in; social messages are cut at 280. Shorten it by about 67. [too-long-for-channel]',
      'message-templates.json:76:19: warning Same text as "Refund sent (copy)" at message-templates.json:88:19. Keep one macro and update it in one place. [duplicate-macro]',
      'message-templates.json:88:19: warning Same text as "Refund sent" at message-templates.json:76:19. Keep one macro and update it in one place. [duplicate-macro]',
      'message-templates.json:100:19: warning Reads at about grade 25.8 (Flesch-Kincaid); the target for social is 7. Start with this sentence: shorter sentences and plainer words. [reading-level]',
    ],
  },
};

describe('platform fixtures', () => {
  for (const [name, e] of Object.entries(EXPECTED)) {
    it(`${name}: detected, every rule at its place`, () => {
      const dir = project(name);
      const r = cli(['-f', 'compact', e.file], { cwd: dir });
      expect(r.status).toBe(1);
      expect(lines(r.stdout)).toEqual(e.out);
      const cfg = cli(['--print-config', e.file], { cwd: dir });
      const printed = JSON.parse(cfg.stdout);
      expect(printed.platform).toBe(e.platform);
      expect(printed.platformSource).toBe("detected from the export's shape");
    });

    it(`${name}: --fix gives the pinned bytes, and a second --fix changes nothing`, () => {
      const dir = project(name);
      expect(cli(['--fix', e.file], { cwd: dir }).status).toBe(1);
      const fixed = readFileSync(join(dir, e.file), 'utf8');
      expect(fixed).toBe(readFileSync(join(FIXTURES, name, `${e.file}.fixed`), 'utf8'));
      cli(['--fix', e.file], { cwd: dir });
      expect(readFileSync(join(dir, e.file), 'utf8')).toBe(fixed);
    });
  }

  it('liquid: set with --platform, never detected', () => {
    const dir = project('liquid');
    expect(JSON.parse(cli(['--print-config', 'templates.yaml'], { cwd: dir }).stdout).platform).toBe('none');
    const r = cli(['-f', 'compact', '--platform', 'liquid', 'templates.yaml'], { cwd: dir });
    expect(lines(r.stdout)).toEqual([
      'templates.yaml:5:16: warning "{{ customer.first_name }}" has no fallback: a customer with no name on file reads "Hello ,". Add one, e.g. {{ customer.first_name | default: "there" }}. [placeholder-without-fallback]',
      'templates.yaml:7:10: error "{% if %}" is never closed: add {% endif %}, or Liquid will fail to render this macro. [placeholder-syntax]',
      'templates.yaml:9:13: error Unknown Liquid tag "iff"; did you mean "if"? [placeholder-syntax]',
      'templates.yaml:9:40: error "{% endif %}" closes a block that was never opened. [placeholder-syntax]',
      'templates.yaml:11:34: error "TBD" looks like a note that something is still to be decided; the customer would receive it as written. Fill it in or use a placeholder. [unfilled-template]',
      'templates.yaml:13:10: warning Same text as "Refund sent (copy)" at templates.yaml:15:10. Keep one macro and update it in one place. [duplicate-macro]',
      'templates.yaml:15:10: warning Same text as "Refund sent" at templates.yaml:13:10. Keep one macro and update it in one place. [duplicate-macro]',
    ]);
    const printed = JSON.parse(cli(['--print-config', 'templates.yaml', '--platform', 'liquid'], { cwd: dir }).stdout);
    expect(printed.platform).toBe('liquid');
    expect(printed.platformSource).toBe('set in config or with --platform');
  });

  it('no platform: the presets leave the macro-hygiene rules off; config turns them on', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'draft.txt'), 'Your parcel is on its way: [INSERT TRACKING LINK]\n');
    // A draft's unfilled slot is robotic-script's business (catalog 2: template text left unfilled in a draft).
    const plain = cli(['-f', 'compact', 'draft.txt'], { cwd: dir }).stdout;
    expect(plain).not.toContain('unfilled-template');
    expect(plain).toContain('draft.txt:1:28: warning "[INSERT TRACKING LINK]" is template text left unfilled');
    const on = cli(['-f', 'compact', '--rule', 'unfilled-template:error', 'draft.txt'], { cwd: dir });
    expect(lines(on.stdout).filter((l) => !l.endsWith('[robotic-script]'))).toEqual(['draft.txt:1:28: error "[INSERT TRACKING LINK]" looks like a slot for someone to fill in; the customer would receive it as written. Fill it in or use a placeholder. [unfilled-template]']);
    const set = cli(['-f', 'compact', '--platform', 'zendesk', 'draft.txt'], { cwd: dir });
    expect(lines(set.stdout).filter((l) => l.endsWith('[unfilled-template]'))).toHaveLength(1);
  });

  it('an unknown --platform is a usage error', () => {
    const r = cli(['--platform', 'zendek', 'x.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('zendek');
  });
});

describe('duplicate-macro across files', () => {
  const twoFiles = () => {
    const dir = project('zendesk');
    // A second export holding one of the first file's macros again.
    const copy = JSON.parse(readFileSync(join(dir, 'macros.json'), 'utf8'));
    copy.macros = [copy.macros[4]];
    writeFileSync(join(dir, 'more.json'), JSON.stringify(copy, null, 2) + '\n');
    return dir;
  };
  const dupLines = (out: string) => lines(out).filter((l) => l.endsWith('[duplicate-macro]') && l.includes('more.json'));

  it('reports both places, serially, in workers and from the cache', () => {
    const dir = twoFiles();
    const want = [
      'macros.json:83:21: warning Same text as "Long" at more.json:15:21. Keep one macro and update it in one place. [duplicate-macro]',
      'more.json:15:21: warning Same text as "Long" at macros.json:83:21. Keep one macro and update it in one place. [duplicate-macro]',
    ];
    expect(dupLines(cli(['-f', 'compact', '.'], { cwd: dir }).stdout)).toEqual(want);
    expect(dupLines(cli(['-f', 'compact', '--jobs', '2', '.'], { cwd: dir }).stdout)).toEqual(want);
    expect(dupLines(cli(['-f', 'compact', '--cache', '.'], { cwd: dir }).stdout)).toEqual(want);
    // Second run: both files come from the cache, and the repository step still sees them.
    const cached = cli(['-f', 'compact', '--cache', '--verbose', '.'], { cwd: dir });
    expect(cached.stderr).toContain('2 from cache');
    expect(dupLines(cached.stdout)).toEqual(want);
  });

  it('json output carries no collected data', () => {
    const dir = twoFiles();
    const out = JSON.parse(cli(['-f', 'json', '.'], { cwd: dir }).stdout);
    for (const r of out) expect(r).not.toHaveProperty('collected');
  });
});
