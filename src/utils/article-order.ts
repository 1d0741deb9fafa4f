import { titleCollator, type Lang } from '../i18n/index.ts';
import { articleTitle, type TitledEntry } from './articles.ts';
import { paginate, type IndexPage } from './pagination.ts';

/** Articles in the order a reader expects an index: by title, in the site language's alphabet. */
export function byTitle<T extends TitledEntry>(articles: readonly T[], lang: Lang): T[] {
  const collator = titleCollator(lang);
  const titled = articles.map((article) => ({ article, title: articleTitle(article) }));
  return titled.sort((a, b) => collator.compare(a.title, b.title)).map(({ article }) => article);
}

/** The pages of the article index, in alphabetical order. */
export function articleIndexPages<T extends TitledEntry>(articles: readonly T[], lang: Lang): IndexPage<T>[] {
  return paginate(byTitle(articles, lang));
}
