import { paginate, type IndexPage } from './pagination.ts';

const latvian = new Intl.Collator('lv');

/** Articles in the order a Latvian reader expects an index: by title, Latvian alphabet. */
export function byLatvianTitle<T extends { data: { title: string } }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => latvian.compare(a.data.title, b.data.title));
}

/** The pages of the article index, in Latvian alphabetical order. */
export function articleIndexPages<T extends { data: { title: string } }>(articles: readonly T[]): IndexPage<T>[] {
  return paginate(byLatvianTitle(articles));
}
