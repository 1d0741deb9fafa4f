import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuildResult } from '../support/build';
import { readPage } from '../support/html';
import { crawlSite } from '../support/site-crawl';
import { ARTICLE_TEXT_LINKS } from '../support/pages.ts';

const fixtures = path.join(projectRoot, 'tests/fixtures/docfx');
const BASE = '/palidziba/';

describe('DocFX Markdown, built under a sub-path', () => {
  let build: BuildResult;
  let alerts: HTMLElement;
  let links: HTMLElement;
  beforeAll(() => {
    build = buildSite({ env: { CONTENT_DIR: fixtures }, args: ['--site', 'https://example.lv', '--base', BASE] });
    if (build.status !== 0) throw new Error(build.output);
    alerts = readPage(build.outDir, 'alerts-and-video/index.html').document;
    links = readPage(build.outDir, 'links-and-images/index.html').document;
  });
  afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

  it('renders alerts as labelled callouts in Latvian', () => {
    const callouts = alerts.querySelectorAll('div.callout[role="note"]');
    expect(
      callouts.map((callout) => [callout.classList.value.join(' '), callout.querySelector('.callout-label')?.text]),
    ).toEqual([
      ['callout callout-note', 'Piezīme'],
      ['callout callout-tip', 'Padoms'],
      ['callout callout-important', 'Svarīgi!'],
      ['callout callout-warning', 'Brīdinājums'],
      ['callout callout-caution', 'Uzmanību!'],
    ]);
    expect(callouts[0]!.text).toContain('Piezīmes teksts.');
    expect(alerts.toString()).not.toContain('[!');
  });

  it('renders a video as a plain link, with no third-party frame', () => {
    const video = alerts.querySelector('.video-link a');
    expect(video?.getAttribute('href')).toBe('https://www.microsoft.com/videoplayer/embed/RE1FOfN?autoplay=false');
    expect(video?.text).toBe('Skatīties videoklipu');
    expect(alerts.querySelectorAll('iframe')).toHaveLength(0);
  });

  it('keeps <a name> anchors as ids', () => {
    expect(alerts.querySelector('h1')?.id).toBe('alerts-and-video');
    expect(alerts.querySelector('h2')?.id).toBe('section');
    expect(alerts.querySelector('#paragraph-anchor')).not.toBeNull();
    expect(alerts.querySelectorAll('a[name]')).toHaveLength(0);
  });

  it('resolves links between articles, to Microsoft Learn and to images', () => {
    const hrefs = links.querySelectorAll(ARTICLE_TEXT_LINKS).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      `${BASE}alerts-and-video/#section`,
      'https://learn.microsoft.com/lv-lv/microsoft-365/admin/add-users',
      `${BASE}alerts-and-video/`,
      `${BASE}odd-name-cats-zinas/`,
      'https://www.microsoft.com',
    ]);
    // Served converted by Astro's image service, under the base path; the files themselves are published too.
    const images = links.querySelectorAll('article img').map((img) => img.getAttribute('src') ?? '');
    expect(images).toEqual([
      expect.stringMatching(new RegExp(`^${BASE}_astro/Diagram\\.[\\w-]+\\.webp$`)),
      expect.stringMatching(new RegExp(`^${BASE}_astro/photo\\.[\\w-]+\\.webp$`)),
    ]);
    for (const image of images) expect(existsSync(path.join(build.outDir, image.slice(BASE.length)))).toBe(true);
    expect(existsSync(path.join(build.outDir, 'media/Diagram.PNG'))).toBe(true);
    expect(links.querySelector('article table')).not.toBeNull();
  });

  it('reports the image name that differs in case, and publishes the file', () => {
    expect(build.output).toContain(
      'tests/fixtures/docfx/links-and-images.md:19: warning: image file name differs in case: written "media/diagram.png", the file is "media/Diagram.PNG"',
    );
  });

  it('lists the articles at the root, in Latvian order, with clean routes', () => {
    const { document } = readPage(build.outDir, 'index.html');
    expect(document.querySelectorAll('main li a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
      ['Brīdinājumi un video', `${BASE}alerts-and-video/`],
      ['Čats un ziņas', `${BASE}odd-name-cats-zinas/`],
      ['Saites un attēli', `${BASE}links-and-images/`],
    ]);
    expect(document.querySelector('main time')?.text).toBe('2021. gada 4. marts');
  });

  it('has no broken internal link or fragment anywhere', () => {
    expect(crawlSite(build.outDir, { base: BASE, origin: 'https://example.lv' }).problems).toEqual([]);
  });
});
