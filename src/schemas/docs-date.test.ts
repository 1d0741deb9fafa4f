import { describe, expect, it } from 'vitest';
import { formatDocsDate, isoDay, parseDocsDate } from './docs-date.ts';

describe('parseDocsDate', () => {
  it('reads padded and unpadded MM/DD/YYYY as a UTC calendar day', () => {
    expect(parseDocsDate('08/27/2021')?.toISOString()).toBe('2021-08-27T00:00:00.000Z');
    expect(parseDocsDate('8/7/2021')?.toISOString()).toBe('2021-08-07T00:00:00.000Z');
  });

  it.each(['02/30/2021', '13/01/2021', '00/10/2021', '2021-08-27', '27.08.2021', '', '08/27/21'])(
    'rejects "%s"',
    (value) => {
      expect(parseDocsDate(value)).toBeUndefined();
    },
  );

  it('accepts 29 February only in leap years', () => {
    expect(parseDocsDate('02/29/2020')?.toISOString()).toBe('2020-02-29T00:00:00.000Z');
    expect(parseDocsDate('02/29/2021')).toBeUndefined();
  });
});

describe('date output', () => {
  const date = new Date(Date.UTC(2021, 7, 7));

  it('writes the Docs form back zero-padded and the ISO day for datetime', () => {
    expect(formatDocsDate(date)).toBe('08/07/2021');
    expect(isoDay(date)).toBe('2021-08-07');
  });
});
