import { titleCollator, type Lang } from '../i18n/index.ts';
import { paginate, type IndexPage } from './pagination.ts';

/** Articles in the order a reader expects an index: by title, in the site language's alphabet. */
export function byTitle<T extends { data: { title: string } }>(articles: readonly T[], lang: Lang): T[] {
  const collator = titleCollator(lang);
  return [...articles].sort((a, b) => collator.compare(a.data.title, b.data.title));
}

/** The pages of the article index, in alphabetical order. */
export function articleIndexPages<T extends { data: { title: string } }>(
  articles: readonly T[],
  lang: Lang,
): IndexPage<T>[] {
  return paginate(byTitle(articles, lang));
}
