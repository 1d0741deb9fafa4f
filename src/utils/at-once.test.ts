import { describe, expect, it } from 'vitest';
import { atMostAtOnce } from './at-once.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('atMostAtOnce', () => {
  it('runs every job, never more than the limit at a time, and answers in the jobs’ order', async () => {
    let running = 0;
    let most = 0;
    const answers = await atMostAtOnce([5, 1, 4, 2, 3], 2, async (job) => {
      running++;
      most = Math.max(most, running);
      for (let wait = 0; wait < job; wait++) await tick();
      running--;
      return job * 10;
    });
    expect(answers).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it('starts no job after one failed, and fails with it', async () => {
    const started: number[] = [];
    const run = atMostAtOnce([1, 2, 3, 4], 1, async (job) => {
      started.push(job);
      await tick();
      if (job === 2) throw new Error('job 2 failed');
      return job;
    });
    await expect(run).rejects.toThrow('job 2 failed');
    expect(started).toEqual([1, 2]);
  });

  it('fails only once the jobs still running have finished', async () => {
    const finished: number[] = [];
    const run = atMostAtOnce([1, 2], 2, async (job) => {
      for (let wait = 0; wait < (job === 1 ? 1 : 4); wait++) await tick();
      if (job === 1) throw new Error('job 1 failed');
      finished.push(job);
      return job;
    });
    await expect(run).rejects.toThrow('job 1 failed');
    expect(finished).toEqual([2]);
  });
});
