import {
  createLinkTargets,
  withMovedArticles,
  type LearnLocation,
  type LinkTargets,
} from '../articles/link-targets.ts';
import type { Diagnostic } from '../checks/diagnostics.ts';
import { takeInventory, type Inventory } from './inventory.ts';
import { loadNavigation, type SiteNavigation } from './navigation.ts';
import { loadRedirections, type Redirection } from './redirections.ts';
import { resolveContentSource, type ContentSource } from './source.ts';

/** Everything a build knows of its doc set beyond the articles themselves. */
export interface DocSet {
  source: ContentSource;
  inventory: Inventory;
  /** What links can lead to, moved articles included. */
  targets: LinkTargets;
  navigation: SiteNavigation;
  redirections: Redirection[];
  diagnostics: Diagnostic[];
}

/** Reads the doc set in `folder` (CONTENT_DIR) for a site served at `base`. */
export function loadDocSet(folder: string, base: string, learn: LearnLocation): DocSet {
  const source = resolveContentSource(folder);
  const inventory = takeInventory(source.folder, source.docfx);
  const direct = createLinkTargets(inventory.articles, inventory.media, base, learn);
  const { redirections, diagnostics: redirectionProblems } = loadRedirections(source, direct);
  const targets = withMovedArticles(direct, redirections);
  const navigation = loadNavigation(source.folder, inventory, targets);
  return {
    source,
    inventory,
    targets,
    navigation,
    redirections,
    diagnostics: [...source.diagnostics, ...redirectionProblems, ...navigation.diagnostics],
  };
}
