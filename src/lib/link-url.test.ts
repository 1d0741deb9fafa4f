import { describe, expect, it } from 'vitest';
import { urlProblem } from './link-url';

describe('urlProblem', () => {
  it.each([
    'https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses',
    'https://admin.microsoft.com/Adminportal/Home?source=applauncher#/subscriptions',
    'http://example.com',
    'mailto:help@example.com',
    '/microsoft-365/admin/add-users',
    'other-article.md#section',
    '#top',
    'media/a.png',
  ])('accepts %s', (url) => {
    expect(urlProblem(url)).toBeUndefined();
  });

  it.each([
    ['', 'empty'],
    ['https//example.com/a', 'https://'],
    ['www.example.com', 'https://'],
    ['https:/example.com', 'https://host'],
    ['https://exa mple.com', 'spaces'],
    ['javascript:alert(1)', 'https, http or mailto'],
    ['https://intranet/x', 'full host name'],
    ['mailto:', 'e-mail'],
  ])('rejects "%s"', (url, reason) => {
    expect(urlProblem(url)).toContain(reason);
  });
});
