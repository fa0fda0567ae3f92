// The issue-13 bench groups: real-length inputs, every case timed beside write-good in the same
// alternating group. Inputs are written from ../shared/corpus at bench time (never committed).
//   real    2,207 real brand replies (~19 words), one file each: recommended, complaint preset,
//           the same replies as one JSON macro library; write-good on the files
//   drafts  500 generated short drafts (~60 words), one file each
//   20k     20,000 files cycling the real replies: serial, --jobs auto, --jobs 2, two processes at once
//   cold    (added to the cold group) one real reply file
import { join } from 'node:path';
import { hasCorpus, writeRealMacros, writeRealMany, writeRealReplies, writeShortDrafts } from './corpus.mjs';

/**
 * Adds the real-input cases and groups. ctx: {OUT, quick, roundsArg, cl, rel, node, bin, peers, wgFiles, ANY, groups, info,
 * baseline?: another build's bin/complaintlint.js (`--baseline PATH`), timed in the same groups as `base-*`}.
 * Returns false when the corpus is missing (a clone without ../shared).
 */
export async function addRealGroups(ctx) {
  const { OUT, quick, roundsArg, cl, rel, node, bin, peers, wgFiles, ANY, groups, info, baseline } = ctx;
  const base = (...a) => [node, baseline, ...a];
  if (!hasCorpus()) return false;
  const real = writeRealReplies(OUT);
  const macros = writeRealMacros(OUT);
  const drafts = await writeShortDrafts(OUT, 500, 20240613);
  const many = quick ? undefined : writeRealMany(OUT, 20000);
  Object.assign(info, { real, 'real-macros': macros, drafts500: drafts, ...(many ? { real20k: many } : {}) });
  const wg = peers.writeGood;
  const one = join(real.dir, '00001.txt');
  const cold = groups.find((g) => g.name === 'cold');
  cold?.cases.push(
    { key: 'cl-real-1', argv: cl(rel(one)) },
    wg && { key: 'wg-real-1', argv: [node, wg.bin, rel(one)], okCodes: ANY },
    baseline && { key: 'base-real-1', argv: base(rel(one)) },
  );
  groups.push({
    name: 'real', rounds: roundsArg ?? (quick ? 2 : 5), perRound: 1,
    cases: [
      { key: 'cl-real', argv: cl(rel(real.dir)) },
      { key: 'cl-real-complaint', argv: cl('--preset', 'complaint', '--kind', 'complaint', rel(real.dir)) },
      { key: 'cl-real-macros', argv: cl(rel(macros.file)) },
      wg && { key: 'wg-real', argv: wgFiles(real.dir), okCodes: ANY },
      baseline && { key: 'base-real', argv: base(rel(real.dir)) },
      baseline && { key: 'base-real-complaint', argv: base('--preset', 'complaint', '--kind', 'complaint', rel(real.dir)) },
    ],
  });
  groups.push({
    name: 'drafts', rounds: roundsArg ?? (quick ? 2 : 5), perRound: 1,
    cases: [
      { key: 'cl-drafts', argv: cl(rel(drafts.dir)) },
      wg && { key: 'wg-drafts', argv: wgFiles(drafts.dir), okCodes: ANY },
      baseline && { key: 'base-drafts', argv: base(rel(drafts.dir)) },
    ],
  });
  if (many) {
    groups.push({
      name: '20k', rounds: roundsArg ?? 3, perRound: 1,
      cases: [
        { key: 'cl-20k', argv: cl(rel(many.dir)) },
        { key: 'cl-20k-auto', argv: cl('--jobs', 'auto', rel(many.dir)) },
        { key: 'cl-20k-j2', argv: cl('--jobs', '2', rel(many.dir)) },
        { key: 'cl-20k-halves', argv: ['sh', '-c', `"${node}" "${bin}" "${rel(many.dir)}/part1" >/dev/null & "${node}" "${bin}" "${rel(many.dir)}/part2" >/dev/null; wait`] },
        wg && { key: 'wg-20k', argv: wgFiles(many.dir), okCodes: ANY },
      ],
    });
  }
  return true;
}

/** The issue-13 rows and targets for the report. */
export function realRows(info, n) {
  return [
    [`1 real reply (${n(info.real ? Math.round(info.real.words / info.real.files) : undefined)} words), cold start`, 'cl-real-1', 'real-1'],
    [`${n(info.real?.files)} real replies (${n(info.real?.words)} words), one file each`, 'cl-real', 'real'],
    ['the same, `--preset complaint --kind complaint`', 'cl-real-complaint', 'real'],
    ['the same replies as one JSON macro library', 'cl-real-macros', 'real'],
    [`${n(info.drafts500?.files)} short drafts (${n(info.drafts500?.words)} words), one file each`, 'cl-drafts', 'drafts'],
    [`${n(info.real20k?.files)} files of real replies (${n(info.real20k?.words)} words)`, 'cl-20k', '20k'],
    ['the same, `--jobs auto`', 'cl-20k-auto', '20k'],
    ['the same, `--jobs 2`', 'cl-20k-j2', '20k'],
    ['the same as two processes at once, one per half (the ceiling for `--jobs 2`)', 'cl-20k-halves', '20k'],
    ['`--baseline` build: 1 real reply, cold start', 'base-real-1', 'real-1'],
    ['`--baseline` build: real replies, one file each', 'base-real', 'real'],
    ['`--baseline` build: real replies, complaint preset', 'base-real-complaint', 'real'],
    ['`--baseline` build: 500 short drafts', 'base-drafts', 'drafts'],
  ];
}

/** [label, a, b, limit text, ok] for the issue-13 targets (ratios of medians in one alternating group). */
export const REAL_TARGETS = [
  ['real replies, one file each: complaintlint / write-good', 'cl-real', 'wg-real', '<= 1.0 (goal 0.5)', (v) => v <= 1.0],
  ['real replies, complaint preset: complaintlint / write-good', 'cl-real-complaint', 'wg-real', '<= 1.3', (v) => v <= 1.3],
  ['cold start, one real reply: complaintlint / write-good', 'cl-real-1', 'wg-real-1', '<= 1.0', (v) => v <= 1.0],
  ['20k files: complaintlint / write-good', 'cl-20k', 'wg-20k', '<= 0.8', (v) => v <= 0.8],
  ['500 short drafts: complaintlint / write-good', 'cl-drafts', 'wg-drafts', '(issue: 2.2x before)', null],
  ['20k files: `--jobs auto` / serial', 'cl-20k-auto', 'cl-20k', '<= 1.0', (v) => v <= 1.0],
  ['real replies: this build / `--baseline` build', 'cl-real', 'base-real', '(lower is better)', null],
  ['complaint preset: this build / `--baseline` build', 'cl-real-complaint', 'base-real-complaint', '(lower is better)', null],
  ['cold start: this build / `--baseline` build', 'cl-real-1', 'base-real-1', '(lower is better)', null],
];
