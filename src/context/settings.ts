import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../findings/finding.ts';

/**
 * The build's settings, from the environment: the only place that reads it. Each is checked
 * here, and a value that is not understood is a finding naming the variable, never a guess.
 */
export interface Settings {
  /** CONTENT_DIR: the absolute folder the articles are read from; our own content/ by default. */
  folder: string;
  /** CONTENT_STRICT: whether editable defects fail the build (strict for content/, lenient otherwise). */
  strict: boolean;
  /** CONTENT_FALLBACK_DIR: a checkout of the source-language repository, for what the localized one lacks. */
  fallbackDir: string | undefined;
  /** DOCSET: which doc set of a repository's publish configuration to build. */
  docset: string | undefined;
  /** BUILD_LOG=all: every finding in the log, not only the report file. */
  logAll: boolean;
  /** SEARCH_MERGE="/a/,/b/": the sites whose search indexes the search page merges (over site.config.ts). */
  searchMerge: string[] | undefined;
  /** SITE_URL: where the site is served ("https://example.com"), for canonical links and sitemap.xml. */
  siteUrl: string | undefined;
  /** SEARCH_SHARD_PAGES: the most pages one search index shard holds (src/search/shards.ts). */
  searchShardPages: number;
  /**
   * SEARCH_INDEX_HANDOFF: set by the build command (src/commands/build.ts), the file Astro's
   * build leaves the search index's pages in, for the command to index once Astro has ended.
   */
  searchIndexHandoff: string | undefined;
  /**
   * BUILD_PART: which step of a build in parts this build is (./partition.ts): `plan` checks the
   * doc set and writes the plan, a number renders that part's articles, `site` writes the site's
   * own pages and merges the parts. Unset: the whole site in one build.
   */
  part: BuildPart | undefined;
  /** BUILD_PLAN: the folder the steps of a build in parts share (the plan, each part's pages). */
  planDir: string | undefined;
  /** PART_SIZE: the most articles one part renders; past it `npm run build` builds in parts. */
  partSize: number;
}

/** A step of a build in parts. */
export type BuildPart = { step: 'plan' } | { step: 'articles'; number: number } | { step: 'site' };

/** A step's name as BUILD_PART gives it ("plan", "3", "site"); none for a whole build. */
export function stepName(part: BuildPart | undefined): string | undefined {
  return part && (part.step === 'articles' ? String(part.number) : part.step);
}

/**
 * The most pages of one search index shard (src/search/shards.ts), unless SEARCH_SHARD_PAGES says
 * otherwise. Two shards are indexed at a time (src/search/indexer.ts), each indexer with the memory
 * of its own pages (about 0.8 GB at 15,000), and each merged shard costs a reader's first query one
 * more index chunk per word (8-10 kB): 28,150 articles are two shards (21 s, first query 290 kB of
 * search files, one shard 31 s and 266 kB), 98,525 are eight (shardsOf: in pairs).
 */
export const DEFAULT_SHARD_PAGES = 15_000;

/**
 * The most articles one part of a build renders, unless PART_SIZE says otherwise. Astro holds
 * every rendered article of a build until its pages are written (1.98 GB at 28,150 articles, its
 * search index included), and each step of a build in parts starts Astro again (28,150 articles
 * in parts of 10,000 took 176 s, whole 101 s, at the same peak): as large as memory allows.
 * 98,525 articles are three parts of 32,842 (the build and its processes at most 1.95 GB while a
 * part is built, 247.5 s in all), not four of 24,632 at 30,000, one start of Astro fewer.
 */
export const DEFAULT_PART_SIZE = 33_000;

/** The project's own articles. */
export const OWN_CONTENT_DIR = 'content';

const YES = ['1', 'true', 'yes'];
const NO = ['0', 'false', 'no'];
const LOG_LEVELS = ['all', 'summary'];

function setting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  return env[name]?.trim() || undefined;
}

function invalid(key: string, message: string): Finding {
  return { code: 'setting-invalid', file: key, key, message };
}

/** Reads and checks the settings in `env` for a project at `root`. */
export function readSettings(
  env: NodeJS.ProcessEnv = process.env,
  root = process.cwd(),
): { settings: Settings; findings: Finding[] } {
  const findings: Finding[] = [];
  const ownFolder = path.resolve(root, OWN_CONTENT_DIR);
  const folder = path.resolve(root, setting(env, 'CONTENT_DIR') ?? OWN_CONTENT_DIR);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    findings.push(invalid('CONTENT_DIR', `no folder at ${folder}: expected a folder of .md or .mdx articles`));
  }

  const flag = setting(env, 'CONTENT_STRICT')?.toLowerCase();
  let strict = folder === ownFolder;
  if (flag !== undefined && YES.includes(flag)) strict = true;
  else if (flag !== undefined && NO.includes(flag)) strict = false;
  else if (flag !== undefined) {
    findings.push(invalid('CONTENT_STRICT', `"${flag}": expected one of ${[...YES, ...NO].join(', ')}`));
  }

  const log = setting(env, 'BUILD_LOG')?.toLowerCase();
  if (log !== undefined && !LOG_LEVELS.includes(log)) {
    findings.push(invalid('BUILD_LOG', `"${log}": expected one of ${LOG_LEVELS.join(', ')}`));
  }

  const siteUrl = setting(env, 'SITE_URL');
  if (siteUrl !== undefined && !/^https?:\/\/[^/\s]+(?:\/\S*)?$/i.test(siteUrl)) {
    findings.push(invalid('SITE_URL', `"${siteUrl}": expected the site's address, such as https://docs.example.com`));
  }

  const shardPages = positiveWhole(env, 'SEARCH_SHARD_PAGES', DEFAULT_SHARD_PAGES, findings);

  const partText = setting(env, 'BUILD_PART')?.toLowerCase();
  const part = partText === undefined ? undefined : readPart(partText);
  if (part === null) {
    findings.push(invalid('BUILD_PART', `"${partText}": expected plan, site or the number of a part (1, 2, …)`));
  }
  const planText = setting(env, 'BUILD_PLAN');
  if (part && planText === undefined) {
    findings.push(invalid('BUILD_PLAN', 'not set: a build in parts needs the folder its steps share'));
  }
  const partSize = positiveWhole(env, 'PART_SIZE', DEFAULT_PART_SIZE, findings);

  const fallback = setting(env, 'CONTENT_FALLBACK_DIR');
  const merge = setting(env, 'SEARCH_MERGE');
  return {
    settings: {
      folder,
      strict,
      fallbackDir: fallback === undefined ? undefined : path.resolve(root, fallback),
      docset: setting(env, 'DOCSET'),
      logAll: log === 'all',
      searchMerge: merge
        ?.split(',')
        .map((part) => part.trim())
        .filter(Boolean),
      siteUrl: findings.some((finding) => finding.key === 'SITE_URL') ? undefined : siteUrl,
      searchShardPages: shardPages,
      searchIndexHandoff: setting(env, 'SEARCH_INDEX_HANDOFF'),
      part: part ?? undefined,
      planDir: planText === undefined ? undefined : path.resolve(root, planText),
      partSize,
    },
    findings,
  };
}

/** A whole number of 1 or more from `name`, else `fallback` and a finding when it was set. */
function positiveWhole(env: NodeJS.ProcessEnv, name: string, fallback: number, findings: Finding[]): number {
  const text = setting(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (Number.isSafeInteger(value) && value >= 1) return value;
  findings.push(invalid(name, `"${text}": expected a whole number, 1 or more`));
  return fallback;
}

/** "plan", "site" or "3"; null for anything else. */
function readPart(text: string): BuildPart | null {
  if (text === 'plan' || text === 'site') return { step: text };
  const number = Number(text);
  return /^\d+$/.test(text) && number >= 1 ? { step: 'articles', number } : null;
}
