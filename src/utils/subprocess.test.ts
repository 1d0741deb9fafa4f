import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { EchoInput } from '../../tests/fixtures/helpers/echo.ts';
import { startHelper } from './subprocess.ts';

const echo = new URL('../../tests/fixtures/helpers/echo.ts', import.meta.url);

/** Starts the echo helper; its answers and how it ended, as promises. */
function start(input: EchoInput, answers: number) {
  const got: string[] = [];
  let answered!: (got: string[]) => void;
  let ended!: (problem: string) => void;
  const all = new Promise<string[]>((resolve) => (answered = resolve));
  const end = new Promise<string>((resolve) => (ended = resolve));
  const helper = startHelper<string>(echo, input, {
    answer: (message) => {
      got.push(message);
      if (got.length === answers) answered(got);
    },
    end: ended,
  });
  return { helper, all, end };
}

it('answers every message in order, those sent while it was starting included', async () => {
  const { helper, all } = start({ prefix: '> ' }, 3);
  for (const message of ['a', 'b', 'c']) helper.send(message);
  expect(await all).toEqual(['> a', '> b', '> c']);
  await helper.close();
});

it('says why a helper could not start, in its own words', async () => {
  const { helper, end } = start({ prefix: '', fail: true }, 1);
  helper.send('a');
  expect(await end).toBe('failed: cannot read the doc set');
  await helper.close();
});

it('says when a helper stops before it is closed, and not when it is closed', async () => {
  const stopped = start({ prefix: '' }, 1);
  stopped.helper.send({ exit: 3 });
  expect(await stopped.end).toBe('stopped with exit code 3');

  const closed = start({ prefix: '' }, 1);
  closed.helper.send('a');
  await closed.all;
  let said: string | undefined;
  void closed.end.then((problem) => (said = problem));
  await closed.helper.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(said).toBeUndefined();
});

it("holds a helper's memory in a process of its own, and gives it back when the helper ends", async () => {
  const before = process.memoryUsage().rss;
  const { helper, all } = start({ prefix: '' }, 1);
  helper.send({ hold: 300 * 2 ** 20 });
  const [answer] = await all;
  const [, pid, resident] = /held by process (\d+), resident (\d+)/.exec(answer!)!;
  // Held by another process than this one, which has all 300 MB resident...
  expect(Number(pid)).not.toBe(process.pid);
  expect(Number(resident)).toBeGreaterThan(300 * 2 ** 20);
  await helper.close();
  // ...and gone with it: that process no longer exists, and this one never took the memory on.
  expect(existsSync(`/proc/${pid}`)).toBe(false);
  expect(process.memoryUsage().rss - before).toBeLessThan(100 * 2 ** 20);
});
