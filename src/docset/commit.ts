import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** A commit's full name: SHA-1, or SHA-256 in a repository that uses it. */
const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

const readTrimmed = (file: string) => readFileSync(file, 'utf8').trim();

/**
 * The commit the Git checkout holding `folder` stands at, read from its files (no `git` needed);
 * undefined outside a checkout, before its first commit, or where its files cannot be read. The
 * steps of a build spread over machines compare it, so that every job builds the same content.
 */
export function checkoutCommit(folder: string): string | undefined {
  for (let at = path.resolve(folder); ; at = path.dirname(at)) {
    const dotGit = path.join(at, '.git');
    if (existsSync(dotGit)) {
      try {
        return commitOf(dotGit);
      } catch {
        return undefined;
      }
    }
    if (path.dirname(at) === at) return undefined;
  }
}

function commitOf(dotGit: string): string | undefined {
  // A worktree's or a submodule's `.git` is a file naming its Git folder.
  const gitDir = statSync(dotGit).isFile()
    ? path.resolve(path.dirname(dotGit), readTrimmed(dotGit).replace(/^gitdir:\s*/, ''))
    : dotGit;
  const head = readTrimmed(path.join(gitDir, 'HEAD'));
  if (COMMIT.test(head)) return head;
  const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
  if (!ref) return undefined;
  // A worktree keeps its HEAD; the branches live in the repository's own folder.
  const commonDirFile = path.join(gitDir, 'commondir');
  const commonDir = existsSync(commonDirFile) ? path.resolve(gitDir, readTrimmed(commonDirFile)) : gitDir;
  for (const dir of new Set([gitDir, commonDir])) {
    const loose = path.join(dir, ref);
    if (existsSync(loose)) return COMMIT.exec(readTrimmed(loose))?.[0];
  }
  // A fresh clone packs its refs into one file: "<commit> <ref>" per line.
  const packed = path.join(commonDir, 'packed-refs');
  if (!existsSync(packed)) return undefined;
  for (const line of readFileSync(packed, 'utf8').split('\n')) {
    const [commit, name] = line.trim().split(' ');
    if (name === ref && commit && COMMIT.test(commit)) return commit;
  }
  return undefined;
}
