import { describe, expect, it } from 'vitest';
import { createLinkTargets, resolveArticleUrl, resolveLink, withRedirections } from './link-targets.ts';

const learn = { origin: 'https://learn.microsoft.com', localePath: '/lv-lv', docSetPath: '/AlchemyInsights/' };
const targets = createLinkTargets(
  ['other-article.md', 'Buy Licenses.mdx', 'index.md', 'sales/index.md', 'sales/Quote Lines.md', 'time/entry.md'],
  ['media/Pic-One.png', 'sales/media/chart.png'],
  '/palidziba',
  learn,
);

describe('resolveLink', () => {
  it('leads links to articles of the folder to their pages, with the fragment', () => {
    expect(resolveLink('other-article.md#part', targets)).toEqual({ url: '/palidziba/other-article/#part' });
    expect(resolveLink('./Buy%20Licenses.MDX', targets)).toEqual({ url: '/palidziba/buy-licenses/' });
    expect(resolveLink('index.md', targets)).toEqual({ url: '/palidziba/' });
  });

  it('starts relative links from the linking file, across folders, dropping DocFX queries', () => {
    expect(resolveLink('quote%20lines.md?toc=/x/toc.json#a', targets, 'sales/index.md').url).toBe(
      '/palidziba/sales/quote-lines/#a',
    );
    expect(resolveLink('../time/entry.md?context=y', targets, 'sales/quote lines.md').url).toBe(
      '/palidziba/time/entry/',
    );
    expect(resolveLink('../sales/', targets, 'time/entry.md').url).toBe('/palidziba/sales/');
    expect(resolveLink('../sales/quote lines', targets, 'time/entry.md').url).toBe('/palidziba/sales/quote-lines/');
    expect(resolveLink('media/chart.png', targets, 'sales/index.md').url).toBe('/palidziba/sales/media/chart.png');
  });

  it('keeps links into the doc set on this site and sends the rest of Docs to Learn in the site language', () => {
    expect(resolveLink('/AlchemyInsights/other-article', targets).url).toBe('/palidziba/other-article/');
    expect(resolveLink('/alchemyinsights/other-article.md#x', targets).url).toBe('/palidziba/other-article/#x');
    expect(resolveLink('/AlchemyInsights/sales/', targets).url).toBe('/palidziba/sales/');
    expect(resolveLink('/AlchemyInsights/not-here', targets).url).toBe(
      'https://learn.microsoft.com/lv-lv/AlchemyInsights/not-here',
    );
    expect(resolveLink('/microsoft-365/admin/add-users', targets).url).toBe(
      'https://learn.microsoft.com/lv-lv/microsoft-365/admin/add-users',
    );
  });

  it('sends a link to an article this repository lacks to Learn when the doc set is known there, reporting it', () => {
    expect(resolveLink('../sales/gone.md#x', targets, 'time/entry.md')).toEqual({
      url: 'https://learn.microsoft.com/lv-lv/AlchemyInsights/sales/gone#x',
      problem: {
        code: 'link-missing',
        message: 'link to a missing article: expected a file "sales/gone.md" in the doc set; linked to Microsoft Learn',
      },
    });
  });

  it('turns a link to a missing article into text when no address can answer, and reports it', () => {
    const unknown = createLinkTargets(['a.md'], [], '/', { ...learn, docSetPath: undefined });
    expect(resolveLink('gone.md', unknown)).toEqual({
      url: 'gone.md',
      asText: true,
      problem: { code: 'link-missing', message: 'link to a missing article: expected a file "gone.md" in the doc set' },
    });
    expect(resolveLink('../../outside.md', unknown, 'a.md').asText).toBe(true);
  });

  it('reports missing images (shown as their words) and images whose name differs in case', () => {
    expect(resolveLink('media/none.png', targets)).toMatchObject({
      asText: true,
      problem: { code: 'image-missing' },
    });
    expect(resolveLink('media/pic-one.png', targets)).toEqual({
      url: '/palidziba/media/Pic-One.png',
      problem: {
        code: 'image-case',
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
      '/palidziba/sales/quote-lines/',
      '/palidziba/media/Pic-One.png',
    ]) {
      expect(resolveArticleUrl(url, targets)).toBe(url);
    }
  });
});

describe('DocFX paths', () => {
  it('read "~/" as the doc set folder, whichever folder the link is written in', () => {
    expect(resolveLink('~/sales/quote%20lines.md#a', targets, 'time/entry.md').url).toBe(
      '/palidziba/sales/quote-lines/#a',
    );
    expect(resolveLink('~/media/pic-one.png', targets, 'sales/index.md').url).toBe('/palidziba/media/Pic-One.png');
  });
});

describe('addresses too long to follow', () => {
  it('are shown as words; an inline image, which carries its bytes, is no address', () => {
    const long = `https://example.com/${'a'.repeat(3000)}`;
    expect(resolveLink(long, targets)).toEqual({ url: long, asText: true });
    const inline = `data:image/png;base64,${'A'.repeat(3000)}`;
    expect(resolveLink(inline, targets)).toEqual({ url: inline });
  });
});

describe('media files that are not what their names say', () => {
  it('are shown as words and reported, never published as a broken image', () => {
    const withInvalid = createLinkTargets(['a.md'], ['media/ok.png', 'media/text.png'], '/', learn, [
      { file: 'media/text.png', problem: 'not a PNG image' },
    ]);
    expect(resolveLink('media/ok.png', withInvalid, 'a.md')).toEqual({ url: '/media/ok.png' });
    expect(resolveLink('media/text.png', withInvalid, 'a.md')).toEqual({
      url: 'media/text.png',
      asText: true,
      problem: { code: 'image-invalid', message: 'image "media/text.png" is not a PNG image: shown as its alt text' },
    });
  });
});

describe('links to moved articles', () => {
  it('lead where the repository redirects them', () => {
    const moved = withRedirections(targets, [{ file: 'sales/old.md', to: '/palidziba/sales/quote-lines/' }]);
    expect(resolveLink('old.md#x', moved, 'sales/index.md')).toEqual({ url: '/palidziba/sales/quote-lines/' });
  });
});

describe('addresses that leave the doc set', () => {
  it('are reported and shown as words, never followed', () => {
    expect(resolveLink('../../../../etc/passwd', targets, 'sales/index.md')).toEqual({
      url: '../../../../etc/passwd',
      asText: true,
      problem: {
        code: 'link-outside',
        message: 'address "../../../../etc/passwd" leaves the doc set: expected a file inside it',
      },
    });
    expect(resolveLink('../../secret.png', targets, 'sales/index.md').asText).toBe(true);
  });
});
