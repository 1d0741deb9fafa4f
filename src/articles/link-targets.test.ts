import { describe, expect, it } from 'vitest';
import { createLinkTargets, resolveArticleUrl, resolveLink } from './link-targets.ts';

const learn = { origin: 'https://learn.microsoft.com', localePath: '/lv-lv', docSetPath: '/AlchemyInsights/' };
const targets = createLinkTargets(['other-article.md', 'Buy Licenses.mdx'], ['media/Pic-One.png'], '/palidziba', learn);

describe('resolveLink', () => {
  it('leads links to articles of the folder to their pages, with the fragment', () => {
    expect(resolveLink('other-article.md#part', targets)).toEqual({ url: '/palidziba/other-article/#part' });
    expect(resolveLink('./Buy%20Licenses.MDX', targets)).toEqual({ url: '/palidziba/buy-licenses/' });
  });

  it('keeps links into the doc set on this site and sends the rest of Docs to Learn in the site language', () => {
    expect(resolveLink('/AlchemyInsights/other-article', targets).url).toBe('/palidziba/other-article/');
    expect(resolveLink('/alchemyinsights/other-article.md#x', targets).url).toBe('/palidziba/other-article/#x');
    expect(resolveLink('/AlchemyInsights/not-here', targets).url).toBe(
      'https://learn.microsoft.com/lv-lv/AlchemyInsights/not-here',
    );
    expect(resolveLink('/microsoft-365/admin/add-users', targets).url).toBe(
      'https://learn.microsoft.com/lv-lv/microsoft-365/admin/add-users',
    );
    const noDocSet = createLinkTargets(['other-article.md'], [], '/', { ...learn, docSetPath: undefined });
    expect(resolveLink('/AlchemyInsights/other-article', noDocSet).url).toBe(
      'https://learn.microsoft.com/lv-lv/AlchemyInsights/other-article',
    );
  });

  it('reports links to missing articles and images, and images whose name differs in case', () => {
    expect(resolveLink('gone.md', targets).problem).toEqual({
      severity: 'error',
      message: 'link to a missing article: expected a file named "gone.md" beside this one',
    });
    expect(resolveLink('media/none.png', targets).problem?.message).toMatch(/^missing image/);
    expect(resolveLink('media/pic-one.png', targets)).toEqual({
      url: '/palidziba/media/Pic-One.png',
      problem: {
        severity: 'warning',
        message:
          'image file name differs in case: written "media/pic-one.png", the file is "media/Pic-One.png" (published as the file)',
      },
    });
  });

  it('keeps external addresses, fragments and resolved addresses exactly as written', () => {
    for (const url of [
      'https://docs.microsoft.com/x?y=1#z',
      'mailto:a@b.lv',
      '#vieta',
      '/palidziba/other-article/#part',
      '/palidziba/media/Pic-One.png',
    ]) {
      expect(resolveArticleUrl(url, targets)).toBe(url);
    }
  });
});
