import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/build';
import { htmlPages } from '../support/site-crawl';

/** The project's html-validate settings, as `npx html-validate dist` uses them. */
const config = JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;

describe('html-validate (recommended rules, whole documents)', () => {
  const siteDir = inject('siteDir');
  const pages = htmlPages(siteDir);

  it('finds pages to check', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
  });

  it.for(pages)('%s has no errors', async (page) => {
    const validator = new HtmlValidate(config);
    const report = await validator.validateFile(path.join(siteDir, page));
    const problems = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
