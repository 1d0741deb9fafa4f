import type { Paragraph } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { element } from './blocks.ts';
import { onlyIfUsed } from './only-if-used.ts';
import type { SyntaxCheck } from './syntax-check.ts';
import { tagAttributes, tagSource } from './tag-attributes.ts';

/**
 * DocFX `:::form action="…" submitText="…" model="…":::` (Learn's "chromeless" form): a form
 * Learn's own script fills and sends. A static page can neither, so in its place stands a note
 * that the form is on Microsoft Learn, with a link to the article there (on purpose).
 */
const FORM_TAG = new RegExp(`^${tagSource(String.raw`\s*form`)}$`);
const USES = /:::\s*form\b/;
/** The attributes DocFX reads; any other is an error there. */
const ATTRIBUTES = new Set(['action', 'submittext', 'model']);

/** The attributes of a paragraph that is nothing but a form tag, or undefined. */
function formTag(text: string): ReadonlyMap<string, string> | undefined {
  const match = FORM_TAG.exec(text.trim());
  return match ? tagAttributes(match[1]!) : undefined;
}

/** Form tags without an action or a submit text, or with an attribute DocFX does not know. */
export const formCheck: SyntaxCheck = {
  uses: USES,
  problems: (lines) =>
    lines.flatMap(({ text, line }) => {
      const attributes = formTag(text.replace(/^\s*(?:>\s*)*/, ''));
      if (attributes === undefined) return [];
      const missing = ['action', 'submittext'].filter((name) => !attributes.get(name)?.trim());
      const unknown = [...attributes.keys()].filter((name) => !ATTRIBUTES.has(name));
      if (missing.length === 0 && unknown.length === 0) return [];
      const problems = [
        ...missing.map((name) => `expected ${name === 'action' ? 'action="…"' : 'submitText="…"'}`),
        ...unknown.map((name) => `unexpected attribute "${name}"`),
      ];
      return [{ code: 'form-malformed' as const, line, message: `${problems.join('; ')}; shown as a note` }];
    }),
};

export function formPlugin(strings: { note: string; link: string }, learnUrl: string | undefined): MdastPluginEntry {
  return onlyIfUsed(USES, {
    name: 'docfx-form',
    paragraph(node, ctx) {
      const [only] = node.children;
      if (node.children.length !== 1 || only?.type !== 'text' || formTag(only.value) === undefined) return;
      const text: Paragraph = {
        type: 'paragraph',
        children: [
          { type: 'text', value: strings.note },
          ...(learnUrl === undefined
            ? []
            : [
                { type: 'text' as const, value: ' ' },
                { type: 'link' as const, url: learnUrl, children: [{ type: 'text' as const, value: strings.link }] },
              ]),
        ],
      };
      ctx.replaceNode(
        node,
        element('docfxForm', 'div', { className: ['callout', 'callout-note'], role: 'note' }, [text]),
      );
    },
  });
}
