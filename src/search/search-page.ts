/**
 * The search page's script, the only script of the site: reads the query from `?q=`, stems it
 * (./query.ts), asks Pagefind, and lists the results in the page's own Latvian words. Each
 * result's title, date and excerpt come from the article page itself, as written (the index
 * holds its words folded). Every text the page shows is set as text, never as HTML.
 */
import { formatDate, isLang, useTranslations, type Lang } from '../i18n/index.ts';
import { HEADING_LINK_CLASS } from '../markdown/heading-link-class.ts';
import { ARTICLE_TEXT_CLASS, SEARCH_INDEX_DIR } from './bundle.ts';
import { excerptOf } from './excerpt.ts';
import { holdsEveryWord, INDEX_FILTER } from './held.ts';
import { fold, formsToPreload, searchTerms } from './query.ts';
import { SECTION_FILTER } from './sections.ts';
import { isShardFolder, SHARDS_FILE, type ShardList } from './shards.ts';

/** The part of Pagefind's module the page uses (pagefind.js, written by the build). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Filters }): Promise<PagefindResponse>;
}
type Filters = Record<string, string | { any: string[] }>;
interface PagefindResponse {
  results: PagefindResult[];
  /** For each filter, the results of this search for each of its values. */
  filters: Record<string, Record<string, number>>;
}
interface PagefindResult {
  data(): Promise<{ url: string; content: string }>;
}

/** What a result shows, read from its article page. */
interface Found {
  url: string;
  title: string;
  /** Where the article sits: its breadcrumbs, read from its page. */
  trail: string[];
  text: string;
  date: string | undefined;
}

/** Elements whose text stands apart from the next one's. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, pre, blockquote, dt, dd, figcaption, summary';

/** Results listed at once, and added by each "more". */
const PAGE_SIZE = 10;

/** What the page's markup hands the script (src/pages/[search].astro). */
export interface SearchPageElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  /** The doc set's part to search in, when the doc set has several. */
  section: HTMLSelectElement | null;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  needsScript: HTMLElement;
}

export function startSearch(elements: SearchPageElements): void {
  const { form, input, section, status, results, more, needsScript } = elements;
  const lang: Lang = isLang(document.documentElement.lang) ? document.documentElement.lang : 'lv';
  const t = useTranslations(lang).search;
  const base = form.dataset['base'] ?? '/';
  // A site may be listed among the others (one SEARCH_MERGE for every doc set): it is searched once.
  const others = (JSON.parse(form.dataset['merge'] ?? '[]') as string[]).filter((other) => other !== base);
  needsScript.hidden = true;

  let loaded: Promise<Pagefind> | undefined;
  const pagefind = () =>
    (loaded ??= (async () => {
      const module: Pagefind = await import(/* @vite-ignore */ form.dataset['bundle'] ?? '');
      // On the page's own thread: a worker would need its own Content-Security-Policy on every host.
      // Each index is named by a filter of its own, which it gives every page (./held.ts says why).
      await module.options({ baseUrl: base, noWorker: true, mergeFilter: { [INDEX_FILTER]: '0' } });
      // Every shard of this site after the first, which the module loaded, and every shard of the others.
      const sites = [base, ...others];
      const folders = await Promise.all(sites.map(indexFolders));
      const merged = sites.flatMap((site, at) =>
        folders[at]!.slice(site === base ? 1 : 0).map((folder) => ({ folder, site })),
      );
      await Promise.all(
        merged.map(({ folder, site }, at) =>
          module.mergeIndex(folder, { baseUrl: site, mergeFilter: { [INDEX_FILTER]: String(at + 1) } }),
        ),
      );
      return module;
    })());

  let current = 0;
  const run = async (query: string) => {
    const run = ++current;
    results.replaceChildren();
    more.hidden = true;
    const terms = searchTerms(query);
    // The query's words as Pagefind is asked for them: what a result must hold, and what is marked.
    const words = terms.replace(/"/g, '').split(' ');
    if (query.trim() === '') {
      status.textContent = '';
      return;
    }
    status.textContent = t.searching;
    let found: PagefindResult[] = [];
    try {
      if (terms !== '') {
        const module = await pagefind();
        await Promise.all(formsToPreload(query).map((form) => module.preload(form)));
        // The index holds its words folded, the section names too.
        const filters = section?.value ? { [SECTION_FILTER]: fold(section.value) } : {};
        found = await searchHeld(module, terms, words, filters);
      }
    } catch {
      if (run === current) status.textContent = t.unavailable;
      return;
    }
    if (run !== current) return;
    let shown = 0;
    const showMore = async () => {
      const batch = await Promise.all(found.slice(shown, shown + PAGE_SIZE).map(readResult));
      if (run !== current) return;
      results.append(...batch.map((result) => resultItem(result, words, lang)));
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
  /** The section the address names, if the list has it ("?sadala="). */
  const readSection = () => {
    if (!section) return;
    const named = new URLSearchParams(location.search).get(section.name) ?? '';
    section.value = [...section.options].some((option) => option.value === named) ? named : '';
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const address = new URL(location.href);
    address.searchParams.set('q', input.value);
    if (section?.value) address.searchParams.set(section.name, section.value);
    else if (section) address.searchParams.delete(section.name);
    history.pushState(null, '', address);
    void run(input.value);
  });
  addEventListener('popstate', () => {
    input.value = queryOfAddress();
    readSection();
    void run(input.value);
  });
  input.value = queryOfAddress();
  readSection();
  void run(input.value);
}

/**
 * Pagefind's results for `terms` from the indexes that hold every word of the query: an index whose
 * best result does not is one where Pagefind searched for a shorter word instead (./held.ts).
 */
async function searchHeld(
  module: Pagefind,
  terms: string,
  words: readonly string[],
  filters: Filters,
): Promise<PagefindResult[]> {
  const all = await module.search(terms, { filters });
  const counts = all.filters[INDEX_FILTER] ?? {};
  const answering = Object.keys(counts).filter((index) => (counts[index] ?? 0) > 0);
  const held = await Promise.all(
    answering.map(async (index) => {
      const [best] = (await module.search(terms, { filters: { ...filters, [INDEX_FILTER]: index } })).results;
      return best !== undefined && holdsEveryWord((await best.data()).content, words);
    }),
  );
  if (held.every(Boolean)) return all.results;
  const kept = answering.filter((_, at) => held[at]);
  if (kept.length === 0) return [];
  return (await module.search(terms, { filters: { ...filters, [INDEX_FILTER]: { any: kept } } })).results;
}

/**
 * The search index folders of the site at `site`: its index and the other shards its
 * `shards.json` names. A site whose index is one shard, or was built before shards, has the one.
 */
async function indexFolders(site: string): Promise<string[]> {
  const folder = `${site}${SEARCH_INDEX_DIR}/`;
  try {
    const response = await fetch(`${folder}${SHARDS_FILE}`);
    const list = response.ok ? ((await response.json()) as Partial<ShardList>) : {};
    const shards = Array.isArray(list.shards) ? list.shards : [];
    // Only folders below the index's own, as the build names them.
    return [folder, ...shards.filter(isShardFolder).map((shard) => folder + shard)];
  } catch {
    return [folder];
  }
}

/** A result's article, read from its page: parsed as an inert document, only its text taken. */
async function readResult(result: PagefindResult): Promise<Found> {
  const { url } = await result.data();
  try {
    const page = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
    const body = page.querySelector(`.${ARTICLE_TEXT_CLASS}`);
    // The section links' "#" is not the article's text; blocks are apart, as on the page.
    for (const link of body?.querySelectorAll(`.${HEADING_LINK_CLASS}`) ?? []) link.remove();
    for (const block of body?.querySelectorAll(BLOCKS) ?? []) block.append(' ');
    return {
      url,
      title: page.querySelector('article h1')?.textContent?.trim() || url,
      trail: [...page.querySelectorAll('nav.breadcrumbs li')].map((item) => item.textContent?.trim() ?? ''),
      text: body?.textContent ?? '',
      date: page.querySelector('article header time')?.getAttribute('datetime') ?? undefined,
    };
  } catch {
    return { url, title: url, trail: [], text: '', date: undefined };
  }
}

function resultItem(found: Found, terms: readonly string[], lang: Lang): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = found.url;
  link.textContent = found.title;
  const excerpt = document.createElement('p');
  for (const part of excerptOf(found.text, terms)) {
    if (!part.marked) excerpt.append(part.text);
    else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  item.append(link);
  if (found.trail.length > 0) {
    item.append(
      Object.assign(document.createElement('p'), { className: 'trail', textContent: found.trail.join(' › ') }),
    );
  }
  item.append(excerpt);
  if (found.date !== undefined && !Number.isNaN(Date.parse(found.date))) {
    const time = Object.assign(document.createElement('time'), { dateTime: found.date });
    time.textContent = formatDate(new Date(found.date), lang);
    item.append(time);
  }
  return item;
}
