import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Yaml } from 'mdast';
import { load } from 'js-yaml';
import { articleFormat } from '../../src/articles/files';
import { takeInventory } from '../../src/docset/inventory';
import { collectLinks, nodesInOrder, parseArticle } from '../../src/checks/parse';
import { projectRoot } from '../support/build';

const contentDir = path.join(projectRoot, 'content');
const files = takeInventory(contentDir, undefined).articles;

describe('the sources in content/', () => {
  it('hold the article', () => {
    expect(files).toEqual(['transfer-licenses-between-tenants.mdx']);
  });

  for (const file of files) {
    const tree = parseArticle(readFileSync(path.join(contentDir, file), 'utf8'), articleFormat(file));
    const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
    const frontmatter = load(yaml?.value ?? '') as Record<string, unknown>;

    it(`${file}: has all 19 frontmatter keys with the expected types and values`, () => {
      expect(frontmatter).toEqual({
        title: 'Licenču pārsūtīšana starp nomniekiem',
        'ms.author': 'cmcatee',
        author: 'cmcatee-MSFT',
        manager: 'scotv',
        'ms.reviewer': 'shegu, nicholak',
        'ms.audience': 'Admin',
        'ms.topic': 'article',
        'ms.service': 'o365-administration',
        ROBOTS: 'NOINDEX, NOFOLLOW',
        localization_priority: 'Priority',
        'ms.collection': 'Adm_O365',
        'ms.custom': ['commerce_licensing', '1500021', '4689'],
        'ms.date': '08/27/2021',
        'ms.openlocfilehash': 'bd928d945072eeebb4fd47d61982e75b0d317f66',
        'ms.sourcegitcommit': '44081ba551e0424c7b78ba2304c5705b38567f3d',
        'ms.translationtype': 'MT',
        'ms.contentlocale': 'lv-LV',
        'ms.lasthandoff': '08/27/2021',
        'ms.locfileid': '58679342',
      });
    });

    it(`${file}: has seven links, each with text and a valid https address`, () => {
      const links = collectLinks(nodesInOrder(tree));
      expect(links).toHaveLength(7);
      for (const link of links) {
        expect(link.text, `link on line ${link.line}`).not.toBe('');
        expect(new URL(link.url).protocol, link.url).toBe('https:');
      }
    });
  }
});
