import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/**
 * Seeded damage to a copy of a delivered repository: the ways real Docs repositories arrive broken
 * (a vendor's encoding, a hand edit of YAML, a botched merge or rename, an include that loops), so
 * a build can be shown to publish what it can and report the rest at file and line. The same seed
 * always damages the same files in the same way, so a failure can be rebuilt and looked at.
 */

export const damageKinds = [
  // Frontmatter: values of the wrong type, keys nobody reads, YAML that does not parse.
  'frontmatter-list-for-text',
  'frontmatter-map-for-text',
  'frontmatter-unknown-key',
  'frontmatter-impossible-date',
  'frontmatter-unclosed-quote',
  'frontmatter-bad-indentation',
  'frontmatter-duplicate-key',
  'frontmatter-never-closed',
  'frontmatter-only',
  // Bytes: another encoding, or nothing at all.
  'latin1-byte',
  'utf16-with-bom',
  'empty-article',
  // Includes.
  'include-self-loop',
  'include-two-file-loop',
  'include-missing',
  'include-random-bytes',
  'include-png-bytes',
  'include-outside-repository',
  // Images that are not images.
  'media-text-as-image',
  'media-empty-image',
  'media-cut-image',
  // Navigation.
  'toc-missing-target',
  'toc-broken-yaml',
  // Redirections (the JSON stays valid: each entry is wrong, not the file).
  'redirect-txt-source',
  'redirect-nowhere',
  'redirect-duplicate-source',
  // Names and places.
  'article-case-twin',
  'article-odd-name',
  'article-long-name',
  'article-deep',
  'article-symlink',
  // Blocks left open.
  'unclosed-html',
  'unclosed-zone',
  'unclosed-row',
  'broken-alert',
  'conflict-markers',
  // Links.
  'javascript-link',
  'empty-link-url',
  'bad-percent-encoding',
  'bad-percent-encoding-external-image',
  'tilde-link-missing',
  'long-url',
] as const;

export type DamageKind = (typeof damageKinds)[number];

export interface Damage {
  kind: DamageKind;
  /** The file a reader of the report must open to mend it, from the repository root, "/" separated. */
  file: string;
  /** What was done, and at which line where there is one. */
  note: string;
  /** Whether `file` is an article, so has a page of its own unless `leavesOut`. */
  article: boolean;
  /** The damage leaves the article unpublishable (not UTF-8, empty, frontmatter that does not parse). */
  leavesOut: boolean;
  /**
   * Other paths whose meaning changed with it: the article given an include directive, the other
   * file of a loop, the old address given a second redirection. Pages mentioning them may change.
   */
  related: string[];
}

export interface DamageOptions {
  /** How many damages to apply (default 20); fewer when the repository has no file left for one. */
  count?: number;
  /** Exactly these kinds, in this order, instead of the seed's own choice. */
  kinds?: readonly DamageKind[];
}

export const REDIRECTION_FILE = '.openpublishing.redirection.json';

/**
 * Copies the repository at `sourceRoot` to `targetRoot` (a path that does not exist yet) and
 * damages the copy: the kinds the seed deals, on files the seed picks. Returns what was done.
 */
export function damageRepository(
  sourceRoot: string,
  targetRoot: string,
  seed: number,
  options: DamageOptions = {},
): Damage[] {
  copyRepository(sourceRoot, targetRoot);
  const context = newContext(targetRoot, seed);
  const damages: Damage[] = [];
  for (const kind of chooseKinds(seed, context.random, options)) {
    const done = DAMAGERS[kind](context);
    if (done) damages.push({ kind, article: false, leavesOut: false, related: [], ...done });
  }
  return damages;
}

/**
 * A copy anyone may write to and delete: the corpora are read-only, and copied modes would make
 * the copy read-only too. Symbolic links are copied as links, never followed.
 */
export function copyRepository(sourceRoot: string, targetRoot: string): void {
  cpSync(sourceRoot, targetRoot, { recursive: true, verbatimSymlinks: true, dereference: false });
  makeWritable(targetRoot);
}

function makeWritable(folder: string): void {
  chmodSync(folder, 0o755);
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    // chmod follows links, and a link may lead out of the copy.
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) makeWritable(file);
    else chmodSync(file, 0o644);
  }
}

// ---------------------------------------------------------------------------------------------
// The seeded choice

/** mulberry32: a tiny PRNG whose whole state is one 32-bit number, so a seed replays exactly. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  below(count: number): number {
    return Math.floor(this.next() * count);
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.below(items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  }
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
  bytes(count: number): Buffer {
    return Buffer.from(Array.from({ length: count }, () => this.below(256)));
  }
}

/**
 * Every kind is dealt to one seed in three (seeds 1, 2 and 3 together apply each at least once),
 * then the seed adds kinds of its own choosing up to the count.
 */
function chooseKinds(seed: number, random: Random, options: DamageOptions): DamageKind[] {
  if (options.kinds) return [...options.kinds];
  const count = options.count ?? 20;
  const share = (((seed - 1) % 3) + 3) % 3;
  const chosen = random.shuffled(damageKinds.filter((_, index) => index % 3 === share)).slice(0, count);
  while (chosen.length < count) chosen.push(random.pick(damageKinds));
  return chosen;
}

// ---------------------------------------------------------------------------------------------
// The repository and its files

interface Layout {
  root: string;
  /** The doc set folder from the repository root ("articles"), "" when the root is the doc set. */
  docset: string;
  articles: string[];
  includes: string[];
  tocs: string[];
}

interface Context {
  layout: Layout;
  random: Random;
  /** Files already damaged or touched: each damage gets files of its own. */
  used: Set<string>;
  /** The redirections as delivered, before any damage added its own. */
  delivered: readonly Redirection[];
  serial: () => number;
}

function newContext(root: string, seed: number): Context {
  let serial = 0;
  const layout = discover(root);
  return { layout, random: new Random(seed), used: new Set(), serial: () => ++serial, delivered: redirections(root) };
}

/** The doc set named by the publish configuration, and its articles, includes and TOCs as DocFX sees them. */
function discover(root: string): Layout {
  const docset = docsetFolder(root);
  const files = listFiles(root, docset).sort();
  const inIncludes = (file: string) => /(?:^|\/)includes\//i.test(file);
  const isToc = (file: string) => /^toc\.(?:yml|md)$/i.test(path.posix.basename(file));
  const rootReadme = path.posix.join(docset, 'README.md');
  return {
    root,
    docset,
    articles: files.filter((file) => file.endsWith('.md') && !inIncludes(file) && !isToc(file) && file !== rootReadme),
    includes: files.filter((file) => file.endsWith('.md') && inIncludes(file)),
    tocs: files.filter((file) => /^toc\.yml$/i.test(path.posix.basename(file)) && !inIncludes(file)),
  };
}

/** The entries of the repository's redirection file; none when it is missing or not of that shape. */
function redirections(root: string): Redirection[] {
  const file = path.join(root, REDIRECTION_FILE);
  if (!existsSync(file)) return [];
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { redirections?: unknown };
  return Array.isArray(parsed.redirections) ? (parsed.redirections as Redirection[]) : [];
}

function docsetFolder(root: string): string {
  const config = path.join(root, '.openpublishing.publish.config.json');
  if (!existsSync(config)) return '';
  const parsed: unknown = JSON.parse(readFileSync(config, 'utf8'));
  const docsets = (parsed as { docsets_to_publish?: { build_source_folder?: unknown }[] }).docsets_to_publish;
  const folder = docsets?.[0]?.build_source_folder;
  return typeof folder === 'string' ? folder.replace(/^\.\/?|\/$/g, '') : '';
}

/** Files below a folder, from the root, skipping dot-files and links as the build does. */
function listFiles(root: string, folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
    const file = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) files.push(...listFiles(root, file));
    else if (entry.isFile()) files.push(file);
  }
  return files;
}

function read(context: Context, file: string): string {
  return readFileSync(path.join(context.layout.root, file), 'utf8');
}

function write(context: Context, file: string, data: string | Buffer): void {
  const target = path.join(context.layout.root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, data);
}

function exists(context: Context, file: string): boolean {
  try {
    lstatSync(path.join(context.layout.root, file));
    return true;
  } catch {
    return false;
  }
}

/** A file nobody has damaged yet, chosen by the PRNG among those `accept` takes; it is then taken. */
function claim(context: Context, candidates: readonly string[], accept: (file: string) => boolean = () => true) {
  const free = candidates.filter((file) => !context.used.has(file));
  for (let tries = 0; tries < 60 && free.length > 0; tries++) {
    const file = context.random.pick(free);
    if (!accept(file)) continue;
    context.used.add(file);
    return file;
  }
  return undefined;
}

function claimArticle(context: Context, accept: (text: string) => boolean = () => true): string | undefined {
  return claim(context, context.layout.articles, (file) => accept(read(context, file)));
}

/** The way from one file's folder to another file, as a Markdown link from the first would say it. */
function linkFrom(from: string, to: string): string {
  return path.posix.relative(path.posix.dirname(from), to);
}

function newName(context: Context, stem: string): string {
  return `${stem}-${context.serial()}`;
}

// ---------------------------------------------------------------------------------------------
// Articles: frontmatter and body

interface Article {
  bom: string;
  front: string[];
  body: string[];
}

const FRONTMATTER_DELIMITER = /^---\s*$/;

function splitArticle(text: string): Article | undefined {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = text.slice(bom.length).split(/\r?\n/);
  if (!FRONTMATTER_DELIMITER.test(lines[0] ?? '')) return undefined;
  const end = lines.findIndex((line, index) => index > 0 && FRONTMATTER_DELIMITER.test(line));
  if (end < 0) return undefined;
  return { bom, front: lines.slice(1, end), body: lines.slice(end + 1) };
}

function joinArticle(article: Article): string {
  return `${article.bom}${['---', ...article.front, '---', ...article.body].join('\n')}`;
}

const KEY_LINE = /^([A-Za-z_][\w.-]*)\s*:(.*)$/;

/** The frontmatter with `key` set to a YAML value written as is, the old value and its lines gone. */
function withKey(front: readonly string[], key: string, value: string): string[] {
  const kept: string[] = [];
  let dropping = false;
  for (const line of front) {
    const match = KEY_LINE.exec(line);
    if (match) dropping = match[1] === key;
    else if (!/^[\s-]/.test(line)) dropping = false;
    if (!dropping) kept.push(line);
  }
  return [`${key}: ${value}`, ...kept];
}

/** The 1-based line of the file that a frontmatter line is on, below the opening "---". */
function frontLine(index: number): number {
  return index + 2;
}

const hasFrontmatter = (text: string) => splitArticle(text) !== undefined;

/** A frontmatter edit on an article the PRNG picks among those with frontmatter the edit applies to. */
function editFrontmatter(
  context: Context,
  edit: (article: Article) => { article: Article; note: string } | undefined,
  leavesOut = false,
): Done | undefined {
  const file = claimArticle(context, (text) => {
    const article = splitArticle(text);
    return article !== undefined && edit(article) !== undefined;
  });
  if (!file) return undefined;
  const done = edit(splitArticle(read(context, file))!)!;
  write(context, file, joinArticle(done.article));
  return { file, note: done.note, article: true, leavesOut, related: [] };
}

/** Sets one key to a wrong value, the rest of the frontmatter untouched. */
function setKey(context: Context, variants: readonly (readonly [string, string, string])[]) {
  const [key, value, why] = context.random.pick(variants);
  return editFrontmatter(context, (article) => ({
    article: { ...article, front: withKey(article.front, key, value) },
    note: `${key}: ${value} (${why}), line 2`,
  }));
}

const isFence = (line: string) => /^\s*(?:```|~~~)/.test(line);

/**
 * Inserts a block of Markdown at a paragraph boundary of the body that the PRNG picks, never in
 * a code block; returns the 1-based line the block starts on.
 */
function insertBlock(context: Context, file: string, block: string): number {
  const text = read(context, file);
  const lines = text.split('\n');
  const article = splitArticle(text);
  const bodyStart = article ? article.front.length + 2 : 0;
  const boundaries: number[] = [];
  let fenced = false;
  for (let index = bodyStart; index < lines.length; index++) {
    if (isFence(lines[index]!)) fenced = !fenced;
    if (!fenced && lines[index]!.trim() === '') boundaries.push(index + 1);
  }
  const at = boundaries.length > 0 ? context.random.pick(boundaries) : lines.length;
  lines.splice(at, 0, '', ...block.split('\n'), '');
  write(context, file, lines.join('\n'));
  return at + 2;
}

/** A block damage on a free article: the block at a boundary the PRNG picks. */
function insertInArticle(context: Context, block: (file: string) => string, what: string) {
  const file = claimArticle(context, hasFrontmatter);
  if (!file) return undefined;
  const line = insertBlock(context, file, block(file));
  return { file, note: `${what}, line ${line}`, article: true, leavesOut: false, related: [] };
}

/** A new article of our own, with one defect any build reports (a link to an article that is not there). */
function newArticle(title: string, missingLink: string): string {
  return [
    '---',
    `title: ${title}`,
    'description: Raksts, ko pārbaudei pievienoja bojājumu rīks.',
    'ms.date: 01/15/2024',
    '---',
    `# ${title}`,
    '',
    'Šo rakstu pārbaudei pievienoja bojājumu rīks.',
    '',
    `Skatiet [rakstu, kura nav](${missingLink}).`,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The damages

/** What a damager did: `article` and `leavesOut` default to false, `related` to none. */
type Done = Pick<Damage, 'file' | 'note'> & Partial<Pick<Damage, 'article' | 'leavesOut' | 'related'>>;

type Damager = (context: Context) => Done | undefined;

const TITLE_LINE = /^title\s*:\s*(.+)$/;

const unclosedQuote: Damager = (context) =>
  editFrontmatter(
    context,
    (article) => {
      const index = article.front.findIndex((line) => TITLE_LINE.test(line));
      if (index < 0) return undefined;
      const value = TITLE_LINE.exec(article.front[index]!)![1]!.replace(/^["']|["']$/g, '');
      const front = article.front.with(index, `title: "${value}`);
      return { article: { ...article, front }, note: `title with an unclosed quote, line ${frontLine(index)}` };
    },
    true,
  );

const badIndentation: Damager = (context) =>
  editFrontmatter(
    context,
    (article) => {
      // A key after a one-line value: indenting it cannot be read as that value's continuation.
      const indexes = article.front
        .map((_, index) => index)
        .filter(
          (index) =>
            index > 0 &&
            /^[\w.-]+\s*:\s*\S/.test(article.front[index - 1]!) &&
            /^[\w.-]+\s*:/.test(article.front[index]!),
        );
      if (indexes.length === 0) return undefined;
      const index = context.random.pick(indexes);
      const front = article.front.with(index, `  ${article.front[index]}`);
      return { article: { ...article, front }, note: `a key indented by two spaces, line ${frontLine(index)}` };
    },
    true,
  );

const duplicateKey: Damager = (context) =>
  editFrontmatter(
    context,
    (article) => {
      const index = article.front.findIndex((line) => TITLE_LINE.test(line));
      if (index < 0) return undefined;
      const front = [...article.front, 'title: Otrs virsraksts'];
      return { article: { ...article, front }, note: `title twice, lines ${frontLine(index)} and ${front.length + 1}` };
    },
    true,
  );

const neverClosed: Damager = (context) => {
  const file = claimArticle(context, hasFrontmatter);
  if (!file) return undefined;
  const article = splitArticle(read(context, file))!;
  write(context, file, `${article.bom}${['---', ...article.front, ...article.body].join('\n')}`);
  return { file, note: 'the closing --- of the frontmatter dropped', article: true, leavesOut: true, related: [] };
};

const frontmatterOnly: Damager = (context) =>
  editFrontmatter(context, (article) =>
    article.front.some((line) => TITLE_LINE.test(line))
      ? { article: { ...article, body: [''] }, note: 'nothing after the frontmatter' }
      : undefined,
  );

const latin1Byte: Damager = (context) => {
  const file = claimArticle(context, hasFrontmatter);
  if (!file) return undefined;
  const text = read(context, file);
  const lines = text.split('\n');
  const bodyStart = splitArticle(text)!.front.length + 2;
  const candidates = lines
    .map((_, index) => index)
    .filter((index) => index >= bodyStart && /\p{L}{4,}/u.test(lines[index]!));
  const index = candidates.length > 0 ? context.random.pick(candidates) : lines.length - 1;
  const line = lines[index]!;
  // "café" as a Latin-1 editor saves it: 0xE9 after the first two letters of a word.
  const word = /\p{L}{4,}/u.exec(line);
  const at = word ? word.index + word[0].slice(0, 2).length : line.length;
  const before = Buffer.from(`${lines.slice(0, index).join('\n')}${index > 0 ? '\n' : ''}${line.slice(0, at)}`);
  const rest = lines.slice(index + 1);
  const after = Buffer.from(`${line.slice(at)}${rest.length > 0 ? `\n${rest.join('\n')}` : ''}`);
  write(context, file, Buffer.concat([before, Buffer.from([0xe9]), after]));
  return {
    file,
    note: `byte 0xE9 (Latin-1 "é") inside a word, line ${index + 1}`,
    article: true,
    leavesOut: true,
    related: [],
  };
};

const utf16: Damager = (context) => {
  const file = claimArticle(context, hasFrontmatter);
  if (!file) return undefined;
  const text = read(context, file).replace(/^\uFEFF/, '');
  write(context, file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  return { file, note: 'saved as UTF-16 LE with a byte order mark', article: true, leavesOut: true, related: [] };
};

const emptyArticle: Damager = (context) => {
  const file = claimArticle(context);
  if (!file) return undefined;
  write(context, file, '');
  return { file, note: '0 bytes', article: true, leavesOut: true, related: [] };
};

const includeDirective = (from: string, include: string) => `[!INCLUDE [bojājums](${linkFrom(from, include)})]`;

/** An article made to include a file, so that a damaged include is really read. */
function includeInArticle(context: Context, include: string): string | undefined {
  const article = claimArticle(context, hasFrontmatter);
  if (article) insertBlock(context, article, includeDirective(article, include));
  return article;
}

function appendTo(context: Context, file: string, text: string): number {
  const old = read(context, file).replace(/\n*$/, '');
  write(context, file, `${old}\n\n${text}\n`);
  return old.split('\n').length + 2;
}

const includeSelfLoop: Damager = (context) => {
  const include = claim(context, context.layout.includes);
  const article = include && includeInArticle(context, include);
  if (!include || !article) return undefined;
  const line = appendTo(context, include, includeDirective(include, include));
  return { file: include, note: `includes itself, line ${line}; included by ${article}`, related: [article] };
};

const includeTwoFileLoop: Damager = (context) => {
  const first = claim(context, context.layout.includes);
  const second = claim(context, context.layout.includes);
  const article = first && second && includeInArticle(context, first);
  if (!first || !second || !article) return undefined;
  appendTo(context, first, includeDirective(first, second));
  const line = appendTo(context, second, includeDirective(second, first));
  // The article reaches the loop through the first file, so it closes at the second's directive:
  // that is the line a reader must open.
  return {
    file: second,
    note: `includes ${first} (line ${line}), which includes it back; reached from ${article}`,
    related: [first, article],
  };
};

const includeMissing: Damager = (context) =>
  insertInArticle(
    context,
    (file) =>
      includeDirective(file, path.posix.join(context.layout.docset, 'includes', `${newName(context, 'nav')}.md`)),
    'an include of a file that does not exist',
  );

function binaryInclude(context: Context, bytes: Buffer, what: string): Done | undefined {
  const include = claim(context, context.layout.includes);
  const article = include && includeInArticle(context, include);
  if (!include || !article) return undefined;
  write(context, include, bytes);
  return { file: include, note: `${what}; included by ${article}`, related: [article] };
}

/** A 1×1 transparent PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const includeOutside: Damager = (context) =>
  insertInArticle(
    context,
    // Enough "../" to climb above any temporary folder to the file system's root.
    (file) => `[!INCLUDE [ārpusē](${'../'.repeat(file.split('/').length + 12)}etc/passwd)]`,
    'an include of /etc/passwd, climbing out of the repository',
  );

const IMAGE_REFERENCE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)/g;

/** An image an article refers to by a relative path inside the doc set, from the repository root. */
function imagesOf(context: Context, article: string): string[] {
  const images: string[] = [];
  for (const match of read(context, article).matchAll(IMAGE_REFERENCE)) {
    const reference = match[1]!.replace(/[?#].*$/, '');
    if (!/\.(?:png|jpe?g|gif)$/i.test(reference) || /^(?:[a-z]+:|\/|~)/i.test(reference)) continue;
    let decoded: string;
    try {
      decoded = decodeURI(reference);
    } catch {
      continue;
    }
    const image = path.posix.join(path.posix.dirname(article), decoded);
    const docset = context.layout.docset === '' ? '' : `${context.layout.docset}/`;
    // Images in includes/ folders are not published (docfx.json excludes them), so they would test nothing.
    const published = image.startsWith(docset) && !image.startsWith('..') && !/(?:^|\/)includes\//i.test(image);
    if (published && !context.used.has(image)) images.push(image);
  }
  return images;
}

/**
 * An image file an article shows, written with bytes that are no image. Localized repositories
 * keep their images in the English one, so the file is usually created where the article looks.
 */
function brokenImage(context: Context, bytes: string | Buffer, what: string): Done | undefined {
  let article = claim(context, context.layout.articles, (file) => imagesOf(context, file).length > 0);
  let image: string;
  if (article) {
    image = context.random.pick(imagesOf(context, article));
  } else {
    article = claimArticle(context, hasFrontmatter);
    if (!article) return undefined;
    image = path.posix.join(path.posix.dirname(article), 'media', `${newName(context, 'bojats')}.png`);
    insertBlock(context, article, `![Bojāts attēls](${linkFrom(article, image)})`);
  }
  context.used.add(image);
  write(context, image, bytes);
  return { file: image, note: `${what}; shown by ${article}`, related: [article] };
}

/**
 * Whether a TOC leads to articles (a breadcrumb TOC leads to addresses only) and its root is a
 * list, so an entry can be added at its end.
 */
const isNavigation = (text: string) =>
  /^\s*-?\s*href:\s*\S+\.md\b/m.test(text) &&
  (text.split('\n').find((line) => /^\S/.test(line) && !line.startsWith('#')) ?? '').startsWith('- ');

const tocMissingTarget: Damager = (context) => {
  const toc = claim(context, context.layout.tocs, (file) => isNavigation(read(context, file)));
  if (!toc) return undefined;
  const name = newName(context, 'trukstoss-raksts');
  const line = appendTo(context, toc, `- name: Trūkstošs raksts\n  href: ${name}.md`);
  return { file: toc, note: `an entry for ${name}.md, which does not exist, line ${line + 1}` };
};

const TOC_PAIR = /^(\s*)- name:/;

const tocBrokenYaml: Damager = (context) => {
  const pairs = (text: string) => {
    const lines = text.split('\n');
    return lines
      .map((_, index) => index)
      .filter((index) => {
        const indent = TOC_PAIR.exec(lines[index]!)?.[1];
        return indent !== undefined && new RegExp(`^${indent}  href:`).test(lines[index + 1] ?? '');
      });
  };
  const toc = claim(context, context.layout.tocs, (file) => pairs(read(context, file)).length > 0);
  if (!toc) return undefined;
  const lines = read(context, toc).split('\n');
  const index = context.random.pick(pairs(lines.join('\n'))) + 1;
  // A hand edit that pushed href three spaces right: "bad indentation of a mapping entry".
  lines[index] = `   ${lines[index]}`;
  write(context, toc, lines.join('\n'));
  return { file: toc, note: `an href indented three spaces too far, line ${index + 1}` };
};

interface Redirection {
  source_path: string;
  redirect_url: string;
  redirect_document_id?: boolean | string;
}

/** Adds a redirection entry; the file stays valid JSON, so only the entry is wrong. */
function addRedirection(
  context: Context,
  entry: (
    delivered: readonly Redirection[],
  ) => { redirection: Redirection; note: string; related?: string[] } | undefined,
): Done | undefined {
  if (context.delivered.length === 0) return undefined;
  const added = entry(context.delivered);
  if (!added) return undefined;
  // Inserted as text after the last entry, so every delivered line keeps its number.
  const text = read(context, REDIRECTION_FILE);
  const close = text.lastIndexOf(']');
  const last = text.lastIndexOf('}', close);
  const line = text.slice(0, last).split('\n').length + 1;
  const damaged = `${text.slice(0, last + 1)},\n    ${JSON.stringify(added.redirection)}${text.slice(last + 1)}`;
  JSON.parse(damaged);
  write(context, REDIRECTION_FILE, damaged);
  return { file: REDIRECTION_FILE, note: `${added.note}, line ${line}`, related: added.related ?? [] };
}

/** An article's address as redirections write it: its path from a folder, without ".md". */
function redirectUrlFrom(folder: string, article: string): string {
  return path.posix.relative(folder, article).replace(/\.md$/, '');
}

const redirectTxtSource: Damager = (context) =>
  addRedirection(context, () => {
    const source = path.posix.join(context.layout.docset, `${newName(context, 'piezimes')}.txt`);
    const target = context.random.pick(context.layout.articles);
    return {
      redirection: { source_path: source, redirect_url: redirectUrlFrom(path.posix.dirname(source), target) },
      note: `source_path ${source}, a text file, not an article`,
    };
  });

const redirectNowhere: Damager = (context) =>
  addRedirection(context, () => {
    const source = path.posix.join(context.layout.docset, `${newName(context, 'parvietots')}.md`);
    const target = newName(context, 'nekur');
    return {
      redirection: { source_path: source, redirect_url: target, redirect_document_id: false },
      note: `${source} redirected to ${target}, which is no article`,
    };
  });

const redirectDuplicate: Damager = (context) =>
  addRedirection(context, (delivered) => {
    const original = context.random.pick(delivered);
    const target = context.random.pick(context.layout.articles);
    return {
      redirection: {
        source_path: original.source_path,
        redirect_url: redirectUrlFrom(path.posix.dirname(original.source_path), target),
        redirect_document_id: false,
      },
      note: `a second redirection of ${original.source_path}, elsewhere`,
      related: [original.source_path],
    };
  });

/** The name with the case of its first letter swapped: "close-x.md" → "Close-x.md". */
function caseTwinName(file: string): string | undefined {
  const name = path.posix.basename(file);
  const at = name.search(/\p{L}/u);
  if (at < 0) return undefined;
  const letter = name[at]!;
  const swapped = letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase();
  if (swapped === letter) return undefined;
  return path.posix.join(path.posix.dirname(file), `${name.slice(0, at)}${swapped}${name.slice(at + 1)}`);
}

const caseTwin: Damager = (context) => {
  const original = claim(context, context.layout.articles, (file) => {
    const twin = caseTwinName(file);
    return twin !== undefined && !exists(context, twin) && !/(?:^|\/)index\.md$/i.test(file);
  });
  if (!original) return undefined;
  const twin = caseTwinName(original)!;
  context.used.add(twin);
  // As a rename on a case-insensitive disk leaves it in Git: both names, the same text.
  write(context, twin, read(context, original));
  return {
    file: twin,
    note: `a copy of ${original} whose name differs only in case`,
    article: true,
    leavesOut: true,
    related: [],
  };
};

/** A new article in the folder of an article the PRNG picks, with a link to an article that is not there. */
function addArticle(context: Context, name: (folder: string) => string, what: string): Done {
  const folder = path.posix.dirname(context.random.pick(context.layout.articles));
  const file = path.posix.join(folder, name(folder));
  context.used.add(file);
  write(context, file, newArticle(`Bojājumu pārbaude ${context.serial()}`, `${newName(context, 'nav-tada')}.md`));
  return {
    file,
    note: `${what}; links to an article that is not there, line 10`,
    article: true,
    leavesOut: false,
    related: [],
  };
}

const oddName: Damager = (context) =>
  addArticle(
    context,
    () => `Bieži uzdotie jautājumi #${context.serial()} (100% kopija) ķēniņš.md`,
    'a name with spaces, #, %, parentheses and ķ, ē, ņ',
  );

const longName: Damager = (context) =>
  addArticle(
    context,
    () => `${'loti-gars-faila-nosaukums-'.repeat(8)}${context.serial()}.md`,
    'a name of over 200 characters',
  );

const deepArticle: Damager = (context) => {
  const folders = Array.from({ length: 10 }, (_, index) => `limenis-${index + 1}`);
  const file = path.posix.join(context.layout.docset, ...folders, `${newName(context, 'dzili')}.md`);
  context.used.add(file);
  const missing = `${'../'.repeat(4)}${newName(context, 'nav-tada')}.md`;
  write(context, file, newArticle(`Bojājumu pārbaude ${context.serial()}`, missing));
  return { file, note: 'ten folders below the doc set; links to an article that is not there, line 10', article: true };
};

const symlinkArticle: Damager = (context) => {
  const folder = path.posix.dirname(context.random.pick(context.layout.articles));
  const file = path.posix.join(folder, `${newName(context, 'saite')}.md`);
  context.used.add(file);
  mkdirSync(path.join(context.layout.root, folder), { recursive: true });
  symlinkSync('/etc/passwd', path.join(context.layout.root, file));
  return { file, note: 'a symbolic link to /etc/passwd named as an article', article: true, leavesOut: true };
};

const DAMAGERS: Record<DamageKind, Damager> = {
  'frontmatter-list-for-text': (context) =>
    setKey(context, [
      ['ms.date', '[1, 2]', 'a YAML list where a date is expected'],
      ['ms.search.validFrom', '[2020-01-01]', 'a YAML list where a date is expected'],
      ['author', '[rumant, kfend]', 'a YAML list where text is expected'],
      ['description', '[Pirmā rinda, Otrā rinda]', 'a YAML list where text is expected'],
    ]),
  'frontmatter-map-for-text': (context) =>
    setKey(context, [
      ['title', '{a: 1}', 'a YAML map where text is expected'],
      ['description', '{lv: Apraksts}', 'a YAML map where text is expected'],
      ['ms.topic', '{type: article}', 'a YAML map where text is expected'],
    ]),
  'frontmatter-unknown-key': (context) =>
    setKey(context, [
      ['ms.serivce', 'dynamics-365-customerservice', 'a key nobody reads, misspelt'],
      ['titel', 'Virsraksts', 'a key nobody reads, misspelt'],
      ['ms.custom_vendor_id', 'LV-4711', "a translation vendor's own key"],
    ]),
  'frontmatter-impossible-date': (context) =>
    setKey(context, [
      ['ms.date', '02/31/2020', 'a date that does not exist'],
      ['ms.date', '13/45/2021', 'a date that does not exist'],
    ]),
  'frontmatter-unclosed-quote': unclosedQuote,
  'frontmatter-bad-indentation': badIndentation,
  'frontmatter-duplicate-key': duplicateKey,
  'frontmatter-never-closed': neverClosed,
  'frontmatter-only': frontmatterOnly,
  'latin1-byte': latin1Byte,
  'utf16-with-bom': utf16,
  'empty-article': emptyArticle,
  'include-self-loop': includeSelfLoop,
  'include-two-file-loop': includeTwoFileLoop,
  'include-missing': includeMissing,
  'include-random-bytes': (context) =>
    // Starts with a byte UTF-8 never begins with, so no run of the PRNG makes it text by chance.
    binaryInclude(
      context,
      Buffer.concat([Buffer.from([0xc3, 0x28]), context.random.bytes(2048)]),
      'overwritten with 2 KB of random bytes',
    ),
  'include-png-bytes': (context) => binaryInclude(context, PNG, 'overwritten with the bytes of a PNG image'),
  'include-outside-repository': includeOutside,
  'media-text-as-image': (context) =>
    brokenImage(context, 'Šis nav attēls, bet teksts.\n', 'text saved under an image name'),
  'media-empty-image': (context) => brokenImage(context, '', 'an image of 0 bytes'),
  'media-cut-image': (context) =>
    brokenImage(context, PNG.subarray(0, 40), 'a PNG cut off after its header, before its pixels'),
  'toc-missing-target': tocMissingTarget,
  'toc-broken-yaml': tocBrokenYaml,
  'redirect-txt-source': redirectTxtSource,
  'redirect-nowhere': redirectNowhere,
  'redirect-duplicate-source': redirectDuplicate,
  'article-case-twin': caseTwin,
  'article-odd-name': oddName,
  'article-long-name': longName,
  'article-deep': deepArticle,
  'article-symlink': symlinkArticle,
  'unclosed-html': (context) =>
    insertInArticle(context, () => '<div><table><tr><td>Šūna, kuras tabula netiek aizvērta', 'HTML never closed'),
  'unclosed-zone': (context) =>
    insertInArticle(context, () => '::: zone pivot="bojajums"\n\nŠī zona netiek aizvērta.', 'a zone with no zone-end'),
  'unclosed-row': (context) =>
    insertInArticle(context, () => ':::row:::\n:::column:::\nKolonna bez beigām.', 'a row with no row-end'),
  'broken-alert': (context) =>
    insertInArticle(context, () => '> [!NOTE\n> Šīs piezīmes zīme nav aizvērta.', 'an alert without its "]"'),
  'conflict-markers': (context) =>
    insertInArticle(
      context,
      () => '<<<<<<< HEAD\nTeksts no vienas versijas.\n=======\nTeksts no otras versijas.\n>>>>>>> 4f1c2ab',
      'merge conflict markers',
    ),
  'javascript-link': (context) =>
    insertInArticle(
      context,
      () => 'Lai turpinātu, [noklikšķiniet šeit](javascript:alert(document.cookie)).',
      'a javascript: link',
    ),
  'empty-link-url': (context) => insertInArticle(context, () => 'Skatiet [šo rakstu]().', 'a link with an empty URL'),
  'bad-percent-encoding': (context) =>
    insertInArticle(context, () => 'Skatiet [attēlu](media/%E0%A4%A.png).', 'a link with a malformed percent-encoding'),
  'bad-percent-encoding-external-image': (context) =>
    insertInArticle(
      context,
      () => '![Ārējs attēls](https://example.com/%zz.png)',
      'an image from another site with a malformed percent-encoding',
    ),
  'tilde-link-missing': (context) =>
    insertInArticle(
      context,
      () => `Skatiet [rakstu saknē](~/${newName(context, 'nav')}/raksts.md).`,
      'a ~/ link to a missing file',
    ),
  'long-url': (context) =>
    insertInArticle(
      context,
      () => `Skatiet [ļoti garu adresi](https://example.com/?q=${'a'.repeat(50 * 1024)}).`,
      'a link to a 50 KB URL',
    ),
};
