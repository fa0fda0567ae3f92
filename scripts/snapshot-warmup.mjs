// Build-time warm-up for the startup snapshot: runs the real CLI (main) on sample replies in every
// format, preset, channel and output format, with output to a sink. Whatever the run initializes
// lazily (compromise's first parse, compiled match patterns, regexp bytecode, lazily imported format
// parsers and formatters, cosmiconfig) is then already in the heap when a snapshot run starts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';

// Our own sample text, with something for every rule (and clean sentences around it).
const DRAFT = `Dear Customer,

We're sorry you feel that way, and we apologise if you were inconvenienced. Please be advised that
your correspondence was received; kindly allow 3 days prior to a reply. I understand the blender
arrived with a cracked lid. I'm sorry we packed it badly. It's just a minor glitch and nobody else has
reported it. You should have read the manual. That's our policy and there's nothing I can do. I'll pass
this on to the relevant team. Your call is very important to us. I guarantee this will NEVER happen
again!! To cancel, please call our retention team. Please reply with your order number and email.

I've refunded $20 today and I'll send a new one by Friday, so this won't happen again. What would make
this right for you? Is there anything else wrong?

Best,
Dana (direct line 0800 123 456)
`;
const CLEAN = `Hi {{ticket.requester.first_name}},

Thanks for the photos. I've sent a replacement kettle today by tracked delivery, and it should reach
you tomorrow. Does that work for you?

Cheers,
Sam
`;
const SOCIAL = 'So sorry about this! Your account 4412-88 was charged twice. Please DM us your order number and we will sort it. Seriously?!';

const FILES = {
  'draft.txt': DRAFT,
  'clean.txt': CLEAN,
  'social.txt': SOCIAL,
  'draft.md': `---\nkind: complaint\n---\n# Refund\n\n${DRAFT}\n\n## Follow-up\n\n${CLEAN}`,
  'notice.html': `<html><body><p>${DRAFT.replace(/\n\n/g, '</p><p>')}</p></body></html>`,
  'macros.json': JSON.stringify({ macros: [
    { id: 1, title: 'Refund', actions: [{ field: 'comment_value', value: DRAFT }] },
    { id: 2, title: 'Thanks', actions: [{ field: 'comment_value_html', value: `<p>${CLEAN.replace(/\n/g, '<br>')}</p>` }] },
  ] }, null, 2),
  'replies.yaml': `replies:\n  - title: Refund\n    body: |\n${DRAFT.split('\n').map((l) => `      ${l}`).join('\n')}\n  - title: Thanks\n    body: "${CLEAN.replace(/\n/g, '\\n')}"\n`,
  'macros.csv': `id,title,body\n1,Refund,"${DRAFT.replace(/"/g, '""')}"\n2,Thanks,"${CLEAN.replace(/"/g, '""')}"\n`,
  '.complaintlintrc.json': JSON.stringify({ rules: { 'corporate-stiff': ['warn', { phrases: { 'revert back': 'reply' } }] } }),
};

/** A stream that keeps what is written (for the failure message) but goes nowhere. */
function sink() {
  const chunks = [];
  const stream = new Writable({ write(chunk, _enc, cb) { chunks.push(String(chunk)); cb(); } });
  return Object.assign(stream, { isTTY: false, columns: 80, text: () => chunks.join('') });
}

/** Exit 2 is a usage or runtime error: the warm-up itself is broken and the blob would be half-warm. */
async function run(main, argv, io) {
  const code = await main(argv, io);
  if (code === 2) throw new Error(`warm-up run ${JSON.stringify(argv)} failed: ${io.stderr.text().slice(0, 500)}`);
}

export async function warmUp(main) {
  const dir = mkdtempSync(join(tmpdir(), 'complaintlint-snapshot-'));
  try {
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
    const files = Object.keys(FILES).filter((f) => !f.startsWith('.'));
    const runs = [
      ['--no-config', '--preset', 'strict', '--kind', 'complaint', ...files],
      ['--no-config', '--channel', 'social', '--format', 'json', 'social.txt', 'draft.txt'],
      ['--no-config', '--preset', 'complaint', '--format', 'stylish', '--color', 'draft.txt', 'clean.txt'],
      ['.'], // config search (cosmiconfig) and a directory walk
      // No glob here: tinyglobby's fdir calls createRequire when it loads, and a snapshot must not
      // contain a CommonJS loader set up at build time (the blob then fails to start).
      ['clean.txt', 'social.txt', '--format', 'compact'],
      ['--no-config', '--fix-dry-run', '--format', 'json', 'draft.txt'],
      ...['sarif', 'github', 'junit', 'html'].map((f) => ['--no-config', '--format', f, 'draft.txt']),
    ];
    for (const argv of runs) {
      await run(main, argv, { stdout: sink(), stderr: sink(), stdin: Readable.from([]), cwd: dir });
    }
    // A draft on stdin.
    const stdin = Object.assign(Readable.from([Buffer.from(DRAFT)]), { isTTY: false });
    await run(main, ['--no-config', '--stdin'], { stdout: sink(), stderr: sink(), stdin, cwd: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
