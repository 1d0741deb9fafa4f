import type { HastPluginDefinition } from 'satteri';
import { ALLOWED_ELEMENTS, DROPPED_ELEMENTS, isAllowedAttribute, isSafeUrl, URL_ATTRIBUTES } from './html-allowlist.ts';

/**
 * Raw HTML through the allowlist (html-allowlist.ts), after every other HTML-level plugin, so it
 * judges the page as it will be written. The checks report each removal at its source line;
 * this makes sure of it.
 *
 * Two passes, because a node replaced in a pass takes its children with it as they were: the
 * first drops the elements that run, load or send (with their content) and every attribute not
 * on the list, unknown elements' included; the second lets unknown elements give way to their
 * content, which it hands back as new copies made through the allowlist once more.
 */
/** The attributes an element keeps: on the list, and no address whose scheme could run code. */
function keeps(tag: string, property: string, value: unknown): boolean {
  if (value === null || value === undefined || !ALLOWED_ELEMENTS.has(tag)) return false;
  const unsafe = URL_ATTRIBUTES.has(property) && typeof value === 'string' && !isSafeUrl(value, property);
  return !unsafe && isAllowedAttribute(tag, property);
}

/**
 * A new copy of a subtree, through the allowlist again: a subtree handed back whole is written
 * as the pass that hands it back sees it, and that is before the first pass's edits.
 */
function cleanCopy(node: unknown): unknown[] {
  const element = node as {
    type?: string;
    tagName?: string;
    properties?: Record<string, unknown>;
    children?: unknown[];
  };
  if (element.type !== 'element' || element.tagName === undefined) {
    const { type, value } = node as { type: string; value?: unknown };
    return [{ type, ...(value === undefined ? {} : { value }) }];
  }
  const tag = element.tagName.toLowerCase();
  if (DROPPED_ELEMENTS.has(tag)) return [];
  const children = (element.children ?? []).flatMap(cleanCopy);
  if (!ALLOWED_ELEMENTS.has(tag)) return children;
  const properties = Object.fromEntries(
    Object.entries(element.properties ?? {}).filter(([property, value]) => keeps(tag, property, value)),
  );
  return [{ type: 'element', tagName: element.tagName, properties, children }];
}

export function htmlSanitizePlugins(): HastPluginDefinition[] {
  const clean: HastPluginDefinition = {
    name: 'docfx-html-sanitize',
    element: {
      filter: [],
      visit(node, ctx) {
        const tag = node.tagName.toLowerCase();
        if (DROPPED_ELEMENTS.has(tag)) {
          ctx.removeNode(node);
          return;
        }
        for (const [property, value] of Object.entries(node.properties ?? {})) {
          if (value !== null && value !== undefined && !keeps(tag, property, value))
            ctx.setProperty(node, property, null);
        }
      },
    },
  };
  const unwrap: HastPluginDefinition = {
    name: 'docfx-html-unwrap',
    element: {
      filter: [],
      visit(node, ctx) {
        if (!ALLOWED_ELEMENTS.has(node.tagName.toLowerCase())) {
          ctx.replaceNode(node, node.children.flatMap(cleanCopy) as typeof node.children);
        }
      },
    },
  };
  return [clean, unwrap];
}
