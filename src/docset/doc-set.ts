import {
  createLinkTargets,
  withRedirections,
  type InvalidMedia,
  type LearnLocation,
  type LinkTargets,
} from '../articles/link-targets.ts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../findings/finding.ts';
import { takeInventory, type Inventory } from './inventory.ts';
import { screenMedia, type ImageFacts } from './media.ts';
import { loadNavigation, type SiteNavigation } from './navigation.ts';
import { loadRedirections, type Redirection } from './redirections.ts';
import type { ContentSource } from './source.ts';
import { parseZonePivotGroups, ZONE_PIVOT_GROUPS_FILE, type ZonePivotGroups } from './zone-pivots.ts';

/** Everything a build knows of its doc set beyond the articles themselves. */
export interface DocSet {
  source: ContentSource;
  inventory: Inventory;
  /**
   * The articles the checks leave out (doc set paths, sorted): a file that cannot be read as an
   * article, a second file at one address. No page, link or TOC entry leads to them.
   */
  leftOut: readonly string[];
  /** Images only the source-language repository has (see ContentSource.fallbackFolder). */
  fallbackMedia: string[];
  /** Media files, the doc set's or the fallback's, that are not what their names say: never published. */
  invalidMedia: InvalidMedia[];
  /** The images' sizes and how each is served, by published path (the doc set's or the fallback's). */
  images: ReadonlyMap<string, ImageFacts>;
  /** What links can lead to, moved articles included. */
  targets: LinkTargets;
  navigation: SiteNavigation;
  redirections: Redirection[];
  zonePivotGroups: ZonePivotGroups;
  diagnostics: Finding[];
}

/** The doc set's zone-pivot-groups.yml, where it has one. */
function loadZonePivotGroups(folder: string, displayRoot: string): { groups: ZonePivotGroups; diagnostics: Finding[] } {
  const file = path.join(folder, ZONE_PIVOT_GROUPS_FILE);
  if (!existsSync(file)) return { groups: new Map(), diagnostics: [] };
  return parseZonePivotGroups(path.relative(displayRoot, file), readFileSync(file, 'utf8'));
}

/**
 * Reads the doc set that `source` describes for a site served at `base`. The articles in
 * `leftOut` are not part of it: nothing links to them.
 */
export async function loadDocSet(
  source: ContentSource,
  base: string,
  learn: LearnLocation,
  leftOut: readonly string[] = [],
): Promise<DocSet> {
  const taken = takeInventory(source.folder, source.docfx);
  const excluded = new Set(leftOut);
  const inventory =
    excluded.size === 0 ? taken : { ...taken, articles: taken.articles.filter((file) => !excluded.has(file)) };
  const ownFiles = new Set(inventory.media.map((file) => file.toLowerCase()));
  const fallbackMedia = source.fallbackFolder
    ? takeInventory(source.fallbackFolder, source.docfx).media.filter((file) => !ownFiles.has(file.toLowerCase()))
    : [];
  const own = await screenMedia(source.folder, inventory.media);
  const fallback = source.fallbackFolder
    ? await screenMedia(source.fallbackFolder, fallbackMedia)
    : { invalid: [], images: new Map<string, ImageFacts>() };
  const invalidMedia = [...own.invalid, ...fallback.invalid];
  const mediaFindings = (from: string, invalid: readonly InvalidMedia[]): Finding[] =>
    invalid.map(({ file, problem }) => ({
      code: 'image-invalid',
      file: path.relative(process.cwd(), path.join(from, file)),
      message: `${problem}: expected the image its name says; not published`,
    }));
  const media = [...inventory.media, ...fallbackMedia];
  const direct = createLinkTargets(inventory.articles, media, base, learn, invalidMedia);
  const { redirections, diagnostics: redirectionProblems } = loadRedirections(source, direct);
  const targets = withRedirections(direct, redirections);
  const navigation = loadNavigation(source.folder, inventory, targets);
  const zones = loadZonePivotGroups(source.folder, process.cwd());
  // A link could lead anywhere on the machine: the inventory never follows one, and says so here.
  const links: Finding[] = inventory.skipped
    .filter(({ rule }) => rule === 'symbolic link')
    .map(({ file }) => ({
      file: path.relative(process.cwd(), path.join(source.folder, file)),
      code: 'file-symlink' as const,
      message: 'symbolic link, never followed: expected the file or folder itself',
    }));
  return {
    source,
    inventory,
    leftOut: [...excluded].sort(),
    fallbackMedia,
    invalidMedia,
    images: new Map([...fallback.images, ...own.images]),
    targets,
    navigation,
    redirections,
    zonePivotGroups: zones.groups,
    diagnostics: [
      ...source.diagnostics,
      ...links,
      ...mediaFindings(source.folder, own.invalid),
      ...(source.fallbackFolder ? mediaFindings(source.fallbackFolder, fallback.invalid) : []),
      ...redirectionProblems,
      ...navigation.diagnostics,
      ...zones.diagnostics,
    ],
  };
}
