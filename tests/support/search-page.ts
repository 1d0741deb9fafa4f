import type { Page } from 'playwright-core';
import { DESKTOP, openPage, type BrowserSite } from './browser';

/*
 * The search page as a reader's browser sees it. Apart from ./search.ts, which the benchmark loads
 * with plain Node: these need the browser.
 */

/** Waits until the search page says what it found (or that it found nothing, or could not search). */
export function searchDone(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const status = document.querySelector('[data-status]')?.textContent ?? '';
    return status !== '' && status !== 'Meklē…';
  });
}

/** The search page's results as a reader sees them. */
export function listedResults(page: Page): Promise<{ title: string; href: string; marked: string[] }[]> {
  return page.$$eval('[data-results] li', (items) =>
    items.map((item) => ({
      title: item.querySelector('a')!.textContent!,
      href: item.querySelector('a')!.getAttribute('href')!,
      marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent!),
    })),
  );
}

/** How many articles the search page says it found for `query` (0 when it says nothing was). */
export async function foundOnPage(site: BrowserSite, query: string): Promise<number> {
  const { page } = await openPage(site.browser, `${site.url}/meklet/?q=${encodeURIComponent(query)}`, DESKTOP);
  try {
    await searchDone(page);
    const status = (await page.locator('[role="status"]').textContent()) ?? '';
    return Number(/atrast[si] (\d+) rakst/.exec(status)?.[1] ?? 0);
  } finally {
    await page.context().close();
  }
}
