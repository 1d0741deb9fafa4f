import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumPath, DESKTOP, openPage, useBrowserSite } from '../support/browser';
import { contrast, effectiveBackground, luminance, parseColor, type Rgba } from '../support/color';
import { ALL_PATHS, ARTICLE_PATHS, textSamples } from '../support/pages';

const WHITE = parseColor('rgb(255, 255, 255)');
/** Chromium's dark canvas, shown wherever the page paints no background. */
const DARK_CANVAS = parseColor('rgb(18, 18, 18)');

async function pageBackground(page: Page, canvas: Rgba): Promise<Rgba> {
  const layers = await page.evaluate(() =>
    [document.body, document.documentElement].map((el) => getComputedStyle(el).backgroundColor),
  );
  return effectiveBackground(layers, canvas);
}

/** Text that falls short of WCAG AA contrast (4.5:1, or 3:1 for large text). */
async function lowContrastText(page: Page, canvas: Rgba): Promise<string[]> {
  const samples = await textSamples(page);
  expect(samples.length).toBeGreaterThan(5);
  return samples.flatMap((sample) => {
    const large = sample.fontSize >= 24 || (sample.fontSize >= 18.66 && sample.fontWeight >= 700);
    const ratio = contrast(parseColor(sample.color), effectiveBackground(sample.layers, canvas));
    return ratio < (large ? 3 : 4.5) ? [`${sample.what}: ${sample.color} at ${ratio.toFixed(2)}:1`] : [];
  });
}

describe.skipIf(!chromiumPath)('dark mode', () => {
  const site = useBrowserSite();

  const schemes = [
    { colorScheme: 'dark', canvas: DARK_CANVAS, background: 'dark', isRight: (l: number) => l < 0.05 },
    { colorScheme: 'light', canvas: WHITE, background: 'light', isRight: (l: number) => l > 0.9 },
  ] as const;
  const cases = ALL_PATHS.flatMap((path) => schemes.map((scheme) => ({ path, ...scheme })));

  test.for(cases)(
    '$path in $colorScheme mode has a $background background and AA text and link contrast',
    async ({ path, colorScheme, canvas, isRight }) => {
      const { page } = await openPage(site.browser, site.url + path, { ...DESKTOP, colorScheme });
      try {
        expect(isRight(luminance(await pageBackground(page, canvas)))).toBe(true);
        expect(await lowContrastText(page, canvas)).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
  );
});

describe.skipIf(!chromiumPath)('print', () => {
  const site = useBrowserSite();

  const cases = ARTICLE_PATHS.flatMap((path) =>
    (['light', 'dark'] as const).map((colorScheme) => ({ path, colorScheme })),
  );

  test.for(cases)('$path prints dark on white (screen in $colorScheme mode)', async ({ path, colorScheme }) => {
    const { page } = await openPage(site.browser, site.url + path, { ...DESKTOP, colorScheme, media: 'print' });
    try {
      expect(luminance(await pageBackground(page, WHITE))).toBeGreaterThan(0.9);
      expect(await lowContrastText(page, WHITE)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test.for(ARTICLE_PATHS)('%s prints without skip link and header, with link addresses', async (path) => {
    const { page } = await openPage(site.browser, site.url + path, { ...DESKTOP, media: 'print' });
    try {
      const printed = await page.evaluate(() => ({
        hidden: ['.skip-link', '.site-header'].map((selector) => {
          const el = document.querySelector(selector);
          return el ? getComputedStyle(el).display : 'missing';
        }),
        links: [...document.querySelectorAll<HTMLAnchorElement>('article a[href]')]
          .filter((a) => a.origin !== location.origin)
          .map((a) => ({ href: a.getAttribute('href') ?? '', after: getComputedStyle(a, '::after').content })),
      }));
      expect(printed.hidden).toEqual(['none', 'none']);
      expect(printed.links.length).toBeGreaterThanOrEqual(5);
      for (const link of printed.links) expect(link.after).toContain(link.href);
    } finally {
      await page.context().close();
    }
  });

  test('the screen shows no addresses after links', async () => {
    const { page } = await openPage(site.browser, `${site.url}/transfer-licenses-between-tenants/`, DESKTOP);
    try {
      const contents = await page.evaluate(() =>
        [...document.querySelectorAll('article a[href]')].map((a) => getComputedStyle(a, '::after').content),
      );
      expect(new Set(contents)).toEqual(new Set(['none']));
    } finally {
      await page.context().close();
    }
  });
});
