// A conservative check for regexes that can backtrack catastrophically (nested or overlapping
// quantifiers such as (a+)+ or (a|a)*). Rejected at config load, so a bad pattern never hangs a run.

/** Returns why the pattern is unsafe, or undefined when it is acceptable. */
export function checkRegexSafety(source: string): string | undefined {
  if (source.length > 1000) return 'longer than 1000 characters';
  if (/\\[1-9]/.test(source)) return 'back-references are not allowed';
  // A quantified group that itself contains a quantifier: (a+)+, (\w*x)*, (?:a{2,})+
  const stack: Array<{ quantified: boolean }> = [];
  let i = 0;
  let inClass = false;
  for (; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') { markQuantifiable(); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; continue; }
    if (c === '(') { stack.push({ quantified: false }); continue; }
    if (c === ')') {
      const group = stack.pop();
      const next = source[i + 1];
      const quantifiedAfter = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}/.test(source.slice(i + 1)) && !/^\{\d+\}/.test(source.slice(i + 1)));
      if (group?.quantified && quantifiedAfter) return `nested quantifiers near "${source.slice(Math.max(0, i - 12), i + 2)}" can backtrack catastrophically`;
      if (group?.quantified && stack.length) stack[stack.length - 1]!.quantified = true;
      continue;
    }
    if ((c === '*' || c === '+' || (c === '{' && /^\{\d*,?\d*\}/.test(source.slice(i)))) && stack.length) {
      stack[stack.length - 1]!.quantified = true;
    }
  }
  // Alternations of overlapping branches under a quantifier: (a|a)*, (a|ab)+
  if (/\((?:\?:)?([^()|]+)\|\1\)[*+]/.test(source)) return 'a quantified alternation with identical branches can backtrack catastrophically';
  return undefined;
  function markQuantifiable() { /* escapes are atoms; nothing to track */ }
}
