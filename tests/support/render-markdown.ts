import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { createLinkTargets } from '../../src/articles/link-targets.ts';
import { docfxMarkdown } from '../../src/markdown/index.ts';
import { screenMedia } from '../../src/docset/media.ts';

/**
 * Test support, not part of the site: renders Markdown through the whole DocFX layer, with the
 * options the site uses, so the extension tests see the HTML a page gets.
 */

const targets = createLinkTargets(
  ['other-article.md'],
  ['media/pic-one.png', 'media/a.png', 'media/a-big.png'],
  '/palidziba/',
  {
    origin: 'https://learn.microsoft.com',
    localePath: '/lv-lv',
    docSetPath: '/AlchemyInsights/',
  },
);
/** The layer as the site assembles it, for tests that compile some other way (MDX). */
export const plugins = docfxMarkdown({ targets, folder: '/nowhere', lang: 'lv' });

/** What Astro passes in with each document, which the plugins read and fill. */
export function astroData() {
  return { frontmatter: {}, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
}

export async function render(markdown: string): Promise<string> {
  const { html } = await markdownToHtml(markdown, {
    ...plugins,
    features: { gfm: true, smartPunctuation: false, rawHtml: true },
    data: { astro: astroData() },
  });
  return html;
}

/** The HTML without the line breaks between elements, so a test can match a whole structure. */
export async function renderCompact(markdown: string): Promise<string> {
  return (await render(markdown)).replace(/>\n+</g, '><').trim();
}

/**
 * As renderCompact, with each section's heading out of the wrapper that holds it and its link
 * (src/markdown/heading-links.ts, tested on its own), for tests about what is around headings.
 */
export async function renderWithoutHeadingLinks(markdown: string): Promise<string> {
  return (await renderCompact(markdown)).replace(
    /<div class="heading">(<h([23])\b.*?<\/h\2>)<a class="heading-link"[^>]*>#<\/a><\/div>/gs,
    '$1',
  );
}

/**
 * Renders Markdown as the article `article.md` of a doc set folder on disk, so its includes, code
 * files and images are read from there; the folder's `media/` files (measured as a build measures
 * them) and `other-article.md` are the site's.
 */
export async function renderInFolder(markdown: string, folder: string): Promise<string> {
  const media = existsSync(path.join(folder, 'media')) ? readdirSync(path.join(folder, 'media')) : [];
  const { images } = await screenMedia(
    folder,
    media.map((file) => `media/${file}`),
  );
  const folderTargets = createLinkTargets(
    ['article.md', 'other-article.md'],
    media.map((file) => `media/${file}`),
    '/',
    { origin: 'https://learn.microsoft.com', localePath: '/lv-lv', docSetPath: '/fixtures/' },
  );
  const { html } = await markdownToHtml(markdown, {
    ...docfxMarkdown({ targets: folderTargets, folder, lang: 'lv', images }),
    features: { gfm: true, smartPunctuation: false, rawHtml: true },
    fileURL: pathToFileURL(path.join(folder, 'article.md')),
    data: { astro: astroData() },
  });
  return html;
}
