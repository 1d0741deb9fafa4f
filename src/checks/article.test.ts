import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinkTargets } from '../articles/link-targets.ts';
import { checkArticleSource, type ArticleCheckOptions } from './article.ts';
import { formatDiagnostic, judge } from '../findings/finding.ts';

const seed = readFileSync(new URL('../../content/transfer-licenses-between-tenants.mdx', import.meta.url), 'utf8');
const strict = { strict: true };

/** The article's findings, judged as a build of our own content (strict) or of a delivered doc set would judge them. */
function judged(file: string, source: string, options: ArticleCheckOptions) {
  const checked = checkArticleSource(file, source, options);
  return { ...checked, diagnostics: checked.diagnostics.map((finding) => judge(finding, options.strict)) };
}

function check(source: string, options: ArticleCheckOptions = strict, file = 'a.mdx') {
  return judged(file, source, options);
}

describe('the real article', () => {
  it('has no findings', () => {
    expect(check(seed, strict, 'transfer-licenses-between-tenants.mdx').diagnostics).toEqual([]);
  });
});

describe('frontmatter findings name the file, line and key', () => {
  it('a wrong value', () => {
    const source = seed.replace('ms.date: 08/27/2021', 'ms.date: 13/27/2021');
    const [finding] = check(source).diagnostics;
    expect(formatDiagnostic(finding!)).toBe(
      'a.mdx:17: error: ms.date: expected a real date as MM/DD/YYYY (or M/D/YYYY), got "13/27/2021" [metadata-type]',
    );
  });

  it('a missing required key', () => {
    const source = seed.replace(/^ms\.locfileid: .*\n/m, '');
    const [finding] = check(source).diagnostics;
    expect(finding).toMatchObject({ key: 'ms.locfileid', severity: 'error', line: 1 });
    expect(finding!.message).toMatch(/^required key is missing: expected digits/);
  });

  it('broken YAML', () => {
    const source = seed.replace('ms.topic: article', 'ms.topic: "article');
    const [finding] = check(source).diagnostics;
    expect(finding).toMatchObject({ severity: 'error', line: 8 });
    expect(finding!.message).toBe('broken YAML: Missing closing "quote');
  });

  it('no frontmatter at all', () => {
    expect(check('# Title\n').diagnostics).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('YAML frontmatter') }),
    ]);
  });

  it('no title: no "title" key and no "# " heading but a tab group’s, whose heading names a tab', () => {
    const codes = (body: string) =>
      check(`---\nms.topic: article\n---\n${body}`, { strict: false }, 'a.md').diagnostics.map(
        (finding) => finding.code,
      );
    expect(codes('# [Linux](#tab/linux)\n\nTeksts.\n\n---\n')).toContain('title-missing');
    expect(codes('# Virsraksts\n\nTeksts.\n')).not.toContain('title-missing');
  });

  it('an unknown key, with a suggestion: an error in our sources, a warning in delivered ones', () => {
    const source = seed.replace('ms.reviewer:', 'ms.reviwer:');
    const strictFindings = check(source).diagnostics;
    expect(strictFindings).toContainEqual(
      expect.objectContaining({
        key: 'ms.reviwer',
        line: 6,
        severity: 'error',
        message: 'unknown key; did you mean "ms.reviewer"?',
      }),
    );
    expect(check(source, { strict: false }).diagnostics).toEqual([
      expect.objectContaining({ key: 'ms.reviwer', severity: 'warning' }),
    ]);
  });
});

describe('link findings', () => {
  it('an empty link text, with its line', () => {
    const source = seed.replace('[atcelt abonementu]', '[]');
    expect(check(source).diagnostics).toEqual([
      expect.objectContaining({ line: 29, severity: 'error', message: expect.stringContaining('has no text') }),
    ]);
    expect(check(source, { strict: false }).diagnostics).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  it('a malformed address: an error in our sources, a warning in delivered ones', () => {
    const source = seed.replace('(https://aka.ms/modernSpoAdminCenter/CloudContentMigrations)', '(https//aka.ms/x)');
    const finding = { line: 34, message: expect.stringContaining('malformed link') };
    expect(check(source).diagnostics).toEqual([expect.objectContaining({ ...finding, severity: 'error' })]);
    expect(check(source, { strict: false }).diagnostics).toEqual([
      expect.objectContaining({ ...finding, severity: 'warning' }),
    ]);
  });

  it('an unsafe address is an error even in delivered sources', () => {
    const source = seed.replace(
      '(https://aka.ms/modernSpoAdminCenter/CloudContentMigrations)',
      '(javascript:alert(1))',
    );
    expect(check(source, { strict: false }).diagnostics).toEqual([
      expect.objectContaining({ line: 34, severity: 'error', message: expect.stringContaining('unsafe link') }),
    ]);
  });

  it('invalid MDX is reported with its line', () => {
    const source = `${seed}\nText with <broken tag\n`;
    expect(check(source).diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('expected valid MDX') }),
    ]);
  });

  it('lists the seven links of the article with their text', () => {
    const { links } = check(seed);
    expect(links.map((link) => link.text)).toEqual([
      'lielapjoma licencēšanas pakalpojumu centru',
      'atcelt abonementu',
      'iegādāties jaunu',
      'noņemt iegādātās licences',
      'Pastkastu migrēšana',
      'Datu SharePoint migrēšana',
      'Licenču iegāde vai noņemšana',
    ]);
  });

  it('links between articles and to images are checked against the folder', () => {
    const targets = createLinkTargets(['a.md', 'b.md'], ['media/Pic.png'], '/', {
      origin: 'https://learn.microsoft.com',
      localePath: '/lv-lv',
    });
    const source = seed.replace(
      'Lai uzzinātu vairāk',
      '[Cits](b.md) [Nav](missing.md) ![Attēls](media/pic.png) ![Nav](media/none.png) Lai uzzinātu vairāk',
    );
    const findings = judged('a.md', source, { strict: true, targets }).diagnostics;
    expect(findings.map((finding) => [finding.severity, finding.message.split(':')[0]])).toEqual([
      ['error', 'link to a missing article'],
      ['warning', 'image file name differs in case'],
      ['error', 'missing image'],
    ]);
  });
});

describe('DocFX image tags', () => {
  const targets = createLinkTargets(['a.md'], ['media/ok.png', 'media/big.png'], '/', {
    origin: 'https://learn.microsoft.com',
    localePath: '/lv-lv',
  });
  const withText = (text: string) => seed.replace('Lai uzzinātu vairāk', `${text}\n\nLai uzzinātu vairāk`);

  it('are checked as images are: the address, its file, and the words for readers who cannot see it', () => {
    const source = withText(
      [
        ':::image type="content" source="media/ok.png" alt-text="Shēma" lightbox="media/big.png":::',
        ':::image type="content" source="media/missing.png" alt-text="Nav":::',
        ':::image type="content" source="media/ok.png":::',
        ':::image type="icon" source="media/ok.png":::',
        ':::image type="content" alt-text="Bez avota":::',
        'Teksts :::image type="content" source="javascript:alert(1)" alt-text="X"::: teikumā.',
        ':::image type="icon" source="media/ok.png" link="missing.md":::',
        '| A |\n|---|\n| :::image type="content" source="media/gone.png" alt-text="Tabulā"::: |',
      ].join('\n\n'),
    );
    const findings = judged('a.md', source, { strict: false, targets }).diagnostics;
    const line = source.split('\n').indexOf(':::image type="content" source="media/missing.png" alt-text="Nav":::') + 1;
    const found = findings.map((finding) => [finding.line!, finding.severity, finding.message.split(':')[0]] as const);
    expect(found.sort(([a], [b]) => a - b)).toEqual([
      [line, 'warning', 'missing image'],
      [line + 2, 'warning', 'image without alt text'],
      [line + 6, 'warning', 'image tag without a source'],
      [line + 8, 'error', 'unsafe image address'],
      [line + 10, 'warning', 'image without alt text'],
      [line + 10, 'warning', 'link to a missing article'],
      [line + 14, 'warning', 'missing image'],
    ]);
  });
});

describe('an article a delivered doc set cannot publish', () => {
  it('is one whose frontmatter never closes: it would publish its metadata as text', () => {
    const unclosed = seed.replace(/\n---\n/, '\n\n');
    const { diagnostics } = check(unclosed, { strict: false });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'a.mdx:1: error: frontmatter never closes: expected a "---" line after the metadata [frontmatter-invalid]',
    ]);
  });

  it('is not one with a metadata value of the wrong type: that value is left out, with a warning', () => {
    const source = seed.replace('ms.date: 08/27/2021', 'ms.date: [08/27/2021]');
    const [finding] = check(source, { strict: false }).diagnostics;
    expect(finding).toMatchObject({ code: 'metadata-type', severity: 'warning', key: 'ms.date' });
    expect(finding?.message).toMatch(/; left out$/);
  });
});

describe('DocFX blocks, HTML and lines an edit must mend, each at its line', () => {
  const anchor = 'Lai uzzinātu vairāk';
  /** The findings of a text put into the seed article, as [line within the text, code]. */
  const codes = (text: string) => {
    const source = seed.replace(anchor, `${text}\n\n${anchor}`);
    const first = source.split('\n').indexOf(text.split('\n')[0]!) + 1;
    return check(source, { strict: false }, 'a.md').diagnostics.map((finding) => [finding.line! - first, finding.code]);
  };

  it('says a zone, row or column never ended, and an end tag with nothing to end', () => {
    expect(codes('::: zone pivot="a"\n\nTeksts.')).toEqual([[0, 'block-unclosed']]);
    expect(codes(':::row:::\n:::column:::\nTeksts.\n:::row-end:::')).toEqual([[1, 'block-unclosed']]);
    expect(codes('Teksts.\n\n::: zone-end')).toEqual([[2, 'block-stray']]);
    expect(codes('::: zone pivot="a"\n\nTeksts.\n\n::: zone-end')).toEqual([]);
    // In a fenced code block a tag is only text.
    expect(codes('```\n::: zone pivot="a"\n```')).toEqual([]);
  });

  it('says an alert marker never closed, HTML never closed, and merge conflict markers', () => {
    expect(codes('> [!NOTE\n> Teksts.')).toEqual([[0, 'alert-malformed']]);
    expect(codes('<div><table><tr><td>\n\nTeksts.')).toEqual([
      [0, 'html-unclosed'],
      [0, 'html-unclosed'],
    ]);
    expect(codes('<table><tr><td>A</td></tr></table>')).toEqual([]);
    expect(codes('<<<<<<< HEAD\nMūsu.\n=======\nViņu.\n>>>>>>> main')).toEqual([[0, 'merge-conflict']]);
  });

  it('says an address too long to follow, and "%" escapes that do not decode', () => {
    expect(codes(`[garš](https://example.com/${'a'.repeat(3000)})`)).toEqual([[0, 'link-malformed']]);
    expect(codes('![x](https://example.com/%zz.png)')).toEqual([[0, 'link-malformed']]);
  });
});

describe('a heading without words', () => {
  it('is named at its line, in a strict build as an error', () => {
    const source = `${seed}\n## \n\nTeksts.\n`;
    const line = source.split('\n').indexOf('## ') + 1;
    expect(check(source).diagnostics.map(formatDiagnostic)).toEqual([
      `a.mdx:${line}: error: heading without words: expected its text after the "#"; shown as an empty heading [heading-empty]`,
    ]);
  });
});

describe('DocFX video tags', () => {
  it('are checked as links are, and one without a source is named', () => {
    const source = seed.replace(
      'Lai uzzinātu vairāk',
      ':::video source="javascript:alert(1)" title="X":::\n\n:::video title="Bez avota":::\n\nLai uzzinātu vairāk',
    );
    const line = source.split('\n').findIndex((text) => text.startsWith(':::video')) + 1;
    expect(check(source).diagnostics.map(({ line, code }) => [line, code])).toEqual([
      [line, 'link-unsafe'],
      [line + 2, 'video-malformed'],
    ]);
  });
});

describe('code references on consecutive lines', () => {
  it('are each checked, a missing file named at its own line', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'code-lines-'));
    try {
      writeFileSync(path.join(folder, 'app.cs'), 'return 1;\n');
      const source = seed.replace(
        'Lai uzzinātu vairāk',
        '[!code-csharp[](app.cs)]\n[!code-csharp[](missing.cs)]\n\nLai uzzinātu vairāk',
      );
      const line = source.split('\n').indexOf('[!code-csharp[](missing.cs)]') + 1;
      const includes = { folder, bounds: { root: folder }, displayRoot: folder };
      const found = check(source, { strict: true, includes, docSetFile: 'a.md' }).diagnostics;
      expect(found.map(({ line, code }) => [line, code])).toEqual([[line, 'code-missing']]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the frontmatter the checks read, which the build takes rather than reading it again', () => {
  const lenient = { strict: false };

  it('is the schema output of the frontmatter over what docfx.json gives, and the body after it', () => {
    const source = '---\ntitle: Ā\nms.date: 08/27/2021\n---\n\n# Virsraksts\n\nTeksts.\n';
    const { frontmatter } = check(source, { ...lenient, metadata: { author: 'docfx', title: 'Cits' } }, 'a.md');
    expect(frontmatter?.data).toMatchObject({ title: 'Ā', author: 'docfx', date: new Date(Date.UTC(2021, 7, 27)) });
    expect(source.slice(frontmatter!.bodyStart).trim()).toBe('# Virsraksts\n\nTeksts.');
  });

  it('finds the body after a byte order mark, CRLF lines or an empty block; without a block, gives none', () => {
    const bodyOf = (source: string) => {
      const { frontmatter } = check(source, lenient, 'a.md');
      return frontmatter && source.slice(frontmatter.bodyStart).trim();
    };
    expect(bodyOf('\uFEFF---\r\ntitle: A\r\n---\r\nTeksts.\r\n')).toBe('Teksts.');
    expect(bodyOf('---\n---\nTeksts.')).toBe('Teksts.');
    expect(bodyOf('---\ntitle: A\n---')).toBe('');
    expect(bodyOf('# Virsraksts\n\nTeksts.\n')).toBeUndefined();
    expect(bodyOf('\n\n---\ntitle: A\n---\nTeksts.')).toBeUndefined();
  });

  it('is not given for a value the schema refuses: the build reads that article itself', () => {
    expect(check(seed.replace('ms.date: 08/27/2021', 'ms.date: 13/27/2021'), lenient).frontmatter).toBeUndefined();
  });
});
