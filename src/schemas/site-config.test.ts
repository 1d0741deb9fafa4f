import { describe, expect, it } from 'vitest';
import site from '../site.config.ts';
import { defineSiteConfig } from './site-config.ts';

const valid = {
  name: 'Palīdzība',
  lang: 'lv' as const,
  subject: 'Microsoft 365 palīdzības',
  source: { name: 'Avots', url: 'https://github.com/MicrosoftDocs/example' },
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  learn: { origin: 'https://learn.microsoft.com' },
};

describe('the site configuration', () => {
  it('is valid as shipped', () => {
    expect(site.lang).toBe('lv');
    expect(site.learn.docSetPath).toBe('/AlchemyInsights/');
  });

  it('names the key and what was expected when a value is wrong', () => {
    expect(() => defineSiteConfig({ ...valid, lang: 'xx' as 'lv' })).toThrow(
      /^site configuration: lang: expected one of lv$/,
    );
    expect(() => defineSiteConfig({ ...valid, source: { name: 'Avots', url: 'github.com/x' } })).toThrow(
      /source\.url: expected the source repository as an https:\/\/ address/,
    );
    expect(() =>
      defineSiteConfig({ ...valid, learn: { origin: 'https://learn.microsoft.com', docSetPath: 'Alchemy' } }),
    ).toThrow(/learn\.docSetPath: expected a site-relative path/);
  });

  it('refuses keys it does not know, so a misspelt fact is not silently ignored', () => {
    expect(() => defineSiteConfig({ ...valid, licence_url: 'x' } as typeof valid)).toThrow(/site configuration/);
  });
});
