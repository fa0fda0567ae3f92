// The run's tuning (src/core/boot.ts), decided once per process: isolated, since it is process state.
import { describe, expect, it } from 'vitest';
import { QUICK_FIRST_MAX_FILES, TIER_UP_CHARS, regexpModeFor, tierUpAfter, tuneForRun } from '../../src/core/boot.js';

describe('run tuning', () => {
  it('a big library compiles phrase expressions optimized at once; the first decision holds', () => {
    expect(regexpModeFor(10_000)).toBe('quick');
    expect(regexpModeFor(Infinity)).toBe('optimized');
    expect(tierUpAfter()).toBe(TIER_UP_CHARS);
    tuneForRun(Infinity, QUICK_FIRST_MAX_FILES + 1);
    expect(tierUpAfter()).toBe(0);
    tuneForRun(100, 1);
    expect(tierUpAfter()).toBe(0);
  });
});
