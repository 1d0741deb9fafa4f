import { titleCollator, type Lang } from '../i18n/index.ts';
import type { ListedArticle } from './articles.ts';
import { paginate, type IndexPage } from './pagination.ts';

/**
 * Articles in the order a reader expects an index: by title, in the site language's alphabet;
 * articles of one title by address, so the order never depends on the order they came in.
 */
export function byTitle(articles: readonly ListedArticle[], lang: Lang): ListedArticle[] {
  const collator = titleCollator(lang);
  return [...articles].sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The pages of the article index, in alphabetical order. */
export function articleIndexPages(articles: readonly ListedArticle[], lang: Lang): IndexPage<ListedArticle>[] {
  return paginate(byTitle(articles, lang));
}
