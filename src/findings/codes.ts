/**
 * Every kind of finding the build can make, with what it does to a build. A finding's severity
 * and whether it stops the build are decided here, by its code and the mode, never by the
 * wording of its message: rewording a message changes nothing else.
 *
 * - `fatal`: nothing can be published (no articles, a configuration that cannot be read, a
 *   setting that names nothing). An error that stops every build.
 * - `error`: the file, or the part of it, cannot be used as written and is left out. It stops a
 *   build of our own content; a delivered doc set is published without it, as Microsoft Learn
 *   publishes with `continue_with_document_error`.
 * - `editable`: a defect only an edit can mend (a missing image, a link without text). An error
 *   for our own content, a warning for a delivered doc set, whose sources we do not edit.
 * - `warning`: said, never stops: the page is published as well as it can be.
 *
 * `leavesOut`: the article that has it at its own file is not published at all.
 */
export type FindingClass = 'fatal' | 'error' | 'editable' | 'warning';

interface CodeInfo {
  class: FindingClass;
  leavesOut?: true;
  /** What it means, for the README's table and the report. */
  means: string;
}

export const FINDING_CODES = {
  // Settings and configuration.
  'setting-invalid': { class: 'fatal', means: 'a setting names nothing usable or has a value not understood' },
  'config-unreadable': {
    class: 'fatal',
    means: 'the publish configuration or docfx.json is not JSON, or names no doc set to build',
  },
  'config-value': {
    class: 'editable',
    means: 'a setting of the publish configuration or docfx.json of an unexpected type or value; ignored',
  },
  'json-duplicate-key': { class: 'warning', means: 'a key written twice in a JSON object; the last one is used' },
  'no-articles': { class: 'fatal', means: 'nothing to publish: no article in the folder' },
  // An article's file.
  'file-encoding': { class: 'error', leavesOut: true, means: 'bytes that are not UTF-8' },
  'file-empty': { class: 'error', leavesOut: true, means: 'an empty file' },
  'file-symlink': { class: 'warning', means: 'a symbolic link, never followed' },
  'frontmatter-invalid': {
    class: 'error',
    leavesOut: true,
    means: 'frontmatter that is broken YAML, not a map, never closes or is too large',
  },
  'frontmatter-missing': { class: 'editable', means: 'no frontmatter (our own articles need one)' },
  'mdx-invalid': { class: 'error', leavesOut: true, means: 'an .mdx file that is not valid MDX' },
  'nesting-limit': { class: 'error', leavesOut: true, means: 'block quotes or lists nested past the limit' },
  'route-collision': {
    class: 'error',
    leavesOut: true,
    means: 'a second file at an address another file has; the first is published',
  },
  'route-reserved': { class: 'error', leavesOut: true, means: "an article at one of the site's own addresses" },
  // Metadata.
  'metadata-type': { class: 'editable', means: 'a metadata value of an unexpected type or form; left out' },
  'metadata-missing': { class: 'editable', means: 'a required metadata key is missing (our own articles)' },
  'metadata-unknown': { class: 'editable', means: 'a metadata key no reference knows ("did you mean")' },
  'title-missing': {
    class: 'editable',
    means: 'neither a title key nor a "# " heading; titled by its address',
  },
  'body-empty': { class: 'editable', means: 'nothing after the frontmatter' },
  'heading-empty': { class: 'editable', means: 'a heading without words; shown as an empty heading' },
  // Links and images.
  'link-empty': { class: 'editable', means: 'a link without words; shown with its address as its words' },
  'link-malformed': { class: 'editable', means: 'an address that cannot work as written' },
  'link-unsafe': { class: 'error', means: 'an address whose scheme could run code (javascript:); removed' },
  'link-missing': {
    class: 'editable',
    means: 'a link to an article the doc set lacks; linked to Microsoft Learn or shown as words',
  },
  'link-outside': { class: 'editable', means: 'an address that leaves the doc set; shown as words' },
  'link-fragment': { class: 'editable', means: 'a link to a part of a page that the page does not have' },
  'xref-unresolved': { class: 'warning', means: 'a cross-reference (xref, @uid) with no address here; shown as words' },
  'image-missing': {
    class: 'editable',
    means: 'an image file that is not there; a marked stand-in holding its alt text',
  },
  'image-invalid': {
    class: 'editable',
    means: 'an image file that is not an image (empty, other bytes, cut short); a marked stand-in holding its alt text',
  },
  'image-case': { class: 'warning', means: 'an image written in another case than its file; published as the file' },
  'image-alt-missing': { class: 'editable', means: 'an image without alt text' },
  'image-source-missing': { class: 'editable', means: 'an image tag without source="…"' },
  'html-unclosed': {
    class: 'editable',
    means: 'a raw HTML block element never closed (<div>, <table>): the rest of the page falls inside it',
  },
  'block-unclosed': {
    class: 'editable',
    means: 'a DocFX block (zone, row, column) never ended; it ends with the block holding it',
  },
  'block-stray': { class: 'editable', means: 'a DocFX end tag with no block to end; shown as text' },
  'form-malformed': {
    class: 'editable',
    means: 'a :::form without action="…" and submitText="…", or with another attribute',
  },
  'math-invalid': {
    class: 'editable',
    means: 'math that cannot be typeset, or a $$ block never closed; shown as written',
  },
  'alert-malformed': { class: 'editable', means: 'an alert marker never closed (> [!NOTE); shown as a quote' },
  'tab-malformed': { class: 'editable', means: 'a tab heading whose #tab/ address names no tab; shown as a heading' },
  'div-malformed': {
    class: 'editable',
    means: 'a [!div] marker never closed, without a class, or with a class name that cannot be kept',
  },
  'video-malformed': {
    class: 'editable',
    means: 'a video ([!VIDEO] or :::video) without one address, or a [!VIDEO] not alone in its quote',
  },
  'merge-conflict': { class: 'editable', means: 'Git merge conflict markers (<<<<<<<) left in the text' },
  'html-removed': { class: 'editable', means: 'raw HTML the allowlist removed (a tag, an attribute, a script)' },
  // Includes and code files.
  'include-missing': { class: 'editable', means: 'an include whose file is not there; left out' },
  'include-outside': { class: 'error', means: 'an include or code file outside the repository; left out' },
  'include-symlink': { class: 'error', means: 'an include or code file that is a symbolic link; left out' },
  'include-loop': { class: 'error', means: 'an include that includes itself, directly or not; left out' },
  'include-depth': { class: 'error', means: 'includes nested past the limit; left out' },
  'include-unreadable': { class: 'error', means: 'an include or code file that is not UTF-8 text; left out' },
  'code-missing': { class: 'editable', means: 'a code file that is not there, or has no such snippet or lines' },
  // Navigation.
  'toc-invalid': { class: 'editable', means: 'a TOC file that cannot be read as a TOC; left out' },
  'toc-entry': { class: 'editable', means: 'a TOC entry that is malformed or leads nowhere; left out' },
  'pivot-groups-invalid': { class: 'warning', means: 'zone-pivot-groups.yml that cannot be read; pivots untitled' },
  // Redirections.
  'redirect-invalid': { class: 'editable', means: 'a redirection file or entry that is malformed; left out' },
  'redirect-source': {
    class: 'warning',
    means: 'a redirection from a file that is no article of this doc set; left out',
  },
  'redirect-form': {
    class: 'warning',
    means: 'a redirection written in a form Open Publishing reads another way; read as it means',
  },
  'redirect-target': { class: 'warning', means: 'a redirection that leads nowhere; left out' },
  'redirect-shadowed': { class: 'warning', means: 'a redirection from an address an article still has; left out' },
  'redirect-duplicate': { class: 'warning', means: 'a second redirection from one address; left out' },
} as const satisfies Record<string, CodeInfo>;

export type FindingCode = keyof typeof FINDING_CODES;

export const FINDING_CODE_LIST = Object.keys(FINDING_CODES) as FindingCode[];

export function codeInfo(code: FindingCode): CodeInfo {
  return FINDING_CODES[code];
}
