import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { folderSize } from './folder-size.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'folder-size-'));
afterAll(() => rmSync(folder, { recursive: true }));

it('adds up the files at every depth, and nothing for folders', () => {
  mkdirSync(path.join(folder, 'a', 'b'), { recursive: true });
  writeFileSync(path.join(folder, 'one.txt'), 'abc');
  writeFileSync(path.join(folder, 'a', 'b', 'two.txt'), 'ķē');
  expect(folderSize(folder)).toBe(3 + 4);
});
