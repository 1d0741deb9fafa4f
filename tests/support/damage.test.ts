import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectOperationsAvailable, projectOperationsDir } from './corpus';
import { damageKinds, damageRepository, REDIRECTION_FILE, type Damage, type DamageKind } from './damage';

/** Every file below a folder with a hash of its bytes (a link's target for a link), to compare trees. */
function fingerprint(root: string, folder = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const file = folder === '' ? entry.name : `${folder}/${entry.name}`;
    const full = path.join(root, file);
    if (entry.isSymbolicLink()) files.set(file, `link ${readlinkSync(full)}`);
    else if (entry.isDirectory()) for (const [inner, hash] of fingerprint(root, file)) files.set(inner, hash);
    else files.set(file, `${lstatSync(full).mode} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`);
  }
  return files;
}

/** The frontmatter between the first two "---" lines, as text. */
function frontmatterOf(text: string): string | undefined {
  return /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*$/m.exec(text)?.[1];
}

const UNPUBLISHABLE: readonly DamageKind[] = [
  'frontmatter-unclosed-quote',
  'frontmatter-bad-indentation',
  'frontmatter-duplicate-key',
  'frontmatter-never-closed',
  'latin1-byte',
  'utf16-with-bom',
  'empty-article',
  'article-case-twin',
  'article-symlink',
];

describe.skipIf(!projectOperationsAvailable)('seeded damage to a copy of a repository', () => {
  // Made before the tests, not while they are collected: a skipped suite would leave it behind.
  let temp: string;
  beforeAll(() => {
    temp = mkdtempSync(path.join(tmpdir(), 'damage-unit-'));
  });
  let copies = 0;
  /** A fresh target folder for each copy; all are removed with `temp`. */
  const damage = (seed: number, options?: Parameters<typeof damageRepository>[3]) => {
    const target = path.join(temp, `copy-${++copies}`);
    return { target, damages: damageRepository(projectOperationsDir, target, seed, options) };
  };
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('damages the same files in the same way for the same seed', () => {
    const first = damage(7);
    const second = damage(7);
    expect(second.damages).toEqual(first.damages);
    expect(fingerprint(second.target)).toEqual(fingerprint(first.target));
  });

  it('damages other files, or in other ways, for other seeds', () => {
    const lists = [1, 2, 3].map((seed) => damage(seed).damages.map((found) => `${found.kind} ${found.file}`));
    expect(lists[1]).not.toEqual(lists[0]);
    expect(lists[2]).not.toEqual(lists[0]);
    expect(lists[2]).not.toEqual(lists[1]);
  });

  it('applies 15 to 25 damages per seed, each to a file of its own, and every kind over seeds 1, 2 and 3', () => {
    const seen = new Set<DamageKind>();
    for (const seed of [1, 2, 3]) {
      const { damages } = damage(seed);
      expect(damages.length).toBeGreaterThanOrEqual(15);
      expect(damages.length).toBeLessThanOrEqual(25);
      // The redirection entries share their one file; every other damage has a file of its own.
      const files = damages.map((found) => found.file).filter((file) => file !== REDIRECTION_FILE);
      expect(new Set(files).size, `seed ${seed}`).toBe(files.length);
      for (const found of damages) seen.add(found.kind);
    }
    expect(damageKinds.filter((kind) => !seen.has(kind))).toEqual([]);
  });

  it('applies every kind to ProjectOperations, naming a file of the copy that a reader would open', () => {
    for (const kind of damageKinds) {
      const { target, damages } = damage(1, { kinds: [kind] });
      expect(damages.map((found) => found.kind)).toEqual([kind]);
      const [found] = damages as [Damage];
      // From the repository root, "/" separated, as the report's paths end.
      expect(found.file.split('/').filter((segment) => ['', '.', '..'].includes(segment))).toEqual([]);
      expect(found.file).not.toContain('\\');
      expect(() => lstatSync(path.join(target, found.file)), `${kind}: ${found.file}`).not.toThrow();
      expect(found.leavesOut, kind).toBe(UNPUBLISHABLE.includes(kind));
    }
  });

  it('breaks YAML where it says so and keeps it readable, with wrong values, where it does not', () => {
    const kinds: DamageKind[] = [
      'frontmatter-unclosed-quote',
      'frontmatter-bad-indentation',
      'frontmatter-duplicate-key',
      'frontmatter-list-for-text',
      'frontmatter-map-for-text',
      'frontmatter-unknown-key',
      'toc-broken-yaml',
      'redirect-duplicate-source',
    ];
    const { target, damages } = damage(4, { kinds });
    const text = (found: Damage) => readFileSync(path.join(target, found.file), 'utf8');
    const parses = (source: string) => {
      try {
        yaml.load(source);
        return true;
      } catch {
        return false;
      }
    };
    const byKind = new Map(damages.map((found) => [found.kind, found]));
    expect([...byKind.keys()]).toEqual(kinds);
    for (const kind of [
      'frontmatter-unclosed-quote',
      'frontmatter-bad-indentation',
      'frontmatter-duplicate-key',
    ] as const) {
      expect(parses(frontmatterOf(text(byKind.get(kind)!)) ?? ''), kind).toBe(false);
    }
    for (const kind of ['frontmatter-list-for-text', 'frontmatter-map-for-text', 'frontmatter-unknown-key'] as const) {
      expect(parses(frontmatterOf(text(byKind.get(kind)!)) ?? 'no frontmatter: ['), kind).toBe(true);
    }
    expect(parses(text(byKind.get('toc-broken-yaml')!))).toBe(false);
    expect(() => JSON.parse(text(byKind.get('redirect-duplicate-source')!))).not.toThrow();
  });

  it('writes bytes that are not UTF-8 where it says so', () => {
    const { target, damages } = damage(5, {
      kinds: ['latin1-byte', 'utf16-with-bom', 'empty-article', 'include-random-bytes', 'include-png-bytes'],
    });
    const bytes = (kind: DamageKind) =>
      readFileSync(path.join(target, damages.find((found) => found.kind === kind)!.file));
    const isUtf8 = (data: Buffer) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(data);
        return true;
      } catch {
        return false;
      }
    };
    expect(isUtf8(bytes('latin1-byte'))).toBe(false);
    expect([...bytes('utf16-with-bom').subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes('empty-article')).toHaveLength(0);
    expect(isUtf8(bytes('include-random-bytes'))).toBe(false);
    expect(bytes('include-png-bytes').subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('leaves the source repository as it was', () => {
    const before = fingerprint(projectOperationsDir);
    damage(2, { kinds: damageKinds });
    expect(fingerprint(projectOperationsDir)).toEqual(before);
  });
});
