import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hasArticleExtension } from '../articles/files.ts';
import { resolveLink, type LinkTargets } from '../articles/link-targets.ts';
import { routeOf } from '../articles/slug.ts';
import type { Finding, FindingCode } from '../findings/finding.ts';
import { parseRedirectionFile } from './redirection-file.ts';
import type { ContentSource } from './source.ts';

/**
 * The repository's redirections (moved or removed articles) as pairs of site addresses: the old
 * article's address, and where its redirect_url leads now (one of our pages, a Learn page, or
 * another site). A redirection that leads nowhere, or from an address an article still has, is
 * reported and left out.
 */

export interface Redirection {
  /** The old article, in the doc set: "project-management/update-completed-estimate.md". */
  file: string;
  /** The old address, from the base: "project-management/update-completed-estimate". */
  from: string;
  /** Where it leads: a path on this site ("/palidziba/x/") or a full address. */
  to: string;
}

export function loadRedirections(
  source: ContentSource,
  targets: LinkTargets,
  displayRoot = process.cwd(),
): { redirections: Redirection[]; diagnostics: Finding[] } {
  const diagnostics: Finding[] = [];
  const redirections: Redirection[] = [];
  const docSetFolder = path.relative(source.root, source.folder).split(path.sep).join('/');
  const prefix = docSetFolder === '' ? '' : `${docSetFolder}/`;
  const taken = new Set<string>();
  for (const name of source.redirectionFiles) {
    const file = path.join(source.root, name);
    if (!existsSync(file)) continue;
    const display = path.relative(displayRoot, file);
    const { redirects, diagnostics: found } = parseRedirectionFile(display, readFileSync(file, 'utf8'));
    diagnostics.push(...found);
    const warn = (line: number, message: string, code: FindingCode) =>
      diagnostics.push({ code, file: display, line, message });
    for (const redirect of redirects) {
      if (!redirect.sourcePath.startsWith(prefix) || !hasArticleExtension(redirect.sourcePath)) {
        warn(
          redirect.line,
          `redirection from "${redirect.sourcePath}" is outside the doc set "${docSetFolder}": left out`,
          'redirect-source',
        );
        continue;
      }
      const docSetFile = redirect.sourcePath.slice(prefix.length);
      const from = routeOf(docSetFile);
      if (from === '') {
        // The site's root is its own page (the landing article, or the A–Z list): never sent away.
        warn(
          redirect.line,
          "redirection from the site root, which is the site's own page: left out",
          'redirect-shadowed',
        );
        continue;
      }
      if (targets.routes.has(from)) {
        warn(redirect.line, `redirection from /${from}/, where an article still is: left out`, 'redirect-shadowed');
        continue;
      }
      if (taken.has(from)) {
        warn(redirect.line, `second redirection from /${from}/: left out`, 'redirect-duplicate');
        continue;
      }
      const resolved = resolveLink(redirect.redirectUrl, targets, docSetFile);
      const leadsNowhere = resolved.asText || !/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(resolved.url);
      if (leadsNowhere) {
        warn(
          redirect.line,
          `redirection from "${redirect.sourcePath}" leads nowhere: "${redirect.redirectUrl}" is no page of this site`,
          'redirect-target',
        );
        continue;
      }
      taken.add(from);
      redirections.push({ file: docSetFile, from, to: resolved.url });
    }
  }
  return { redirections, diagnostics };
}
