// Colours: plain text unless asked for (chalk is loaded only then), chalk's basic 16 colours when on.
import { describe, expect, it } from 'vitest';
import { colors } from '../../src/formatters/colors.js';

describe('formatter colours', () => {
  it('off: every style returns its arguments as one string, as chalk does at level 0', () => {
    const c = colors(false);
    expect(c.red.bold('x')).toBe('x');
    expect(c.dim(5)).toBe('5');
    expect(c.green('a', 'b')).toBe('a b');
    expect(c.underline('')).toBe('');
    expect(c.yellow('→ fix')).toBe('→ fix');
  });

  it('on: ANSI codes, chained and nested styles restored the way chalk restores them', () => {
    const c = colors(true);
    expect(c.red('error')).toBe('\u001b[31merror\u001b[39m');
    expect(c.red.bold('1 problem')).toBe('\u001b[31m\u001b[1m1 problem\u001b[22m\u001b[39m');
    expect(c.dim(`a ${c.dim('b')} c`)).toBe('\u001b[2ma \u001b[2mb\u001b[22m\u001b[2m c\u001b[22m');
    expect(colors(true)).toBe(c); // loaded once
  });
});
