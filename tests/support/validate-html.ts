import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import config from '../../.htmlvalidate.mjs';

const validator = new HtmlValidate(config);

/** html-validate's findings for built pages, as "page:line:column rule: message". */
export async function htmlProblems(siteDir: string, pages: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(path.join(siteDir, page));
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  return problems;
}
