// Placeholder names: normalizing a written name (`ticket.messages[-1].body_text`) to dotted segments, and
// matching names against a platform's list and patterns (`ticket.ticket_field_*`, `integrations.**`).
// Patterns are matched segment by segment without building regular expressions, so a pattern from config
// can never make matching slow.

/** `a.b[0]["c"].d` -> ['a', 'b', '#', 'c', 'd']: indexes become `#`, quoted keys plain segments. */
export function nameSegments(name: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c === '.') { out.push(cur); cur = ''; continue; }
    if (c === '[') {
      if (cur) out.push(cur);
      cur = '';
      const close = name.indexOf(']', i);
      const inner = close < 0 ? name.slice(i + 1) : name.slice(i + 1, close);
      out.push(/^-?\d+$/.test(inner.trim()) ? '#' : inner.trim().replace(/^["']|["']$/g, ''));
      i = close < 0 ? name.length : close;
      if (name[i + 1] === '.') i++;
      continue;
    }
    cur += c;
  }
  if (cur || out.length === 0) out.push(cur);
  return out;
}

/** One segment against a segment pattern with `*` wildcards inside it ("ticket_field_*"). */
function segmentMatches(pattern: string, seg: string): boolean {
  if (pattern === '*') return seg.length > 0;
  if (!pattern.includes('*')) return pattern === seg;
  const parts = pattern.split('*');
  if (!seg.startsWith(parts[0]!)) return false;
  let at = parts[0]!.length;
  for (let k = 1; k < parts.length - 1; k++) {
    const found = seg.indexOf(parts[k]!, at);
    if (found < 0) return false;
    at = found + parts[k]!.length;
  }
  const last = parts[parts.length - 1]!;
  // The wildcards stand for at least one character in all ("ticket_field_" alone is not a field).
  return seg.length - last.length >= at && seg.endsWith(last) && seg.length > parts.join('').length;
}

/** A compiled name pattern: segments, where `**` stands for one or more whole segments. */
export type NamePattern = readonly string[];

export function compileNamePattern(pattern: string): NamePattern {
  return pattern.split('.').map((s) => s.trim()).filter(Boolean);
}

/** Does the name (as segments) match the pattern? `**` matches one or more segments. */
export function matchesPattern(pattern: NamePattern, segs: readonly string[]): boolean {
  // Iterative match with one backtrack point per `**` (at most a few segments each side): linear in practice.
  const go = (pi: number, si: number): boolean => {
    if (pi === pattern.length) return si === segs.length;
    const p = pattern[pi]!;
    if (p === '**') {
      for (let k = si + 1; k <= segs.length; k++) if (go(pi + 1, k)) return true;
      return false;
    }
    return si < segs.length && segmentMatches(p, segs[si]!) && go(pi + 1, si + 1);
  };
  return pattern.length <= 32 && segs.length <= 64 && go(0, 0);
}

/**
 * Edit distance between two short strings where swapping two neighbours counts as one edit ("frist" ->
 * "first"), giving up (returning max + 1) once it is over `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}
