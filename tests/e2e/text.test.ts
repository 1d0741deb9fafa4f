import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n';
import siteConfig from '../../src/site.config';
import { chromiumPath, openPage, PHONE, useBrowserSite } from '../support/browser';
import { ALL_PATHS } from '../support/pages';

const t = useTranslations(siteConfig.lang);

describe.skipIf(!chromiumPath)('text as a reader sees it', () => {
  const site = useBrowserSite();

  test.for(ALL_PATHS)('%s: the footer credits read as one sentence with its spaces', async (path) => {
    const { page } = await openPage(site.browser, site.url + path, PHONE);
    try {
      const footer = await page.locator('.site-footer').innerText();
      expect(footer.replace(/\s+/g, ' ').trim()).toBe(
        `${t.sourceLabel} ${siteConfig.source.name}. ${t.licenceLabel} ${siteConfig.licence.name}.`,
      );
    } finally {
      await page.context().close();
    }
  });

  test('in print, the footer links show their addresses too', async () => {
    const { page } = await openPage(site.browser, `${site.url}/transfer-licenses-between-tenants/`, {
      ...PHONE,
      media: 'print',
    });
    try {
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('.site-footer a[href]')].map((a) => ({
          href: a.href,
          after: getComputedStyle(a, '::after').content,
        })),
      );
      expect(links).toHaveLength(2);
      for (const link of links) expect(link.after).toContain(link.href);
    } finally {
      await page.context().close();
    }
  });
});
