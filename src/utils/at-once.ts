/**
 * Runs `run` on every job, at most `limit` at a time, and answers in the jobs' order. After a job
 * fails no other starts; once those running have finished, the whole fails with the first failure.
 */
export async function atMostAtOnce<Job, Answer>(
  jobs: readonly Job[],
  limit: number,
  run: (job: Job, at: number) => Promise<Answer>,
): Promise<Answer[]> {
  const answers: Answer[] = new Array(jobs.length);
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < jobs.length) {
      const at = next++;
      try {
        answers[at] = await run(jobs[at]!, at);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  // Each running job is let finish (a helper process is not left behind), then the first failure is told.
  const lanes = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, lane));
  const failure = lanes.find((settled) => settled.status === 'rejected');
  if (failure) throw failure.reason;
  return answers;
}
