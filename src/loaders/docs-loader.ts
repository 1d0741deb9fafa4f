import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { routeOf } from '../articles/slug.ts';
import { metadataFor } from '../docset/docfx-config.ts';
import { hasArticleExtension } from '../articles/files.ts';
import { docSetOf, rendersArticle, type BuildContext } from '../context/build-context.ts';
import { writePartEntries } from '../context/partition.ts';
import { readSource } from '../articles/read.ts';
import { renderFrontmatter, summaryFields } from '../markdown/document.ts';
import type { ArticleFrontmatter } from '../schemas/frontmatter.ts';
import { LANDING_ID, listedArticle } from '../utils/articles.ts';
import { dependencyTexts, docSetFingerprint } from './dependencies.ts';
import { helpersFor } from '../utils/subprocess.ts';
import { RenderPool, type RenderedArticle, type RenderHelperInput } from './render-pool.ts';

/**
 * Astro's entry types by extension (".md", ".mdx"): how to read frontmatter and render a file.
 * Astro hands them to every loader (its own glob loader uses them), though LoaderContext does not
 * declare them.
 */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): Promise<EntryInfo> | EntryInfo;
  getRenderFunction?(config: LoaderContext['config']): Promise<RenderFunction>;
  contentModuleTypes?: string;
}
interface EntryInfo {
  data: Record<string, unknown>;
  body: string;
}
type RenderFunction = (entry: {
  id: string;
  data: Record<string, unknown>;
  body: string;
  filePath: string;
  digest: string;
}) => Promise<{ metadata?: { imagePaths?: string[] } } | undefined>;

/** The store as Astro hands it to loaders: it takes asset imports too, as its own glob loader's calls show. */
type AssetStore = LoaderContext['store'] & { addAssetImports(assets: string[], filePath: string): void };

/** Set in refreshContent's context: render every article again, not only the changed ones. */
export const RENDER_ALL = 'renderAll';

/** An article's id: its route, or LANDING_ID for the root index.md. */
export function entryId(file: string): string {
  return routeOf(file) || LANDING_ID;
}

/**
 * Loads the articles of a doc set: the files the inventory calls articles (docfx.json decides,
 * or DocFX's defaults), each with the metadata docfx.json gives it under its own frontmatter, at
 * the id its address needs ("sales/quotes"). An unchanged file with unchanged metadata is not
 * read into the store again. The doc set is the build context's (see article-content.ts).
 */
export function docsLoader(build: BuildContext): Loader {
  const { source } = build;
  return {
    name: 'docs-loader',
    load: async (context) => {
      // An article added or removed changes where other articles' links lead: every page again.
      if (context.refreshContextData?.[RENDER_ALL]) context.store.clear();
      await sync(context, build);
      // In `astro dev`, an edited article (or include) is read again at once; added and removed
      // ones come through the integration, which first updates where links lead.
      const { watcher, logger } = context;
      if (!watcher || context.refreshContextData) return;
      watcher.add(source.folder);
      let pending: Promise<void> = Promise.resolve();
      watcher.on('change', (file: string) => {
        if (path.relative(source.folder, file).startsWith('..') || !hasArticleExtension(file)) return;
        pending = pending.then(() => sync(context, build)).catch((error: Error) => logger.error(error.message));
      });
    },
  };
}

/**
 * Articles read between two looks at the helpers' answers. Reading one takes about 0.3 ms, a
 * helper renders one in about 1 ms and holds four (RenderPool): looked at often enough that
 * none waits for its next article.
 */
const YIELD_EVERY = 8;

/** An article read and parsed, waiting for its HTML. */
interface PendingEntry {
  id: string;
  /** What the renderer is given of the frontmatter (renderFrontmatter). */
  data: Record<string, unknown>;
  parsed: Record<string, unknown>;
  body: string;
  absolute: string;
  filePath: string;
  digest: string;
  entryType: EntryType;
}

/**
 * Brings the store in line with the doc set's articles; unchanged ones are left as they are.
 * A build renders many articles on helper threads (see RenderPool); a dev server renders on
 * its own thread, where link targets follow articles added and removed while it runs.
 */
async function sync(context: LoaderContext, build: BuildContext): Promise<void> {
  const { config, store, parseData, generateDigest } = context;
  const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
  if (!entryTypes) throw new Error('docs-loader: Astro gave no entry types; expected them for .md and .mdx');
  const untouched = new Set(store.keys());
  const { strict } = build.settings;
  // The articles the checks left out are not in the doc set, and every page depends on what is.
  const docSet = docSetOf(build);
  const { source } = docSet;
  const fingerprint = docSetFingerprint(docSet, { base: config.base, strict });
  const bounds = { root: source.root, docSet: source.folder, fallbackRoot: source.fallbackRoot };
  // A dev server renders on its own thread, where link targets follow articles added while it runs.
  const renderer = new Renderer(context.watcher ? 0 : undefined, config, build);

  // Helpers may have started before an article fails to read: they end with the build's failure.
  try {
    for (const [at, file] of docSet.inventory.articles.entries()) {
      // Now and then the helpers' answers are taken, and each is handed its next article.
      if (at % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
      const id = entryId(file);
      // A step of a build in parts renders its own share (src/context/partition.ts).
      if (!rendersArticle(build, id)) continue;
      const extension = path.extname(file).toLowerCase();
      const entryType = entryTypes.get(extension);
      if (!entryType) throw new Error(`docs-loader: no entry type for ${extension} files (${file})`);
      const absolute = path.join(source.folder, file);
      const fileUrl = pathToFileURL(absolute);
      const read = readSource(absolute);
      // Reported by the checks, which leave the file out (or stop a build of our own content).
      if ('problem' in read) continue;
      const contents = read.text;
      const metadata = source.docfx ? metadataFor(source.docfx, file) : {};
      untouched.delete(id);
      // An edited include or docfx.json metadata changes the page as much as an edited article, and
      // so does any change to the settings or the doc set's other files (see dependencies.ts).
      const digest = generateDigest(
        [fingerprint, contents, JSON.stringify(metadata), ...dependencyTexts(absolute, contents, bounds)].join('\0'),
      );
      const filePath = path.relative(fileURLToPath(config.root), absolute).split(path.sep).join('/');
      const existing = store.get(id);
      if (existing && existing.digest === digest && existing.filePath === filePath) {
        if (existing.deferredRender) store.addModuleImport(filePath);
        // Astro gathers the images to import from the entries set in this run: an unchanged one says its own again.
        if (existing.assetImports) (store as AssetStore).addAssetImports(existing.assetImports, filePath);
        continue;
      }

      // The frontmatter the checks read of this text, through the schema, where they found it
      // right; else Astro's reader reads it and the collection's schema runs here (a dev server's
      // edits, a value the checks refused, a changed file). Where the checks' schema accepts a value,
      // the collection's gives the same (checkedFrontmatterSchemaFor).
      const checked = context.watcher ? undefined : build.checkedFrontmatter?.get(file);
      let body: string, parsed: ArticleFrontmatter;
      if (checked && checked.sourceLength === contents.length) {
        // As Astro's reader gives it: the text after the frontmatter, trimmed.
        body = contents.slice(checked.bodyStart).trim();
        parsed = checked.data;
      } else {
        let entry: EntryInfo;
        try {
          entry = await entryType.getEntryInfo({ contents, fileUrl });
        } catch (error) {
          // The checks read the frontmatter first and leave out what cannot be read; a reader that
          // disagrees with them must not end the build with a stack trace.
          context.logger.warn(`${filePath}: left out: ${(error as Error).message.split('\n')[0]}`);
          continue;
        }
        body = entry.body;
        // The collection's schema (src/content.config.ts) makes an ArticleFrontmatter.
        parsed = (await parseData({
          id,
          data: { ...metadata, ...entry.data },
          filePath: absolute,
        })) as ArticleFrontmatter;
      }
      if (entryType.contentModuleTypes) {
        // MDX compiles to a module of its own, rendered when a page imports it.
        store.set({ id, data: parsed, filePath, digest, deferredRender: true });
        continue;
      }
      const data = renderFrontmatter(parsed);
      renderer.add({ id, data, parsed, body, absolute, filePath, digest, entryType });
    }
  } catch (error) {
    await renderer.close();
    throw error;
  } finally {
    // Taken once: what the checks read describes the files as they were when the build began.
    build.checkedFrontmatter = undefined;
  }

  for await (const [entry, rendered] of renderer.inOrder()) {
    const { id, parsed, filePath, digest } = entry;
    if (rendered?.metadata.frontmatter) {
      rendered.metadata.frontmatter = summaryFields(rendered.metadata.frontmatter as Record<string, unknown>);
    }
    // The screenshots the HTML images plugin handed to Astro's image pipeline: Astro imports each
    // (by its path from the article) and serves it converted when the page is written.
    const assetImports = rendered?.metadata.imagePaths ?? [];
    store.set({
      id,
      data: parsed,
      filePath,
      digest,
      ...(rendered ? { rendered } : {}),
      ...(assetImports.length > 0 ? { assetImports } : {}),
    } as Parameters<typeof store.set>[0]);
  }
  const { part, planDir } = build.settings;
  if (part?.step === 'articles' && planDir && build.partition) {
    // What the site step lists of this part's articles.
    const listed = [...build.partition.owned].flatMap((id) => {
      const entry = store.get(id);
      // The store holds what the frontmatter schema made of each article's data (parseData above).
      return entry ? [listedArticle(entry as unknown as Parameters<typeof listedArticle>[0])] : [];
    });
    writePartEntries(planDir, part.number, listed);
  }
  for (const id of untouched) store.delete(id);
}

type Rendered = [PendingEntry, RenderedArticle | undefined];

/** A renderer that fails is a bug of ours, not the article's: stop, never publish an empty page. */
function renderingFailed(entry: PendingEntry, error: Error): Error {
  return new Error(`${entry.filePath}: rendering failed: ${error.message}`, { cause: error });
}

/** Renders on this thread, one article after another, with Astro's renderer of each entry type. */
async function* renderHere(
  pending: readonly PendingEntry[],
  config: LoaderContext['config'],
): AsyncGenerator<Rendered> {
  const renderers = new Map<EntryType, RenderFunction | undefined>();
  for (const entry of pending) {
    const { id, data, body, absolute, digest, entryType } = entry;
    if (!renderers.has(entryType)) renderers.set(entryType, await entryType.getRenderFunction?.(config));
    const rendered = await renderers
      .get(entryType)?.({ id, data, body, filePath: absolute, digest })
      .catch((error: Error) => {
        throw renderingFailed(entry, error);
      });
    yield [entry, rendered as RenderedArticle | undefined];
  }
}

/**
 * Renders the articles added to it, each given back in the order added. Many articles render on
 * helper processes (see RenderPool), started as soon as there are enough to share: they render
 * while this thread still reads the articles after them. Few render on this thread.
 */
class Renderer {
  readonly #pending: PendingEntry[] = [];
  readonly #renders: Promise<RenderedArticle>[] = [];
  #pool: RenderPool | undefined;
  /** As many helpers as there are cores: once as many articles as they need are read, they start. */
  readonly #most: number;
  readonly #config: LoaderContext['config'];
  readonly #build: BuildContext;

  /** `helpers`: 0 to render on this thread whatever the number; by default, as helpersFor says. */
  constructor(helpers: number | undefined, config: LoaderContext['config'], build: BuildContext) {
    this.#most = helpers ?? helpersFor(Number.MAX_SAFE_INTEGER);
    this.#config = config;
    this.#build = build;
  }

  add(entry: PendingEntry): void {
    this.#pending.push(entry);
    if (this.#pool) this.#submit(entry);
    else if (this.#most > 0 && helpersFor(this.#pending.length) >= this.#most) this.#start(this.#most);
  }

  async *inOrder(): AsyncGenerator<Rendered> {
    const pending = this.#pending;
    if (!this.#pool) {
      const helpers = this.#most > 0 ? helpersFor(pending.length) : 0;
      if (helpers === 0) return yield* renderHere(pending, this.#config);
      this.#start(helpers);
    }
    try {
      for (const [index, entry] of pending.entries()) {
        yield [
          entry,
          await this.#renders[index]!.catch((error: Error) => Promise.reject(renderingFailed(entry, error))),
        ];
      }
    } finally {
      await this.close();
    }
  }

  /** Ends the helpers, if any started (also when reading the articles failed after they did). */
  async close(): Promise<void> {
    await this.#pool?.close();
  }

  #start(helpers: number): void {
    this.#pool = new RenderPool(helpers, {
      // The build's own doc set, handed over whole: the helpers read nothing of it again.
      docSet: docSetOf(this.#build),
      lang: this.#build.site.lang,
      // Astro's config type and its renderer's differ only in how strict optional keys are.
      image: this.#config.image as RenderHelperInput['image'],
    });
    for (const entry of this.#pending) this.#submit(entry);
  }

  #submit(entry: PendingEntry): void {
    const render = this.#pool!.render(entry.body, entry.data, entry.absolute);
    // Awaited in order by inOrder; a later failure must not count as unhandled meanwhile.
    render.catch(() => {});
    this.#renders.push(render);
  }
}
