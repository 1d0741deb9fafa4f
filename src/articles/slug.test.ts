import { describe, expect, it } from 'vitest';
import { findSlugCollisions, slugFromFileName } from './slug.ts';

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

describe('findSlugCollisions', () => {
  it('names files that would share an address', () => {
    expect(findSlugCollisions(['a-b.md', 'A B.md', 'c.md'])).toEqual([{ slug: 'a-b', files: ['a-b.md', 'A B.md'] }]);
    expect(findSlugCollisions(['a.md', 'b.md'])).toEqual([]);
  });
});
