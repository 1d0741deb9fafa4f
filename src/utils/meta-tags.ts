import { formatDocsDate } from '../schemas/docs-date.ts';
import type { ArticleFrontmatter } from '../schemas/frontmatter.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/**
 * The Microsoft Docs metadata as Microsoft Learn puts it in a page's head:
 * one `<meta name="…">` per key (one per item for list keys), dates as MM/DD/YYYY.
 */
export function docsMetaTags(data: ArticleFrontmatter): MetaTag[] {
  const tags: [string, string | readonly string[] | Date | undefined][] = [
    ['author', data.author],
    ['ms.author', data.msAuthor],
    ['manager', data.manager],
    ['ms.reviewer', data.reviewers.length > 0 ? data.reviewers.join(', ') : undefined],
    ['ms.audience', data.audience],
    ['ms.topic', data.topic],
    ['ms.service', data.service],
    ['ms.prod', data.product],
    ['localization_priority', data.localizationPriority],
    ['ms.collection', data.collection],
    ['ms.custom', data.custom],
    ['ms.assetid', data.assetIds],
    ['search.appverid', data.searchAppVerIds],
    ['ms.date', data.date],
    ['ms.openlocfilehash', data.openLocFileHash],
    ['ms.sourcegitcommit', data.sourceGitCommit],
    ['ms.translationtype', data.translationType],
    ['ms.contentlocale', data.contentLocale],
    ['ms.lasthandoff', data.lastHandoff],
    ['ms.locfileid', data.locFileId],
  ];
  return tags.flatMap(([name, value]) => {
    if (value === undefined) return [];
    if (value instanceof Date) return [{ name, content: formatDocsDate(value) }];
    if (typeof value === 'string') return [{ name, content: value }];
    return value.map((content) => ({ name, content }));
  });
}

/** A meta description of at most about 160 characters, cut at a word boundary. */
export function metaDescription(text: string, limit = 160): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
