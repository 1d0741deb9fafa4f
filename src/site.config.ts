import { defineSiteConfig } from './schemas/site-config.ts';

/**
 * The site's facts. These defaults fit our own article, which comes from the Latvian
 * Alchemy Insights repository, and that repository's collection.
 */
export default defineSiteConfig({
  name: 'Microsoft 365 palīdzība latviski',
  lang: 'lv',
  subject: 'Microsoft 365 palīdzības',
  source: {
    name: 'Microsoft 365 palīdzības raksti (Alchemy Insights)',
    url: 'https://github.com/MicrosoftDocs/OfficeDocs-AlchemyInsights-pr.lv-LV',
  },
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.lv' },
  learn: { origin: 'https://learn.microsoft.com', docSetPath: '/AlchemyInsights/' },
});
