import path from 'node:path';
import { describe } from 'vitest';
import { chromiumPath, DESKTOP, PHONE, useBrowserSite, useBuiltSite, WIDE } from '../support/browser';
import { projectRoot } from '../support/build';
import { projectOperationsAvailable, projectOperationsDir, projectOperationsEnglishDir } from '../support/corpus';
import { showFirst, takeShots, type Shot } from '../support/screenshots';
import { searchDone } from '../support/search-page';

/** A4 at 96 CSS px per inch. */
const PAPER = { width: 794, height: 1123 } as const;

const shots: Omit<Shot, 'path'>[] = [
  { name: 'desktop-light', view: { ...DESKTOP, colorScheme: 'light' }, docs: 'desktop.png' },
  { name: 'desktop-dark', view: { ...DESKTOP, colorScheme: 'dark' } },
  { name: 'phone', view: { ...PHONE, colorScheme: 'light' }, docs: 'phone.png' },
  { name: 'print', view: { ...PAPER, media: 'print' } },
];

describe.skipIf(!chromiumPath)('screenshots', () => {
  const site = useBrowserSite();
  takeShots(
    site,
    shots.map((shot) => ({ ...shot, path: '/transfer-licenses-between-tenants/' })),
  );
});

// A doc set, for what one article cannot show: search results, a TOC's breadcrumbs, contents, previous and next.
describe.skipIf(!chromiumPath)('screenshots of a doc set', () => {
  const site = useBuiltSite(path.join(projectRoot, 'tests/fixtures/docset'));
  const search = '/meklet/?q=piedāvājumi';
  takeShots(site, [
    { name: 'search-desktop', path: search, view: DESKTOP, docs: 'search-desktop.png', ready: searchDone },
    { name: 'search-phone', path: search, view: PHONE, docs: 'search-phone.png', ready: searchDone },
    { name: 'article-navigation', path: '/guides/getting-started/', view: DESKTOP, docs: 'article-navigation.png' },
  ]);
});

// A whole repository with its screenshots (taken from its English checkout): the tree beside the
// article, the contents in the rail, on a wide screen and a phone.
describe.skipIf(!chromiumPath || !projectOperationsAvailable)('screenshots of a repository with its images', () => {
  const site = useBuiltSite(projectOperationsDir, { CONTENT_FALLBACK_DIR: projectOperationsEnglishDir });
  const article = '/environment/resource-provision-new-environment/';
  takeShots(site, [
    {
      name: 'repository-wide',
      path: article,
      view: WIDE,
      docs: 'repository-wide.png',
      ready: showFirst('article img'),
      firstScreen: true,
    },
    {
      name: 'repository-phone',
      path: article,
      view: PHONE,
      docs: 'repository-phone.png',
      ready: showFirst('article img'),
      firstScreen: true,
    },
  ]);
});
