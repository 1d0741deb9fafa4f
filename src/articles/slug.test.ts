import { describe, expect, it } from 'vitest';
import { findRouteCollisions, routeOf, slugFromFileName } from './slug.ts';

describe('slugFromFileName', () => {
  it.each([
    ['transfer-licenses-between-tenants.mdx', 'transfer-licenses-between-tenants'],
    ['Change-your-password-in-Outlook.com.md', 'change-your-password-in-outlook-com'],
    ["calendar-icon-isn't-showing-in-msteams-client.md", 'calendar-icon-isnt-showing-in-msteams-client'],
    ['cant-access-user data-teams.md', 'cant-access-user-data-teams'],
    [
      'use-microsoft-edge-filter-format-for-url-list–based-policies.md',
      'use-microsoft-edge-filter-format-for-url-list-based-policies',
    ],
    ['restore-an-office-365-group-using-eac\u200b\u200b\u200b.md', 'restore-an-office-365-group-using-eac'],
    ['Licenču-pārsūtīšana.md', 'licencu-parsutisana'],
  ])('%s → %s', (file, slug) => {
    expect(slugFromFileName(file)).toBe(slug);
  });

  it('is stable: the same name always gives the same slug', () => {
    expect(slugFromFileName('A b.md')).toBe(slugFromFileName('A b.md'));
  });
});

describe('routeOf', () => {
  it.each([
    ['transfer-licenses-between-tenants.mdx', 'transfer-licenses-between-tenants'],
    ['sales/Čats ziņas.md', 'sales/cats-zinas'],
    ['Project Management/Update Estimate.md', 'project-management/update-estimate'],
    ['sales/index.md', 'sales'],
    ['a/b/INDEX.md', 'a/b'],
    ['index.md', ''],
  ])('%s → /%s/', (file, route) => {
    expect(routeOf(file)).toBe(route);
  });
});

describe('findRouteCollisions', () => {
  it('names files that would share an address, in any folder', () => {
    expect(findRouteCollisions(['a-b.md', 'A B.md', 'c.md'])).toEqual([{ route: 'a-b', files: ['a-b.md', 'A B.md'] }]);
    expect(findRouteCollisions(['x/index.md', 'X.md', 'x/y.md'])).toEqual([
      { route: 'x', files: ['x/index.md', 'X.md'] },
    ]);
    expect(findRouteCollisions(['a.md', 'b/a.md'])).toEqual([]);
  });
});
