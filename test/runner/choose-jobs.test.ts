// --jobs auto: serial until the batch repays the workers' warm-up.
import { describe, expect, it } from 'vitest';
import { AUTO_MIN_WORK, chooseJobs, sampledBytes } from '../../src/runner/choose-jobs.js';

describe('chooseJobs', () => {
  it('stays serial for small batches and short replies below the crossover', () => {
    expect(chooseJobs(10, 10_000_000, 2)).toBe(1);
    expect(chooseJobs(2207, 230_000, 2)).toBe(1);
    expect(chooseJobs(5000, 500_000, 2)).toBe(1);
    // 10,000 real replies ran as fast serial as in two workers (the tie is left serial).
    expect(chooseJobs(10_000, 1_350_000, 2)).toBe(1);
    expect(chooseJobs(4000, 4_900_000, 2)).toBe(1);
  });

  it('splits big batches, by files or by bytes, up to the cores', () => {
    expect(chooseJobs(10_000, 9_000_000, 2)).toBe(2);
    // 20,000 real replies: 5.6 s serial, 5.2 s in two workers.
    expect(chooseJobs(20_000, 2_700_000, 2)).toBe(2);
    expect(chooseJobs(6000, 8_000_000, 2)).toBe(2);
    expect(chooseJobs(AUTO_MIN_WORK * 4, 0, 8)).toBe(2);
    expect(chooseJobs(100_000, 0, 4)).toBe(4);
    expect(chooseJobs(100_000, 0, 1)).toBe(1);
  });

  it('estimates bytes from a sample', () => {
    expect(sampledBytes([])).toBe(0);
    expect(sampledBytes(['/nonexistent/a', '/nonexistent/b'])).toBe(0);
  });
});
