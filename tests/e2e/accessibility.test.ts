import type { AxeResults } from 'axe-core';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { chromiumPath, DESKTOP, openPage, PHONE, useBrowserSite } from '../support/browser';
import { ALL_PATHS, MISSING_PATH } from '../support/pages';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

type Violations = AxeResults['violations'];

function report(violations: Violations): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map(
        (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
      );
      return `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n\n');
}

describe.skipIf(!chromiumPath)('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const site = useBrowserSite();

  const cases = ALL_PATHS.flatMap((path) =>
    (['light', 'dark'] as const).flatMap((colorScheme) =>
      [DESKTOP, PHONE].map((viewport) => ({ path, colorScheme, ...viewport })),
    ),
  );

  test.for(cases)('$path in $colorScheme at $width×$height has no violations', async (view) => {
    // The site's Content-Security-Policy rightly blocks injected scripts; axe needs an exception.
    const { page, response } = await openPage(site.browser, site.url + view.path, { ...view, bypassCSP: true });
    try {
      expect(response?.status()).toBe(view.path === MISSING_PATH ? 404 : 200);
      await page.addScriptTag({ path: axePath });
      const results = await page.evaluate(async (tags) => {
        const { axe } = window as unknown as { axe: typeof import('axe-core') };
        const { violations, passes } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return { violations, passed: passes.map((rule) => rule.id) };
      }, WCAG_TAGS);
      // The run really checked the page: these rules apply to every page of the site.
      expect(results.passed).toEqual(expect.arrayContaining(['html-has-lang', 'document-title', 'color-contrast']));
      expect(results.violations, report(results.violations)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
