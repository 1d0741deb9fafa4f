import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { filesBelow, folderSize } from './folders.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'folders-'));
beforeAll(() => {
  mkdirSync(path.join(folder, 'a', 'b'), { recursive: true });
  mkdirSync(path.join(folder, 'empty'));
  writeFileSync(path.join(folder, 'one.txt'), 'abc');
  writeFileSync(path.join(folder, 'a', 'b', 'two.txt'), 'ķē');
  writeFileSync(path.join(folder, 'a', 'three.html'), '<p>');
  // A link is listed as the entry it is, and not followed: no walk leaves the folder.
  symlinkSync(path.join(folder, 'a'), path.join(folder, 'link'));
});
afterAll(() => rmSync(folder, { recursive: true }));

it('lists every file at every depth, relative to the folder, and no folder', () => {
  expect(filesBelow(folder).sort()).toEqual(['a/b/two.txt', 'a/three.html', 'link', 'one.txt']);
});

it('ends on a link that leads back up, as a recursive directory read follows it', () => {
  symlinkSync(folder, path.join(folder, 'a', 'b', 'up'));
  expect(filesBelow(folder)).toContain(path.join('a', 'b', 'up'));
  rmSync(path.join(folder, 'a', 'b', 'up'));
});

it('adds up the files at every depth, and nothing for folders or links', () => {
  expect(folderSize(folder)).toBe(3 + 4 + 3);
});

it('adds up the files it is given, listed already', () => {
  expect(folderSize(folder, ['one.txt', 'a/three.html'])).toBe(3 + 3);
});
