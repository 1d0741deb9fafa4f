import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumPath, openPage, PHONE, useBrowserSite } from '../support/browser';
import { ALL_PATHS, STANDALONE_LINKS, type Box } from '../support/pages';

const NARROW = { width: 320, height: 640 } as const;
const MIN_TARGET = 24;

/** Everything that sticks out of the viewport sideways. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        return rect.right > width + 0.5 || rect.left < -0.5;
      })
      .filter((el) => !el.matches('.skip-link:not(:focus)'))
      .map((el) => `<${el.localName}> ${el.getBoundingClientRect().right.toFixed(1)}px`);
    return { scrollWidth: document.documentElement.scrollWidth, outside };
  });
}

interface Target {
  what: string;
  box: Box;
  rects: Box[];
  standalone: boolean;
}

function targets(page: Page): Promise<Target[]> {
  return page.evaluate((standaloneSelector) => {
    const toBox = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    return [...document.querySelectorAll<HTMLElement>('a[href]')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible')
      .map((el) => ({
        what: `<a href="${el.getAttribute('href')}"> "${(el.textContent ?? '').trim().slice(0, 30)}"`,
        box: toBox(el.getBoundingClientRect()),
        rects: [...el.getClientRects()].map(toBox),
        // Named standalone links, and links that are all there is in their paragraph or list item.
        standalone: el.matches(standaloneSelector) || el.parentElement?.textContent?.trim() === el.textContent?.trim(),
      }));
  }, STANDALONE_LINKS);
}

function circleHitsBox(cx: number, cy: number, radius: number, box: Box): boolean {
  const nx = Math.max(box.x, Math.min(cx, box.x + box.width));
  const ny = Math.max(box.y, Math.min(cy, box.y + box.height));
  return (cx - nx) ** 2 + (cy - ny) ** 2 < radius ** 2;
}

/** WCAG 2.2 SC 2.5.8: 24×24 CSS px, or an undersized target whose 24 px circle touches no other target. */
function targetSizeProblems(all: Target[]): string[] {
  const undersized = (t: Target) => t.box.width < MIN_TARGET || t.box.height < MIN_TARGET;
  const centre = (t: Target) => [t.box.x + t.box.width / 2, t.box.y + t.box.height / 2] as const;
  const problems: string[] = [];
  for (const target of all.filter((t) => t.standalone && undersized(t))) {
    const [cx, cy] = centre(target);
    const size = `${target.box.width.toFixed(1)}×${target.box.height.toFixed(1)}`;
    for (const other of all) {
      if (other === target) continue;
      const [ox, oy] = centre(other);
      const hitsTarget = other.rects.some((rect) => circleHitsBox(cx, cy, MIN_TARGET / 2, rect));
      const hitsCircle = undersized(other) && Math.hypot(cx - ox, cy - oy) < MIN_TARGET;
      if (hitsTarget || hitsCircle) problems.push(`${target.what} is ${size} px and too close to ${other.what}`);
    }
  }
  return problems;
}

describe.skipIf(!chromiumPath)('phone', () => {
  const site = useBrowserSite();

  test.for(ALL_PATHS)('%s at 320 px does not scroll sideways', async (path) => {
    const { page } = await openPage(site.browser, site.url + path, NARROW);
    try {
      const result = await overflow(page);
      expect(result.outside).toEqual([]);
      expect(result.scrollWidth).toBeLessThanOrEqual(NARROW.width);
    } finally {
      await page.context().close();
    }
  });

  test('long addresses and words wrap at 320 px, on screen and in print', async () => {
    const { page } = await openPage(site.browser, `${site.url}/transfer-licenses-between-tenants/`, NARROW);
    try {
      // A reader's worst case: an address with no break opportunities, in a paragraph and a list item.
      await page.evaluate(() => {
        const longUrl = `https://learn.microsoft.com/${'licencesparsutisana'.repeat(8)}?a=${'x'.repeat(60)}`;
        const paragraph = document.querySelector('main p')!;
        paragraph.append(` ${longUrl} ${'Nepārtrauktsvārds'.repeat(6)}`);
        const item = document.querySelector('main li')!;
        const link = document.createElement('a');
        link.href = longUrl;
        link.textContent = longUrl;
        item.append(link);
      });
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        const result = await overflow(page);
        expect(result.outside, media).toEqual([]);
        expect(result.scrollWidth, media).toBeLessThanOrEqual(NARROW.width);
      }
    } finally {
      await page.context().close();
    }
  });

  test.for(ALL_PATHS)('%s: paragraphs and list items are at least 16 px', async (path) => {
    const { page } = await openPage(site.browser, site.url + path, PHONE);
    try {
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll('p, li')].map((el) => ({
          what: `<${el.localName}> "${(el.textContent ?? '').trim().slice(0, 30)}"`,
          px: parseFloat(getComputedStyle(el).fontSize),
        })),
      );
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes.filter((s) => s.px < 16)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  const targetCases = ALL_PATHS.flatMap((path) => [NARROW, PHONE].map((view) => ({ path, ...view })));

  test.for(targetCases)('$path at $width px: skip, header and footer links meet the 24 px target size', async (c) => {
    const { page } = await openPage(site.browser, site.url + c.path, c);
    try {
      // The skip link only shows when focused.
      await page.keyboard.press('Tab');
      const all = await targets(page);
      const standalone = all.filter((t) => t.standalone);
      expect(standalone.map((t) => t.what)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('#saturs'),
          expect.stringContaining('href="/"'),
          expect.stringContaining('github.com'),
          expect.stringContaining('creativecommons.org'),
        ]),
      );
      expect(targetSizeProblems(all)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
