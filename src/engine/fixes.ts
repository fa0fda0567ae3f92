// Applying fixes to a file's text: non-overlapping spans only, first one wins, in one pass.

export interface FileFix {
  range: [number, number];
  text: string;
}

export interface FixPass {
  output: string;
  applied: FileFix[];
  /** Fixes skipped because they overlapped an earlier one; they stay reported. */
  skipped: FileFix[];
}

/** Applies fixes to text. Overlapping fixes are resolved deterministically: sorted by start, the first wins. */
export function applyFixes(text: string, fixes: readonly FileFix[]): FixPass {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: FileFix[] = [];
  const skipped: FileFix[] = [];
  let out = '';
  let at = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < at || start > end || end > text.length) { skipped.push(fix); continue; }
    if (text.slice(start, end) === fix.text) continue; // no-op fix
    out += text.slice(at, start) + fix.text;
    at = end;
    applied.push(fix);
  }
  out += text.slice(at);
  return { output: applied.length ? out : text, applied, skipped };
}
