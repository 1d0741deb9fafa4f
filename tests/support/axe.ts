import type { AxeResults } from 'axe-core';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

type Violations = AxeResults['violations'];

/** axe-core's WCAG 2.0–2.2 A and AA rules on a page opened with bypassCSP (the policy rightly blocks injected scripts). */
export async function runAxe(page: Page): Promise<{ violations: Violations; passed: string[] }> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const { violations, passes } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return { violations, passed: passes.map((rule) => rule.id) };
  }, WCAG_TAGS);
}

/** Violations as readable lines for a failing assertion. */
export function report(violations: Violations): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map(
        (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
      );
      return `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n\n');
}
