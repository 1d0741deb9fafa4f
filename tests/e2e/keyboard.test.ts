import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumPath, DESKTOP, openPage, PHONE, useBrowserSite } from '../support/browser';
import { contrast, effectiveBackground, parseColor } from '../support/color';
import { ALL_PATHS } from '../support/pages';

interface FocusStop {
  /** Position of the focused element among the page's links and form controls, or -1 when it is neither. */
  linkIndex: number;
  what: string;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  /** Background colours behind the outline (outside the element), innermost first. */
  outerLayers: string[];
  /** Background colours of the element itself, innermost first. */
  innerLayers: string[];
  inViewport: boolean;
}

function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const links = [...document.querySelectorAll('a[href], input, button')];
    const layers = (start: Element | null) => {
      const found: string[] = [];
      for (let node = start; node; node = node.parentElement) found.push(getComputedStyle(node).backgroundColor);
      return found;
    };
    if (!el || el === document.body) {
      return {
        linkIndex: -1,
        what: 'body',
        outlineStyle: 'none',
        outlineWidth: 0,
        outlineColor: '',
        outerLayers: [],
        innerLayers: [],
        inViewport: false,
      };
    }
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      linkIndex: links.indexOf(el),
      what: `<${el.localName}> "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      outerLayers: layers(el.parentElement),
      innerLayers: layers(el),
      inViewport: rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth,
    };
  });
}

/** Links, and the search form's field and button. */
async function linkCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('a[href], input, button').length);
}

describe.skipIf(!chromiumPath)('keyboard', () => {
  const site = useBrowserSite();

  test.for([DESKTOP, PHONE])(
    'at $width px the first Tab shows the skip link and Enter moves focus to the main content',
    async (view) => {
      const { page } = await openPage(site.browser, `${site.url}/transfer-licenses-between-tenants/`, view);
      try {
        await page.keyboard.press('Tab');
        const skip = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const rect = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
          return {
            className: el.className,
            href: el.getAttribute('href'),
            text: el.textContent?.trim(),
            rect: { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right, width: rect.width },
            opacity: Number(style.opacity),
            visibility: style.visibility,
            onTop: hit === el || el.contains(hit),
          };
        });
        expect(skip.className).toContain('skip-link');
        expect(skip.href).toBe('#saturs');
        expect(skip.text).toBe('Pāriet uz saturu');
        // Visible: inside the viewport, not transparent, not covered by anything.
        expect(skip.rect.top).toBeGreaterThanOrEqual(0);
        expect(skip.rect.left).toBeGreaterThanOrEqual(0);
        expect(skip.rect.bottom).toBeLessThanOrEqual(view.height);
        expect(skip.rect.right).toBeLessThanOrEqual(view.width);
        expect(skip.rect.width).toBeGreaterThan(0);
        expect(skip.opacity).toBe(1);
        expect(skip.visibility).toBe('visible');
        expect(skip.onTop).toBe(true);

        await page.keyboard.press('Enter');
        const focus = await page.evaluate(() => {
          const main = document.querySelector('main#saturs');
          return { inMain: !!main && main.contains(document.activeElement), hash: location.hash };
        });
        expect(focus).toEqual({ inMain: true, hash: '#saturs' });

        // The next Tab continues from the main content: the first link in the article.
        await page.keyboard.press('Tab');
        const next = await page.evaluate(() => {
          const first = document.querySelector('main a[href]');
          return !!first && document.activeElement === first;
        });
        expect(next).toBe(true);
      } finally {
        await page.context().close();
      }
    },
  );

  const orderCases = ALL_PATHS.flatMap((path) =>
    (['light', 'dark'] as const).map((colorScheme) => ({ path, colorScheme })),
  );

  test.for(orderCases)(
    '$path in $colorScheme: Tab reaches every link and control in reading order, each with a visible 3:1 focus ring',
    async ({ path, colorScheme }) => {
      const { page } = await openPage(site.browser, site.url + path, { ...DESKTOP, colorScheme });
      try {
        const count = await linkCount(page);
        expect(count).toBeGreaterThanOrEqual(3);
        const stops: FocusStop[] = [];
        for (let i = 0; i < count; i++) {
          await page.keyboard.press('Tab');
          stops.push(await focusStop(page));
        }
        expect(stops.map((stop) => stop.linkIndex)).toEqual([...Array(count).keys()]);

        const canvas = parseColor(colorScheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
        for (const stop of stops) {
          expect(stop.outlineStyle, `${stop.what} has no focus outline`).not.toBe('none');
          expect(stop.outlineWidth, `${stop.what} focus outline is too thin`).toBeGreaterThanOrEqual(2);
          expect(stop.inViewport, `${stop.what} is focused outside the viewport`).toBe(true);
          const ring = parseColor(stop.outlineColor);
          for (const layers of [stop.outerLayers, stop.innerLayers]) {
            const ratio = contrast(ring, effectiveBackground(layers, canvas));
            expect(ratio, `${stop.what}: focus ring ${stop.outlineColor} contrast`).toBeGreaterThanOrEqual(3);
          }
        }
      } finally {
        await page.context().close();
      }
    },
  );
});
