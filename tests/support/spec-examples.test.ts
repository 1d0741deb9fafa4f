import { describe, expect, it } from 'vitest';
import { specExamples } from './spec-examples.ts';

const FENCE = '`'.repeat(32);

describe('spec examples', () => {
  it('reads each example’s Markdown and HTML under its heading, with its line', () => {
    const text = [
      '# Alerts',
      '',
      `${FENCE} example`,
      '> [!NOTE]',
      '> a',
      '.',
      '<div>a</div>',
      FENCE,
      '',
      '## Two',
      `${FENCE} example`,
      'b',
      '.',
      '<p>b</p>',
      FENCE,
    ].join('\n');
    expect(specExamples(text)).toEqual([
      { section: 'Alerts', line: 3, markdown: '> [!NOTE]\n> a', html: '<div>a</div>' },
      { section: 'Two', line: 11, markdown: 'b', html: '<p>b</p>' },
    ]);
  });

  it('refuses an example without its "." line', () => {
    expect(() => specExamples(`${FENCE} example\nb\n${FENCE}`)).toThrow('line 1');
  });
});
