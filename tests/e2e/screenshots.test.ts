import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chromiumPath, DESKTOP, openPage, PHONE, useBrowserSite, type ViewOptions } from '../support/browser';
import { projectRoot } from '../support/build';

const outDir = path.join(projectRoot, 'test-results', 'screenshots');
const docsDir = path.join(projectRoot, 'docs', 'screenshots');

/** A4 at 96 CSS px per inch. */
const PAPER = { width: 794, height: 1123 } as const;

const shots: { name: string; view: ViewOptions & { width: number }; docs?: string }[] = [
  { name: 'desktop-light', view: { ...DESKTOP, colorScheme: 'light' }, docs: 'desktop.png' },
  { name: 'desktop-dark', view: { ...DESKTOP, colorScheme: 'dark' } },
  { name: 'phone', view: { ...PHONE, colorScheme: 'light' }, docs: 'phone.png' },
  { name: 'print', view: { ...PAPER, media: 'print' } },
];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.skipIf(!chromiumPath)('screenshots', () => {
  const site = useBrowserSite();

  test.for(shots)('$name', async ({ name, view, docs }) => {
    const { page } = await openPage(site.browser, `${site.url}/transfer-licenses-between-tenants/`, view);
    try {
      mkdirSync(outDir, { recursive: true });
      const file = path.join(outDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const size = pngSize(file);
      expect(size.width).toBe(view.width);
      expect(size.height).toBeGreaterThanOrEqual(view.height ?? 0);
      // UPDATE_SCREENSHOTS=1 refreshes the README's screenshots in docs/screenshots/.
      if (docs && process.env['UPDATE_SCREENSHOTS'] === '1') {
        mkdirSync(docsDir, { recursive: true });
        copyFileSync(file, path.join(docsDir, docs));
      }
    } finally {
      await page.context().close();
    }
  });
});
