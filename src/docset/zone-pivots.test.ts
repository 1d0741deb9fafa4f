import { describe, expect, it } from 'vitest';
import { parseZonePivotGroups, pivotTitlesFor } from './zone-pivots.ts';

const TEXT = `groups:
- id: platform
  title: Platforma
  prompt: Izvēlieties platformu
  pivots:
  - id: windows
    title: Windows
  - id: macos
    title: macOS
- id: language
  title: Valoda
  pivots:
  - id: csharp
    title: C#
`;

describe('zone pivot groups', () => {
  it('gives each pivot its title, for the groups an article names', () => {
    const { groups, diagnostics } = parseZonePivotGroups('zone-pivot-groups.yml', TEXT);
    expect(diagnostics).toEqual([]);
    expect(Object.fromEntries(pivotTitlesFor(groups, 'platform'))).toEqual({ windows: 'Windows', macos: 'macOS' });
    expect(pivotTitlesFor(groups, 'platform, language').get('csharp')).toBe('C#');
    expect(pivotTitlesFor(groups, undefined).size).toBe(0);
  });

  it('says what is wrong with a file it cannot use', () => {
    expect(parseZonePivotGroups('z.yml', 'pivots: []\n').diagnostics).toEqual([
      { code: 'pivot-groups-invalid', file: 'z.yml', key: 'groups', message: 'expected a list of pivot groups' },
    ]);
  });
});
