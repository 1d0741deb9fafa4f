import type { Page } from 'playwright-core';

/** The pages a reader can land on: the home page (the article), its own address, and a missing page. */
export const ARTICLE_PATHS = ['/', '/transfer-licenses-between-tenants/'] as const;
export const MISSING_PATH = '/nav-tadas-lapas/';
export const ALL_PATHS = [...ARTICLE_PATHS, MISSING_PATH] as const;

/** The links an article's own text makes: not the page's navigation, nor the links to its sections. */
export const ARTICLE_TEXT_LINKS = '.article-body a:not(.heading-link)';

/** Links a reader taps that are not part of a sentence: the skip link, header link and footer links. */
export const STANDALONE_LINKS = '.skip-link, .site-header a[href], .site-footer a[href]';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextSample {
  /** Short description of the element, for failure messages. */
  what: string;
  color: string;
  /** Computed background colours from the element outwards to <html>. */
  layers: string[];
  fontSize: number;
  fontWeight: number;
}

/** Every rendered element that holds text of its own, with its colours. */
export function textSamples(page: Page): Promise<TextSample[]> {
  return page.evaluate(() => {
    const samples: TextSample[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!ownText || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible') continue;
      const layers: string[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        layers.push(getComputedStyle(node).backgroundColor);
      }
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      samples.push({
        what: `<${el.localName}${el.className ? `.${el.className.split(' ')[0]}` : ''}> "${text}"`,
        color: style.color,
        layers,
        fontSize: parseFloat(style.fontSize),
        fontWeight: Number(style.fontWeight),
      });
    }
    return samples;
  });
}
