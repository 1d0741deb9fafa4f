/**
 * The search page's script, the only script of the site: reads the query from `?q=`, stems it
 * (./query.ts), asks Pagefind, and lists the results in the page's own Latvian words. Every text
 * the page shows is set as text, never as HTML.
 */
import { formatDate, isLang, useTranslations, type Lang } from '../i18n/index.ts';
import { excerptParts } from './excerpt.ts';
import { chunkHints, searchTerms } from './query.ts';

/** The part of Pagefind's module the page uses (pagefind.js, written by the build). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

/** Results listed at once, and added by each "more". */
const PAGE_SIZE = 10;

/** What the page's markup hands the script (src/pages/[search].astro). */
export interface SearchPageElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  needsScript: HTMLElement;
}

export function startSearch(elements: SearchPageElements): void {
  const { form, input, status, results, more, needsScript } = elements;
  const lang: Lang = isLang(document.documentElement.lang) ? document.documentElement.lang : 'lv';
  const t = useTranslations(lang).search;
  const base = form.dataset['base'] ?? '/';
  const others: string[] = JSON.parse(form.dataset['merge'] ?? '[]');
  needsScript.hidden = true;

  let loaded: Promise<Pagefind> | undefined;
  const pagefind = () =>
    (loaded ??= (async () => {
      const module: Pagefind = await import(/* @vite-ignore */ form.dataset['bundle'] ?? '');
      // On the page's own thread: a worker would need its own Content-Security-Policy on every host.
      await module.options({ baseUrl: base, noWorker: true, excerptLength: 24 });
      for (const other of others) await module.mergeIndex(`${other}pagefind/`, { baseUrl: other });
      return module;
    })());

  let current = 0;
  const run = async (query: string) => {
    const run = ++current;
    results.replaceChildren();
    more.hidden = true;
    const terms = searchTerms(query);
    if (query.trim() === '') {
      status.textContent = '';
      return;
    }
    status.textContent = t.searching;
    let found: PagefindResult[] = [];
    try {
      if (terms !== '') {
        const module = await pagefind();
        await Promise.all(chunkHints(query).map((hint) => module.preload(hint)));
        found = (await module.search(terms)).results;
      }
    } catch {
      if (run === current) status.textContent = t.unavailable;
      return;
    }
    if (run !== current) return;
    let shown = 0;
    const showMore = async () => {
      const batch = await Promise.all(found.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
      if (run !== current) return;
      results.append(...batch.map((data) => resultItem(data, lang)));
      shown += batch.length;
      more.hidden = shown >= found.length;
      more.textContent = `${t.more} (${t.showing(shown, found.length)})`;
    };
    await showMore();
    // Announced once the first results are on the page, so the count and the list agree.
    if (run === current) status.textContent = t.found(found.length, query.trim());
    more.onclick = async () => {
      const first = shown;
      await showMore();
      results.children[first]?.querySelector('a')?.focus();
    };
  };

  const queryOfAddress = () => new URLSearchParams(location.search).get('q') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const address = new URL(location.href);
    address.searchParams.set('q', input.value);
    history.pushState(null, '', address);
    void run(input.value);
  });
  addEventListener('popstate', () => {
    input.value = queryOfAddress();
    void run(input.value);
  });
  input.value = queryOfAddress();
  void run(input.value);
}

function resultItem(data: Awaited<ReturnType<PagefindResult['data']>>, lang: Lang): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  const excerpt = document.createElement('p');
  for (const part of excerptParts(data.excerpt)) {
    if (!part.marked) excerpt.append(part.text);
    else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  item.append(link, excerpt);
  const date = data.meta['date'];
  if (date !== undefined && !Number.isNaN(Date.parse(date))) {
    const time = Object.assign(document.createElement('time'), { dateTime: date });
    time.textContent = formatDate(new Date(date), lang);
    item.append(time);
  }
  return item;
}
