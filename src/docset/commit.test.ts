import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git } from '../../tests/support/git.ts';
import { checkoutCommit } from './commit.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A repository with a doc set folder and two commits; its newest commit. */
function repository(): { root: string; head: string; first: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'commit-'));
  folders.push(root);
  git(root, 'init', '-q', '-b', 'main');
  mkdirSync(path.join(root, 'docs', 'guides'), { recursive: true });
  writeFileSync(path.join(root, 'docs', 'guides', 'a.md'), '# A\n');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'first');
  const first = git(root, 'rev-parse', 'HEAD');
  writeFileSync(path.join(root, 'docs', 'guides', 'a.md'), '# A, edited\n');
  git(root, 'commit', '-q', '-am', 'second');
  return { root, head: git(root, 'rev-parse', 'HEAD'), first };
}

describe('checkoutCommit', () => {
  it('is the commit a branch checkout stands at, seen from any folder inside it', () => {
    const { root, head } = repository();
    expect(checkoutCommit(root)).toBe(head);
    expect(checkoutCommit(path.join(root, 'docs', 'guides'))).toBe(head);
  });

  it('is read from packed refs too, as a fresh clone has them', () => {
    const { root, head } = repository();
    git(root, 'pack-refs', '--all');
    expect(checkoutCommit(path.join(root, 'docs'))).toBe(head);
  });

  it('is the commit itself on a detached checkout, as CI jobs make them', () => {
    const { root, first } = repository();
    git(root, 'checkout', '-q', '--detach', first);
    expect(checkoutCommit(root)).toBe(first);
  });

  it('follows a worktree to its repository', () => {
    const { root, first } = repository();
    const worktree = path.join(root, '..', `${path.basename(root)}-worktree`);
    folders.push(worktree);
    git(root, 'worktree', 'add', '-q', '-b', 'other', worktree, first);
    expect(checkoutCommit(path.join(worktree, 'docs'))).toBe(first);
  });

  it('is unknown for a folder in no repository, a repository without commits, or a damaged one', () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'commit-plain-'));
    folders.push(plain);
    // The temporary folder may itself sit in a repository: a .git of its own shields the case.
    expect(checkoutCommit(plain)).toBe(checkoutCommit(tmpdir()));
    const empty = mkdtempSync(path.join(tmpdir(), 'commit-empty-'));
    folders.push(empty);
    git(empty, 'init', '-q');
    expect(checkoutCommit(empty)).toBeUndefined();
    const damaged = mkdtempSync(path.join(tmpdir(), 'commit-damaged-'));
    folders.push(damaged);
    writeFileSync(path.join(damaged, '.git'), 'gitdir: nowhere\n');
    expect(checkoutCommit(damaged)).toBeUndefined();
  });
});
