import {
  createLinkTargets,
  withMovedArticles,
  type LearnLocation,
  type LinkTargets,
} from '../articles/link-targets.ts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../checks/diagnostics.ts';
import { takeInventory, type Inventory } from './inventory.ts';
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
  /** What links can lead to, moved articles included. */
  targets: LinkTargets;
  navigation: SiteNavigation;
  redirections: Redirection[];
  zonePivotGroups: ZonePivotGroups;
  diagnostics: Diagnostic[];
}

/** The doc set's zone-pivot-groups.yml, where it has one. */
function loadZonePivotGroups(
  folder: string,
  displayRoot: string,
): { groups: ZonePivotGroups; diagnostics: Diagnostic[] } {
  const file = path.join(folder, ZONE_PIVOT_GROUPS_FILE);
  if (!existsSync(file)) return { groups: new Map(), diagnostics: [] };
  return parseZonePivotGroups(path.relative(displayRoot, file), readFileSync(file, 'utf8'));
}

/** Reads the doc set in `folder` (CONTENT_DIR) for a site served at `base`. */
export function loadDocSet(folder: string, base: string, learn: LearnLocation): DocSet {
  const source = resolveContentSource(folder);
  const inventory = takeInventory(source.folder, source.docfx);
  const own = new Set(inventory.media.map((file) => file.toLowerCase()));
  const fallbackMedia = source.fallbackFolder
    ? takeInventory(source.fallbackFolder, source.docfx).media.filter((file) => !own.has(file.toLowerCase()))
    : [];
  const direct = createLinkTargets(inventory.articles, [...inventory.media, ...fallbackMedia], base, learn);
  const { redirections, diagnostics: redirectionProblems } = loadRedirections(source, direct);
  const targets = withMovedArticles(direct, redirections);
  const navigation = loadNavigation(source.folder, inventory, targets);
  const zones = loadZonePivotGroups(source.folder, process.cwd());
  // A link could lead anywhere on the machine: the inventory never follows one, and says so here.
  const links: Diagnostic[] = inventory.skipped
    .filter(({ rule }) => rule === 'symbolic link')
    .map(({ file }) => ({
      file: path.relative(process.cwd(), path.join(source.folder, file)),
      severity: 'warning',
      message: 'symbolic link, never followed: expected the file or folder itself',
    }));
  return {
    source,
    inventory,
    fallbackMedia,
    targets,
    navigation,
    redirections,
    zonePivotGroups: zones.groups,
    diagnostics: [
      ...source.diagnostics,
      ...links,
      ...redirectionProblems,
      ...navigation.diagnostics,
      ...zones.diagnostics,
    ],
  };
}
