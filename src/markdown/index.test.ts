import { describe, expect, it, vi } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { createLinkTargets, resolveArticleUrl } from '../articles/link-targets.ts';
import { docfxMarkdown, type ArticleSummary } from './index.ts';

const targets = createLinkTargets(['other-article.md', 'Buy Licenses.md'], ['media/Pic-One.png'], '/palidziba/', {
  origin: 'https://learn.microsoft.com',
  localePath: '/lv-lv',
  docSetPath: '/AlchemyInsights/',
});
const plugins = docfxMarkdown({ targets, folder: '/nowhere', lang: 'lv' });

function astroData() {
  return { frontmatter: {}, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
}

async function render(markdown: string) {
  const astro = astroData();
  const { html } = await markdownToHtml(markdown, {
    ...plugins,
    features: { gfm: true, rawHtml: true },
    data: { astro },
  });
  return { html, summary: astro.frontmatter as ArticleSummary };
}

describe('the DocFX Markdown layer', () => {
  it('hands the leading title with its legacy anchor and the first paragraph to the page', async () => {
    const { html, summary } = await render(
      '# <a name="transfer-licenses"></a>Licenču pārsūtīšana\n\n**Nav iespējams** pārsūtīt   licences.\n\n## <a name="more"></a>Vairāk\n',
    );
    expect(summary).toEqual({
      headingText: 'Licenču pārsūtīšana',
      headingId: 'transfer-licenses',
      firstParagraph: 'Nav iespējams pārsūtīt licences.',
    });
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2 id="more">Vairāk</h2>');
    expect(html).not.toContain('name=');
  });

  it('keeps a title that is not first, and an anchor outside a heading as an id', async () => {
    const { html, summary } = await render('Ievads.\n\n# Virsraksts\n\n<a name="here"></a>Teksts\n');
    expect(summary.headingText).toBeUndefined();
    expect(html).toContain('<h1 id="virsraksts">Virsraksts</h1>');
    expect(html).toContain('<span id="here"></span>Teksts');
  });

  it('turns DocFX alerts into labelled callouts', async () => {
    const { html } = await render('> [!NOTE]\n> Mainiet **grupu**.\n\n> [!caution]\n> Uzmanīgi.\n');
    expect(html).toContain('<div class="callout callout-note" role="note">');
    expect(html).toMatch(
      /<p class="callout-label"><strong>Piezīme<\/strong><\/p>\s*<p>Mainiet <strong>grupu<\/strong>.<\/p>/,
    );
    expect(html).toContain('<div class="callout callout-caution" role="note">');
    expect(html).not.toContain('[!');
    expect(html).not.toContain('<blockquote');
  });

  it('leaves an ordinary quotation alone', async () => {
    expect((await render('> Citāts [!NOTE]\n')).html).toContain('<blockquote>');
  });

  it('turns a DocFX video into a plain link, with no third-party frame', async () => {
    const { html } = await render('> [!VIDEO https://www.microsoft.com/videoplayer/embed/RE1FOfN?autoplay=false]\n');
    expect(html).toContain(
      '<p class="video-link"><a href="https://www.microsoft.com/videoplayer/embed/RE1FOfN?autoplay=false">Skatīties videoklipu</a></p>',
    );
    expect(html).not.toContain('iframe');
  });

  it('resolves links between articles, site-relative Docs links and media, keeping external ones', async () => {
    const { html } = await render(
      [
        '[a](other-article.md#part) [b](./Buy%20Licenses.md) [c](/microsoft-365/admin/add-users)',
        '[d](https://docs.microsoft.com/x?y=1#z) [e](/AlchemyInsights/other-article) ![p](media/pic-one.png)',
      ].join('\n'),
    );
    expect(html).toContain('<a href="/palidziba/other-article/#part">a</a>');
    expect(html).toContain('<a href="/palidziba/buy-licenses/">b</a>');
    expect(html).toContain('<a href="https://learn.microsoft.com/lv-lv/microsoft-365/admin/add-users">c</a>');
    expect(html).toContain('<a href="https://docs.microsoft.com/x?y=1#z">d</a>');
    expect(html).toContain('<a href="/palidziba/other-article/">e</a>');
    expect(html).toContain('<img src="/palidziba/media/Pic-One.png" alt="p"');
  });

  it('handles the MDX form of a legacy anchor', async () => {
    const astro = astroData();
    await mdxToJs('# <a name="legacy"></a>Virsraksts\n\nTeksts.\n', {
      mdastPlugins: plugins.mdastPlugins,
      data: { astro },
    });
    expect(astro.frontmatter).toMatchObject({ headingText: 'Virsraksts', headingId: 'legacy' });
  });

  it('shows placeholders written as tags as text, and normalises real raw HTML', async () => {
    const { html } = await render('Sūtiet uz <email> adresi<BR/>un atveriet https://<app>.contoso.com.\n');
    expect(html).toContain('Sūtiet uz &lt;email&gt; adresi<br>un atveriet https://&lt;app&gt;.contoso.com.');
  });

  it('resolves raw HTML images, gives them alt text and lazy loading', async () => {
    const { html } = await render('<img src="media/pic-one.png" width=20>\n\n![Attēls](media/pic-one.png)\n');
    expect(html).toContain(
      '<img src="/palidziba/media/Pic-One.png" width="20" alt="" loading="eager" decoding="async">',
    );
    expect(html).toContain('<img src="/palidziba/media/Pic-One.png" alt="Attēls" loading="lazy" decoding="async">');
  });

  it('aligns table columns with classes, not style attributes the policy would block', async () => {
    const { html } = await render('| A | B |\n|:-:|--:|\n| 1 | 2 |\n');
    expect(html).toContain('<th class="align-center" scope="col">A</th>');
    expect(html).toContain('<td class="align-right">2</td>');
    expect(html).not.toContain('style=');
  });

  it('resolves each address once: resolving a resolved one changes nothing', () => {
    for (const url of ['/palidziba/other-article/#part', '/palidziba/media/Pic-One.png', 'https://example.com/a']) {
      expect(resolveArticleUrl(url, targets)).toBe(url);
    }
  });

  it('numbers a heading anchor name used twice, as Markdig numbers repeated ids, so ids stay unique', async () => {
    // A localized page gives two headings the English id "twice"; links written against the
    // English page reach the second as "#twice-1".
    const { html } = await render(
      '## <a name="twice"></a>Pirmais\n\n## <a name="twice"></a>Otrais\n\n<a name="twice"></a>Teksts\n',
    );
    expect(html.match(/id="twice"/g)).toHaveLength(1);
    expect(html).toContain('<h2 id="twice">Pirmais</h2>');
    expect(html).toContain('<h2 id="twice-1">Otrais</h2>');
  });

  it('reads an anchor written with spaces around "=" as Learn does', async () => {
    const { html } = await render('## <a name="long-name"></a><a name = "short"></a>Virsraksts\n\n[Uz](#short)\n');
    expect(html).toContain('<h2 id="long-name"><span id="short"></span>Virsraksts</h2>');
  });

  it('names a link whose text was lost with its address', async () => {
    const { html } = await render(
      'Varat [](https://admin.microsoft.com/#/subscriptions) atcelt. []() [un </a> vēl](https://a.lv/)\n',
    );
    expect(html).toContain('atcelt.  <a href="https://a.lv/">un  vēl</a>');
    expect(html).toContain(
      '<a href="https://admin.microsoft.com/#/subscriptions">https://admin.microsoft.com/#/subscriptions</a>',
    );
  });
});

describe('DocFX legacy anchors and tables, as real localized repositories write them', () => {
  it('keeps every legacy name of a heading as a target, the first as its id', async () => {
    const { html } = await render('## <a name="long-name"></a><a name="lite"><a/>Lite izvietošana\n\n[Saite](#lite)\n');
    // "<a/>" is how the source closes the second anchor.
    expect(html).toContain('<h2 id="long-name"><span id="lite"></span>Lite izvietošana</h2>');
  });

  it('says what each header cell heads, in GFM and raw HTML tables alike', async () => {
    const { html } = await render(
      '| A | B |\n| - | - |\n| 1 | 2 |\n\n<table><thead><tr><th rowspan="2">X</th></tr></thead><tbody><tr><th>Y</th><td>1</td></tr></tbody></table>\n',
    );
    expect(html).toContain('<th scope="col">A</th>');
    expect(html).toContain('<th rowspan="2" scope="col">X</th>');
    expect(html).toContain('<th scope="row">Y</th>');
  });
});

describe('raw HTML tables from older sources', () => {
  it('lose the obsolete presentational attributes, keeping their structure', async () => {
    const { html } = await render(
      '<table cellspacing="0" cellpadding="2" width="100%"><tr valign="top"><td valign="top" width="50%" colspan="2">A</td></tr></table>\n',
    );
    expect(html).toContain('<table tabindex="0"><tbody><tr><td colspan="2">A</td></tr></tbody></table>');
  });
});

describe('images inside links', () => {
  it('are resolved with the link that goes, so no transform is dropped and none reaches Astro unresolved', async () => {
    const said: string[] = [];
    const spies = [
      vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void said.push(args.join(' '))),
      vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void said.push(args.join(' '))),
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        said.push(String(chunk));
        return true;
      }),
    ];
    try {
      const { html } = await render(
        '[![Shēma](./media/missing.png)](./media/missing.png) [![Bilde](media/pic-one.png)](missing-page.png)\n',
      );
      expect(html).toBe(
        '<p><span class="image-missing"><span class="image-missing-label">Attēls nav pieejams:</span> Shēma</span> <img src="/palidziba/media/Pic-One.png" alt="Bilde" loading="eager" decoding="async"></p>\n',
      );
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(said.filter((line) => /satteri/.test(line))).toEqual([]);
  });

  it('keep an address Astro can decode, however it was written', async () => {
    const { html } = await render('![a](https://example.com/%zz.png) ![b](https://example.com/%E0%A4%A.png)\n');
    expect(html).toContain('https://example.com/%25zz.png');
    expect(html).toContain('https://example.com/%25E0%25A4%25A.png');
  });
});
