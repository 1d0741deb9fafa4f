import { describe, expect, it } from 'vitest';
import { urlProblem } from './url-problems.ts';

describe('urlProblem', () => {
  it.each([
    'https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses',
    'https://admin.microsoft.com/Adminportal/Home?source=applauncher#/subscriptions',
    'http://example.com',
    'mailto:help@example.com',
    'ms-settings:display?activationSource=GetHelp',
    'feedback-hub://',
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
    ['https://admin.microsoft.com/#/homepage">https://admin.microsoft.com/', 'quotes'],
    ['https://intranet/x', 'full host name'],
    ['mailto:', 'e-mail'],
  ])('finds "%s" malformed', (url, reason) => {
    expect(urlProblem(url)).toEqual({ message: expect.stringContaining(reason), unsafe: false });
  });

  it.each(['javascript:alert(1)', 'JavaScript:void(0)', 'file:///etc/passwd', 'data:text/html,<b>x</b>'])(
    'finds "%s" unsafe',
    (url) => {
      expect(urlProblem(url)?.unsafe).toBe(true);
    },
  );

  it('accepts inline images only as images', () => {
    const pixel = 'data:image/png;base64,iVBORw0KGgo=';
    expect(urlProblem(pixel, 'image')).toBeUndefined();
    expect(urlProblem(pixel, 'link')?.unsafe).toBe(true);
  });
});
