import { writeFileSync } from 'node:fs';

// Loaded with --import into a build, so the benchmark learns the build's peak memory
// (worker threads included: they share the process).
const target = process.env['BENCH_PEAK_MEMORY_FILE'];
if (target) {
  process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
}
