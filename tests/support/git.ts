import { execFileSync } from 'node:child_process';

/** Runs `git` in `cwd` as a fixed author, whatever this machine's Git is set up with; its output, trimmed. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Tests', '-c', 'user.email=tests@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}
