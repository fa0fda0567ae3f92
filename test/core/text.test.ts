// The text kernel: one line index, one character-split check, one BOM rule, one severity reading and
// one per-object memo for every layer.
import { describe, expect, it } from 'vitest';
import { LineIndex, bomOf, splitsCharacter, splitsCrlf, splitsPair, stripBom } from '../../src/core/text.js';
import { severityOf, severityWord } from '../../src/core/severity.js';
import { memoPer } from '../../src/core/memo.js';
import { clampPosition } from '../../src/engine/safe-positions.js';

describe('LineIndex', () => {
  it('ends a line at \\n, \\r\\n and a lone \\r alike', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = `ab${nl}cde${nl}f`;
      const lines = new LineIndex(text);
      expect(lines.count, JSON.stringify(nl)).toBe(3);
      expect(lines.position(text.indexOf('d'))).toEqual({ line: 2, column: 2 });
      expect(lines.position(text.length)).toEqual({ line: 3, column: 2 });
      expect(lines.lineStart(3)).toBe(text.indexOf('f'));
      expect(lines.lineStart(4)).toBeUndefined();
      expect(lines.offset(2, 3)).toBe(text.indexOf('e'));
    }
  });

  it('keeps both halves of a CRLF on the line they end', () => {
    const lines = new LineIndex('a\r\nb');
    expect(lines.position(1)).toEqual({ line: 1, column: 2 });
    expect(lines.position(2)).toEqual({ line: 1, column: 3 });
    expect(lines.position(3)).toEqual({ line: 2, column: 1 });
  });
});

describe('character splits and the BOM', () => {
  it('finds offsets inside a surrogate pair or a CRLF, and nowhere else', () => {
    const text = 'a😀b\r\nc\rd';
    expect([...Array(text.length + 1).keys()].filter((i) => splitsCharacter(text, i))).toEqual([2, 5]);
    expect(splitsPair(text, 2)).toBe(true);
    expect(splitsCrlf(text, 5)).toBe(true);
    expect(splitsCharacter(text, 8)).toBe(false); // after a lone CR
  });

  it('strips and keeps one leading BOM', () => {
    expect(stripBom('\uFEFFhi')).toBe('hi');
    expect(stripBom('hi\uFEFF')).toBe('hi\uFEFF');
    expect(bomOf('\uFEFFhi')).toBe('\uFEFF');
    expect(bomOf('hi')).toBe('');
  });

  it('clamps a parser position to a real one on any line ending', () => {
    expect(clampPosition('ab\rcd\r\nef', 2, 99)).toEqual({ line: 2, column: 3 });
    expect(clampPosition('ab\rcd', 9, 1)).toEqual({ line: 2, column: 1 });
    expect(clampPosition('a😀', 1, 3)).toEqual({ line: 1, column: 2 });
  });
});

describe('severity words', () => {
  it('reads the config and --rule spellings', () => {
    expect(['off', 'INFO', 'warn', 'Warning', 'error', 0, 1, 2].map(severityOf)).toEqual(['off', 'info', 'warn', 'warn', 'error', 'off', 'warn', 'error']);
    expect(['', 'fatal', 'constructor', 3, 1.5, -1, null].map(severityOf)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('shows a fatal message as an error', () => {
    expect(severityWord({ severity: 0, fatal: true } as never)).toBe('error');
    expect(severityWord({ severity: 1 } as never)).toBe('warning');
    expect(severityWord({ severity: 0 } as never)).toBe('info');
  });
});

describe('memoPer', () => {
  it('computes once per object, undefined answers included', () => {
    let calls = 0;
    const f = memoPer((o: { n: number }) => { calls++; return o.n > 0 ? o.n : undefined; });
    const a = { n: 1 }, b = { n: 0 };
    expect([f(a), f(a), f(b), f(b)]).toEqual([1, 1, undefined, undefined]);
    expect(calls).toBe(2);
  });
});
