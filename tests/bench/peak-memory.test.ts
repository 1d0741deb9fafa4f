import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { expect, it } from 'vitest';
import { treeMemory } from './peak-memory.ts';

it("counts the memory of the processes a build starts, not only the build's own", async () => {
  const before = treeMemory();
  expect(before).toBeGreaterThanOrEqual(process.memoryUsage().rss * 0.9);
  // A child that holds 200 MB it has written to, then waits to be ended.
  const child = spawn(
    process.execPath,
    ['-e', 'globalThis.held = Buffer.alloc(200 * 2 ** 20, 1); console.log("ready"); setInterval(() => {}, 1000)'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    await once(child.stdout, 'data');
    const during = treeMemory();
    expect(during - before).toBeGreaterThan(190 * 2 ** 20);
    expect(treeMemory(child.pid)).toBeGreaterThan(200 * 2 ** 20);
  } finally {
    child.kill();
    await once(child, 'exit');
  }
});
