import {
  createLinkTargets,
  withMovedArticles,
  type InvalidMedia,
  type LearnLocation,
  type LinkTargets,
} from '../articles/link-targets.ts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../findings/finding.ts';
import { takeInventory, type Inventory } from './inventory.ts';
import { leftOutArticles } from './left-out.ts';
import { screenMedia } from './media.ts';
import { loadNavigation, type SiteNavigation } from './navigation.ts';
import { loadRedirections, type Redirection } from './redirections.ts';
import { resolveContentSource, type ContentSource } from './source.ts';
import { parseZonePivotGroups, ZONE_PIVOT_GROUPS_FILE, type ZonePivotGroups } from './zone-pivots.ts';

/** Everything a build knows of its doc set beyond the articles themselves. */
export interface DocSet {
  source: ContentSource;
  inventory: Inventory;
  /** Images only the source-language repository has (see ContentSource.fallbackFolder). */
  fallbackMedia: string[];
  /** Media files, the doc set's or the fallback's, that are not what their names say: never published. */
  invalidMedia: InvalidMedia[];
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
 * Reads the doc set in `folder` (CONTENT_DIR) for a site served at `base`. The articles in
 * `leftOut` (see left-out.ts) are not part of it: nothing links to them.
 */
export function loadDocSet(
  folder: string,
  base: string,
  learn: LearnLocation,
  leftOut: readonly string[] = leftOutArticles(),
): DocSet {
  const source = resolveContentSource(folder);
  const taken = takeInventory(source.folder, source.docfx);
  const excluded = new Set(leftOut);
  const inventory =
    excluded.size === 0 ? taken : { ...taken, articles: taken.articles.filter((file) => !excluded.has(file)) };
  const own = new Set(inventory.media.map((file) => file.toLowerCase()));
  const fallbackMedia = source.fallbackFolder
    ? takeInventory(source.fallbackFolder, source.docfx).media.filter((file) => !own.has(file.toLowerCase()))
    : [];
  const ownInvalid = screenMedia(source.folder, inventory.media);
  const fallbackInvalid = source.fallbackFolder ? screenMedia(source.fallbackFolder, fallbackMedia) : [];
  const invalidMedia = [...ownInvalid, ...fallbackInvalid];
  const mediaFindings = (from: string, invalid: readonly InvalidMedia[]): Finding[] =>
    invalid.map(({ file, problem }) => ({
      code: 'image-invalid',
      file: path.relative(process.cwd(), path.join(from, file)),
      message: `${problem}: expected the image its name says; not published`,
    }));
  const media = [...inventory.media, ...fallbackMedia];
  const direct = createLinkTargets(inventory.articles, media, base, learn, invalidMedia);
  const { redirections, diagnostics: redirectionProblems } = loadRedirections(source, direct);
  const targets = withMovedArticles(direct, redirections);
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
    fallbackMedia,
    invalidMedia,
    targets,
    navigation,
    redirections,
    zonePivotGroups: zones.groups,
    diagnostics: [
      ...source.diagnostics,
      ...links,
      ...mediaFindings(source.folder, ownInvalid),
      ...(source.fallbackFolder ? mediaFindings(source.fallbackFolder, fallbackInvalid) : []),
      ...redirectionProblems,
      ...navigation.diagnostics,
      ...zones.diagnostics,
    ],
  };
}
