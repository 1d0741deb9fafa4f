import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { readPage } from '../support/html';
import { ARTICLE_TEXT_LINKS } from '../support/pages.ts';

const ARTICLE = 'transfer-licenses-between-tenants/index.html';

const EXPECTED_LINKS = [
  [
    'lielapjoma licencēšanas pakalpojumu centru',
    'https://support.microsoft.com/help/4471406/how-to-contact-the-microsoft-volume-licensing-service-center',
  ],
  ['atcelt abonementu', 'https://admin.microsoft.com/Adminportal/Home?source=applauncher#/subscriptions'],
  [
    'iegādāties jaunu',
    'https://www.microsoft.com/microsoft-365/business/compare-all-microsoft-365-business-products?rtc=2&activetab=tab:primaryr2',
  ],
  [
    'noņemt iegādātās licences',
    'https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription',
  ],
  ['Pastkastu migrēšana', 'https://docs.microsoft.com/Exchange/mailbox-migration/migrate-mailboxes-across-tenants'],
  ['Datu SharePoint migrēšana', 'https://aka.ms/modernSpoAdminCenter/CloudContentMigrations'],
  ['Licenču iegāde vai noņemšana', 'https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses'],
];

const EXPECTED_META: [string, string][] = [
  ['author', 'cmcatee-MSFT'],
  ['ms.author', 'cmcatee'],
  ['manager', 'scotv'],
  ['ms.reviewer', 'shegu, nicholak'],
  ['ms.audience', 'Admin'],
  ['ms.topic', 'article'],
  ['ms.service', 'o365-administration'],
  ['localization_priority', 'Priority'],
  ['ms.collection', 'Adm_O365'],
  ['ms.custom', 'commerce_licensing'],
  ['ms.custom', '1500021'],
  ['ms.custom', '4689'],
  ['ms.date', '08/27/2021'],
  ['ms.openlocfilehash', 'bd928d945072eeebb4fd47d61982e75b0d317f66'],
  ['ms.sourcegitcommit', '44081ba551e0424c7b78ba2304c5705b38567f3d'],
  ['ms.translationtype', 'MT'],
  ['ms.contentlocale', 'lv-LV'],
  ['ms.lasthandoff', '08/27/2021'],
  ['ms.locfileid', '58679342'],
];

function meta(document: HTMLElement, name: string): string | undefined {
  return document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
}

for (const page of [ARTICLE, 'index.html']) {
  describe(`the article page ${page}`, () => {
    let html: string;
    let document: HTMLElement;
    beforeAll(() => ({ html, document } = readPage(inject('siteDir'), page)));

    it('is Latvian, titled and described', () => {
      expect(document.querySelector('html')?.getAttribute('lang')).toBe('lv');
      expect(document.querySelector('title')?.text).toBe('Licenču pārsūtīšana starp nomniekiem');
      expect(meta(document, 'description')).toMatch(/^Nav iespējams pārsūtīt licences no divām organizācijām/);
      expect(meta(document, 'viewport')).toBe('width=device-width, initial-scale=1');
    });

    it('carries robots and the Microsoft Docs metadata', () => {
      expect(meta(document, 'robots')).toBe('noindex, nofollow');
      const docsMeta = document
        .querySelectorAll('meta[name]')
        .map((tag) => [tag.getAttribute('name')!, tag.getAttribute('content')!] as [string, string])
        .filter(([name]) => name.startsWith('ms.') || ['author', 'manager', 'localization_priority'].includes(name));
      expect(docsMeta).toEqual(EXPECTED_META);
    });

    it('has the title as its one h1, reachable by the legacy anchor', () => {
      const headings = document.querySelectorAll('h1');
      expect(headings).toHaveLength(1);
      expect(headings[0]!.text).toBe('Licenču pārsūtīšana starp nomniekiem');
      expect(headings[0]!.id).toBe('transfer-licenses-between-tenants');
      expect(document.querySelectorAll('[name]').filter((node) => node.tagName === 'A')).toHaveLength(0);
    });

    it('shows the Latvian date of the last update and the machine-translation notice', () => {
      const time = document.querySelector('article time');
      expect(time?.getAttribute('datetime')).toBe('2021-08-27');
      expect(time?.text).toBe('2021. gada 27. augusts');
      expect(document.querySelector('article [role="note"]')?.text).toMatch(/mašīntulkots/);
    });

    it('has the seven article links with their text', () => {
      const links = document.querySelectorAll(ARTICLE_TEXT_LINKS).map((a) => [a.text, a.getAttribute('href')]);
      expect(links).toEqual(EXPECTED_LINKS);
    });

    it('has landmarks, a skip link to main and a licence credit', () => {
      expect(document.querySelector('a.skip-link')?.getAttribute('href')).toBe('#saturs');
      expect(document.querySelector('main')?.id).toBe('saturs');
      expect(document.querySelector('body > .page > header, body header')).not.toBeNull();
      expect(document.querySelector('footer a[rel="license"]')?.getAttribute('href')).toMatch(
        /creativecommons\.org\/licenses\/by\/4\.0/,
      );
    });

    it('runs no script and loads nothing from another origin', () => {
      const scripts = document
        .querySelectorAll('script')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts).toHaveLength(0);
      const resources = document
        .querySelectorAll('link[href], img[src], script[src], iframe, source[src], video, audio, object, embed')
        .filter((node) => node.getAttribute('rel') !== 'canonical')
        .map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? node.tagName);
      expect(resources.filter((url) => !/^(?:data:|\/(?!\/))/.test(url))).toEqual([]);
      expect(html).not.toMatch(/@import|url\((?!['"]?data:)/);
    });
  });
}

describe('the size budget', () => {
  it('keeps the article page, with all it loads eagerly, under 4,096 bytes brotli and free of JavaScript', () => {
    const siteDir = inject('siteDir');
    const { html, document } = readPage(siteDir, ARTICLE);
    // Nothing else is fetched up front: no script, no eager image; only the page's stylesheets.
    expect(document.querySelectorAll('script, img[src]:not([loading="lazy"]), link[rel~="preload"]')).toHaveLength(0);
    const sheets = document.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!);
    expect(sheets.length).toBeGreaterThan(0);
    const files = [
      { name: ARTICLE, body: Buffer.from(html) },
      ...sheets.map((href) => {
        // The default build is served at the root: "/_astro/x.css" is the file _astro/x.css.
        expect(href).toMatch(/^\/_astro\/[\w.-]+\.css$/);
        return { name: href, body: readFileSync(path.join(siteDir, href)) };
      }),
    ];
    const sizes = files.map(({ name, body }) => ({
      name,
      raw: body.byteLength,
      gzip: gzipSync(body, { level: 9 }).byteLength,
      brotli: brotliCompressSync(body).byteLength,
    }));
    const total = (key: 'raw' | 'gzip' | 'brotli') => sizes.reduce((sum, size) => sum + size[key], 0);
    for (const { name, raw, gzip, brotli } of sizes)
      console.info(`${name}: ${raw} B raw, ${gzip} B gzip, ${brotli} B brotli`);
    console.info(`article page in all: ${total('raw')} B raw, ${total('gzip')} B gzip, ${total('brotli')} B brotli`);
    expect(total('brotli')).toBeLessThanOrEqual(4096);
  });
});
