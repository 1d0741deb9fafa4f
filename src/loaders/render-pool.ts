import type { satteri } from '@astrojs/markdown-satteri';
import type { DocSet } from '../docset/doc-set.ts';
import type { Lang } from '../i18n/index.ts';
import { startHelper, type Helper } from '../utils/subprocess.ts';

/** What each render helper starts from: the build's own doc set, so the same targets and plugins. */
export interface RenderHelperInput {
  docSet: DocSet;
  lang: Lang;
  /** Astro's image settings, which decide which image addresses are remote. */
  image: NonNullable<Parameters<ReturnType<typeof satteri>['createRenderer']>[0]['image']>;
}

export interface RenderJob {
  index: number;
  body: string;
  data: Record<string, unknown>;
  filePath: string;
}

export interface RenderedArticle {
  html: string;
  metadata: Record<string, unknown> & { imagePaths: string[] };
}

export type RenderReply = { index: number } & (RenderedArticle | { error: string });

/**
 * Messages a helper holds at once, each of at most BATCH articles: enough that it never waits for
 * the next. Articles queued while every helper is busy go in one message: each message costs both
 * processes a write to the pipe and a serializer of its own (28,150 articles one to a message:
 * 1.4 s of the build's thread, 1.3 s of each helper's).
 */
const IN_FLIGHT = 2;
const BATCH = 8;

/**
 * Renders articles in helper processes, one per core: rendering is most of a build's work on the
 * articles, each article renders on its own, and a helper's scratch memory is its own, given back
 * when it ends (src/utils/subprocess.ts).
 */
export class RenderPool {
  #queue: { job: RenderJob; settle: (reply: RenderReply) => void }[] = [];
  #head = 0;
  readonly #waiting = new Map<number, (reply: RenderReply) => void>();
  readonly #idle: Helper[] = [];
  readonly #helpers: Helper[];
  #next = 0;

  constructor(size: number, input: RenderHelperInput) {
    this.#helpers = Array.from({ length: size }, () => {
      const helper: Helper = startHelper<RenderReply[]>(new URL('./render-helper.ts', import.meta.url), input, {
        answer: (replies) => {
          for (const reply of replies) {
            this.#waiting.get(reply.index)?.(reply);
            this.#waiting.delete(reply.index);
          }
          this.#feed(helper);
        },
        // A helper that dies takes its articles with it: every article still to render fails,
        // rather than waiting for a helper that never answers.
        end: (problem) => this.#fail(`render helper ${problem}`),
      });
      for (let slot = 0; slot < IN_FLIGHT; slot++) this.#idle.push(helper);
      return helper;
    });
  }

  /** The article's HTML and metadata, as Astro's own Markdown renderer gives them. */
  render(body: string, data: Record<string, unknown>, filePath: string): Promise<RenderedArticle> {
    return new Promise((resolve, reject) => {
      const job = { index: this.#next++, body, data, filePath };
      const settle = (reply: RenderReply) =>
        'error' in reply ? reject(new Error(reply.error)) : resolve({ html: reply.html, metadata: reply.metadata });
      this.#queue.push({ job, settle });
      const helper = this.#idle.pop();
      if (helper) this.#feed(helper);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#helpers.map((helper) => helper.close()));
  }

  #fail(error: string): void {
    const unsettled = [...this.#waiting.values(), ...this.#queue.slice(this.#head).map(({ settle }) => settle)];
    this.#waiting.clear();
    this.#queue = [];
    this.#head = 0;
    for (const settle of unsettled) settle({ index: -1, error });
  }

  #feed(helper: Helper): void {
    const batch = this.#queue.slice(this.#head, this.#head + BATCH);
    this.#head += batch.length;
    if (this.#head === this.#queue.length) {
      this.#queue = [];
      this.#head = 0;
    }
    if (batch.length === 0) {
      this.#idle.push(helper);
      return;
    }
    for (const { job, settle } of batch) this.#waiting.set(job.index, settle);
    helper.send(batch.map(({ job }) => job));
  }
}
