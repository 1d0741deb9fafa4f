import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { langOf } from '../i18n/index.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import type { ContentSource } from '../docset/source.ts';
import { parseToc, ROOT_TOC_NAMES, type TocNode } from '../docset/toc.ts';

/**
 * The site's facts as a doc set states them, over the configured ones (src/site.config.ts):
 * its language (the publish configuration's locale), its path on Microsoft Learn (from the
 * `breadcrumb_path` DocFX gives every page), and for a whole repository its name (the root TOC's
 * entry for the landing page), its source (the localized repository beside the `_repo.en-us`
 * one it names, as Microsoft names them) and its licence (LICENSE). What a doc set does not
 * say keeps the configured value.
 */

const LEARN_ENGLISH_PATH = '/en-us';
const CC_BY_4 = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.lv' };

/** "/dynamics365/project-operations/breadcrumb/toc.json" → "/dynamics365/project-operations/". */
export function docSetPathFromBreadcrumb(breadcrumbPath: unknown): string | undefined {
  if (typeof breadcrumbPath !== 'string') return undefined;
  const match = /^(\/(?:[^/\s]+\/)*?)breadcrumb\/toc\.(?:json|yml)$/i.exec(breadcrumbPath.trim());
  return match?.[1];
}

/** The name of the page the root TOC gives the landing page (`href: index.md`), if any. */
function landingName(folder: string): string | undefined {
  const present = existsSync(folder) ? readdirSync(folder) : [];
  for (const rootName of ROOT_TOC_NAMES) {
    const name = present.find((entry) => entry.toLowerCase() === rootName);
    if (name === undefined) continue;
    const file = path.join(folder, name);
    const { items } = parseToc(name, readFileSync(file, 'utf8'));
    const landing = items.find((item: TocNode) => /^(?:\.\/)?index\.md$/i.test(item.href ?? ''));
    if (landing?.name) return landing.name;
  }
  return undefined;
}

function licenceOf(root: string): SiteConfig['licence'] | undefined {
  const file = path.join(root, 'LICENSE');
  if (!existsSync(file)) return undefined;
  return /Attribution 4\.0 International/.test(readFileSync(file, 'utf8').slice(0, 2000)) ? CC_BY_4 : undefined;
}

export function siteFacts(source: ContentSource, configured: SiteConfig): SiteConfig {
  const docSetPath =
    docSetPathFromBreadcrumb(source.docfx?.globalMetadata['breadcrumb_path']) ?? configured.learn.docSetPath;
  const facts: SiteConfig = {
    ...configured,
    lang: langOf(source.docset?.locale, configured.lang),
    learn: { ...configured.learn, docSetPath },
  };
  if (source.kind !== 'repository') return facts;

  const name = landingName(source.folder) ?? source.docset?.name ?? configured.name;
  const english = source.englishSource?.url.replace(/\/+$/, '');
  const locale = source.docset?.locale;
  const repository = english && locale ? `${english}.${locale}` : undefined;
  const { subject: _configuredSubject, originalBaseUrl: _configuredOriginal, ...rest } = facts;
  return {
    ...rest,
    name,
    source: repository ? { name: repository.replace(/^https:\/\/github\.com\//, ''), url: repository } : facts.source,
    licence: licenceOf(source.root) ?? facts.licence,
    ...(docSetPath ? { originalBaseUrl: `${configured.learn.origin}${LEARN_ENGLISH_PATH}${docSetPath}` } : {}),
  };
}
