const latvian = new Intl.Collator('lv');

/** Articles in the order a Latvian reader expects an index: by title, Latvian alphabet. */
export function byLatvianTitle<T extends { data: { title: string } }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => latvian.compare(a.data.title, b.data.title));
}
