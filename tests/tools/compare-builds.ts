/**
 * Compares two builds of the site file by file: `node tests/tools/compare-builds.ts OLD NEW`.
 *
 * Hashed asset names (`_astro/name.HASH.css`) differ whenever an asset's content or its
 * source module moves, so both builds' names are replaced by placeholders before comparing;
 * everything else must be equal byte for byte. Exits 1 and lists the differences otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const HASHED_ASSET = /_astro\/[\w.-]+?\.[\w-]{8}\.(css|js)/g;

/** Every file below a folder, as sorted paths relative to it. */
function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export interface BuildDifference {
  file: string;
  problem: string;
}

/** A build's files with hashed asset names replaced: text by path, assets apart. */
function normalised(folder: string): { files: Map<string, Buffer>; assets: Map<string, Buffer> } {
  const files = new Map<string, Buffer>();
  const assets = new Map<string, Buffer>();
  for (const file of filesBelow(folder)) {
    const content = readFileSync(path.join(folder, file));
    if (file.match(HASHED_ASSET)) {
      assets.set(file.replace(/\.[\w-]{8}\.(css|js)$/, '.$1'), content);
    } else if (/\.(html|txt|xml|json)$|^_headers$|^_redirects$/.test(file)) {
      files.set(file, Buffer.from(content.toString('utf8').replace(HASHED_ASSET, '_astro/ASSET.$1')));
    } else {
      files.set(file, content);
    }
  }
  return { files, assets };
}

/** Differences between two builds, hashed asset names aside; assets themselves are compared by name only. */
export function compareBuilds(oldDir: string, newDir: string): BuildDifference[] {
  const before = normalised(oldDir);
  const after = normalised(newDir);
  const differences: BuildDifference[] = [];
  for (const [file, content] of before.files) {
    const other = after.files.get(file);
    if (!other) differences.push({ file, problem: 'only in the old build' });
    else if (!content.equals(other)) differences.push({ file, problem: 'content differs' });
  }
  for (const file of after.files.keys()) {
    if (!before.files.has(file)) differences.push({ file, problem: 'only in the new build' });
  }
  if (before.assets.size !== after.assets.size) {
    differences.push({ file: '_astro/', problem: `${before.assets.size} assets before, ${after.assets.size} after` });
  }
  return differences;
}

if (import.meta.main) {
  const [oldDir, newDir] = process.argv.slice(2);
  if (!oldDir || !newDir) {
    console.error('usage: node tests/tools/compare-builds.ts OLD_DIST NEW_DIST');
    process.exit(2);
  }
  const differences = compareBuilds(oldDir, newDir);
  const count = normalised(newDir).files.size;
  for (const { file, problem } of differences.slice(0, 50)) console.log(`${file}: ${problem}`);
  console.log(
    differences.length === 0
      ? `identical: ${count} files byte for byte, hashed asset names aside`
      : `${differences.length} difference(s)`,
  );
  process.exit(differences.length === 0 ? 0 : 1);
}
