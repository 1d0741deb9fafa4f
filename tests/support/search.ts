import type { Page } from 'playwright-core';

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
