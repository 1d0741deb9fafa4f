import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

// Loaded with --import into a build, so the benchmark learns the build's peak memory: the
// process's own (worker threads included: they share it) and, sampled, that of the processes it
// starts (render and check processes, Pagefind's indexer) added to it while they run.
const target = process.env['BENCH_PEAK_MEMORY_FILE'];
/** Often enough to see each phase of a build; a look at every process takes under 1 ms. */
const SAMPLE_MS = 200;

/** Resident memory of this process and every process below it, in bytes, from /proc. */
export function treeMemory(root = process.pid): number {
  const parents = new Map<number, number>();
  const resident = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (command) state ppid ...": the command may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      // Field 24 of stat, the resident set in pages.
      resident.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  let total = 0;
  for (const [pid, bytes] of resident) {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parents.get(at)) {
      if (at === root) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

if (target) {
  let sampled = 0;
  setInterval(() => {
    sampled = Math.max(sampled, treeMemory());
  }, SAMPLE_MS).unref();
  // The process's own peak is exact; the samples add the processes it started, which a
  // sample taken between two of the process's own peaks may miss only for a moment.
  process.on('exit', () => writeFileSync(target, String(Math.max(process.resourceUsage().maxRSS * 1024, sampled))));
}
