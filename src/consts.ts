/** Facts about the site that more than one page needs. */
export const SITE_LANG = 'lv';
export const SOURCE_URL = 'https://github.com/MicrosoftDocs/OfficeDocs-AlchemyInsights-pr.lv-LV';
export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/deed.lv';
/** Microsoft Learn, where site-relative links in the articles point. */
export const LEARN_ORIGIN = 'https://learn.microsoft.com';
export const LEARN_LOCALE_PATH = '/lv-lv';
