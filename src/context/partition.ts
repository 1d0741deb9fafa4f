import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ReadFrontmatter } from '../checks/frontmatter.ts';
import type { DocSet } from '../docset/doc-set.ts';
import type { ContentSource } from '../docset/source.ts';
import type { Diagnostic } from '../findings/finding.ts';
import type { ListedArticle } from '../utils/articles.ts';

/**
 * A build in parts: past PART_SIZE articles, Astro's build, which holds every rendered article
 * until the pages are written, is split into steps that share one folder (BUILD_PLAN):
 * 1. `plan`: the doc set is read and checked once, and written with the findings and the parts;
 * 2. each part (`1`, `2`, …) renders its articles, each with the whole doc set, so links,
 *    navigation and previous/next see the whole site, and leaves them as the A–Z list shows them
 *    (address, title, date) for the site step;
 * 3. `site`: the pages of the whole site (A–Z, TOC, search, redirections, the landing page), then
 *    the parts' pages merged in, then `_headers`, `_redirects`, the sitemap and the search index
 *    over all of them, as one build would write them.
 * The steps are separate processes, one after another on one machine (`npm run build`) or the
 * parts side by side on many (docs/performance.md).
 */
export interface Plan {
  docSet: DocSet;
  /** What the checks found, judged: reported once, by the site step. */
  diagnostics: Diagnostic[];
  /** The entry ids each part renders; the landing page is the site step's. */
  parts: string[][];
  /** The site's address (`--site`, SITE_URL), in every canonical link: each step must be given it. */
  site: string | undefined;
  /** The commit of the content's Git checkout the plan was made from, where it is one. */
  commit: string | undefined;
}

const PLAN_FILE = 'plan.v8';
/** The number of parts, for a CI system's matrix: `{"parts":4}`. */
export const PLAN_SUMMARY = 'plan.json';

/** Where part `number` writes its pages inside the plan folder. */
export function partOutput(planDir: string, number: number): string {
  return path.join(planDir, `part-${number}`);
}

const entriesFile = (planDir: string, number: number) => path.join(planDir, `part-${number}.entries.v8`);

/**
 * The entry ids in parts of at most `partSize`, in order, as even as that allows: runs of the
 * sorted ids, so a folder's articles stay together. `siteOwned` ids are in none.
 */
export function partsOf(ids: readonly string[], partSize: number, siteOwned: (id: string) => boolean): string[][] {
  const sorted = ids.filter((id) => !siteOwned(id)).sort();
  const count = Math.max(1, Math.ceil(sorted.length / partSize));
  return Array.from({ length: count }, (_, at) =>
    sorted.slice(Math.floor((at * sorted.length) / count), Math.floor(((at + 1) * sorted.length) / count)),
  );
}

export function writePlan(planDir: string, plan: Plan): void {
  mkdirSync(planDir, { recursive: true });
  writeFileSync(path.join(planDir, PLAN_FILE), serialize(plan));
  writeFileSync(path.join(planDir, PLAN_SUMMARY), JSON.stringify({ parts: plan.parts.length }));
}

export function readPlan(planDir: string): Plan {
  const file = path.join(planDir, PLAN_FILE);
  if (!existsSync(file)) {
    throw new Error(`BUILD_PLAN: no plan in ${planDir}: expected the plan step (BUILD_PART=plan) to have written it`);
  }
  return deserialize(readFileSync(file)) as Plan;
}

/**
 * Where the roots the plan read below sit in this step's checkout: the plan names files by
 * absolute path, and each job of a build spread over machines has a checkout of its own, which
 * need not sit where the plan job's did. A problem, in words, when the checkouts differ in more
 * than where they sit.
 */
export function checkoutMoves(planned: ContentSource, own: ContentSource): Map<string, string> | string {
  const docSetPath = (source: ContentSource) =>
    path.relative(source.root, source.folder).split(path.sep).join('/') || '.';
  if (docSetPath(planned) !== docSetPath(own)) {
    return `was made for the doc set ${docSetPath(planned)} of its repository, not ${docSetPath(own)}: expected every step to build the same doc set`;
  }
  if (planned.fallbackRoot && !own.fallbackRoot) {
    return `read the source-language repository at ${planned.fallbackRoot}, which this step has not: expected every job to check out the same repositories (CONTENT_FALLBACK_DIR or _repo.en-us)`;
  }
  const moves = new Map<string, string>();
  if (planned.root !== own.root) moves.set(planned.root, own.root);
  if (planned.fallbackRoot && own.fallbackRoot && planned.fallbackRoot !== own.fallbackRoot) {
    moves.set(planned.fallbackRoot, own.fallbackRoot);
  }
  return moves;
}

/**
 * `value` with every path below a root of `moves` moved below its new root: strings anywhere in
 * it, Map keys and Set members included. Any other string is kept as it is, and `value` itself is
 * left unchanged.
 */
export function movePaths<T>(value: T, moves: ReadonlyMap<string, string>): T {
  if (moves.size === 0) return value;
  // Longest first: a root may sit inside another (a `_repo.en-us` checkout inside the repository).
  const roots = [...moves].sort(([a], [b]) => b.length - a.length);
  const move = (text: string) => {
    for (const [from, to] of roots) {
      if (text === from) return to;
      if (text.startsWith(from + path.sep)) return to + text.slice(from.length);
    }
    return text;
  };
  // One copy of each object, however often it is reached: the navigation's trails are its own
  // nodes, compared by identity, as the plan step's were (node:v8 keeps them shared too).
  const copies = new Map<object, unknown>();
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return move(item);
    if (item === null || typeof item !== 'object') return item;
    if (copies.has(item)) return copies.get(item);
    if (Array.isArray(item)) {
      const copy: unknown[] = [];
      copies.set(item, copy);
      for (const element of item) copy.push(walk(element));
      return copy;
    }
    if (item instanceof Map) {
      const copy = new Map<unknown, unknown>();
      copies.set(item, copy);
      for (const [key, entry] of item) copy.set(walk(key), walk(entry));
      return copy;
    }
    if (item instanceof Set) {
      const copy = new Set<unknown>();
      copies.set(item, copy);
      for (const member of item) copy.add(walk(member));
      return copy;
    }
    if (Object.getPrototypeOf(item) !== Object.prototype) return item;
    const copy: Record<string, unknown> = {};
    copies.set(item, copy);
    for (const [key, entry] of Object.entries(item)) copy[key] = walk(entry);
    return copy;
  };
  return walk(value) as T;
}

const frontmatterFile = (planDir: string, number: number) => path.join(planDir, `part-${number}.frontmatter.v8`);

/**
 * The frontmatter the plan's checks read of each part's articles, one file a part: each part takes
 * its own share rather than reading every article's YAML again (see ReadFrontmatter).
 */
export function writePartFrontmatter(
  planDir: string,
  parts: readonly (readonly string[])[],
  idOf: (file: string) => string,
  frontmatter: ReadonlyMap<string, ReadFrontmatter>,
): void {
  const partOf = new Map(parts.flatMap((ids, at) => ids.map((id) => [id, at] as const)));
  const shares = parts.map((): [string, ReadFrontmatter][] => []);
  for (const entry of frontmatter) {
    const at = partOf.get(idOf(entry[0]));
    if (at !== undefined) shares[at]!.push(entry);
  }
  shares.forEach((share, at) => writeFileSync(frontmatterFile(planDir, at + 1), serialize(share)));
}

/** Part `number`'s share of the frontmatter the plan's checks read; none from a plan without it. */
export function readPartFrontmatter(planDir: string, number: number): Map<string, ReadFrontmatter> | undefined {
  const file = frontmatterFile(planDir, number);
  return existsSync(file) ? new Map(deserialize(readFileSync(file)) as [string, ReadFrontmatter][]) : undefined;
}

export function writePartEntries(planDir: string, number: number, entries: readonly ListedArticle[]): void {
  writeFileSync(entriesFile(planDir, number), serialize(entries));
}

/** Every part's entries, for the site step; a part that has not run is named. */
export function readPartEntries(planDir: string, parts: number): ListedArticle[] {
  return Array.from({ length: parts }, (_, at) => {
    const file = entriesFile(planDir, at + 1);
    if (!existsSync(file)) {
      throw new Error(`BUILD_PLAN: part ${at + 1} of ${parts} has not been built: expected ${file}`);
    }
    return deserialize(readFileSync(file)) as ListedArticle[];
  }).flat();
}

/** Files every step writes for itself, which the site step's own copies stand for. */
const SITE_STEP_FILES = new Set(['index.html', '404.html']);

/** Moves a file or a folder: renamed on one disk, copied across disks. */
function moveEntry(source: string, target: string): void {
  try {
    renameSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(source, target, { recursive: true });
    rmSync(source, { recursive: true });
  }
}

/**
 * Moves the pages and assets part `number` wrote into the site step's output: a folder the site
 * lacks is moved whole (98,525 pages, each in a folder of its own, in one rename each rather than
 * a look, a folder and a rename for every file); a file both wrote must be the same (the
 * stylesheet, the scripts, an image two parts use), or the parts were not built from one plan and
 * one version of the project. Returns the files and folders moved.
 */
export function mergePart(planDir: string, number: number, output: string): number {
  const from = partOutput(planDir, number);
  if (!existsSync(from)) throw new Error(`part ${number} has not been built: expected its pages in ${from}`);
  let moved = 0;
  const pending = [''];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    for (const entry of readdirSync(path.join(from, folder), { withFileTypes: true })) {
      const name = folder ? path.join(folder, entry.name) : entry.name;
      if (SITE_STEP_FILES.has(name)) continue;
      const source = path.join(from, name);
      const target = path.join(output, name);
      if (!existsSync(target)) {
        moveEntry(source, target);
        moved++;
      } else if (entry.isDirectory()) {
        pending.push(name);
      } else if (!readFileSync(target).equals(readFileSync(source))) {
        throw new Error(
          `part ${number}: ${name} differs from the same file of another step: expected one plan and one version of the project for every step`,
        );
      }
    }
  }
  return moved;
}
