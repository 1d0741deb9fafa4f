/**
 * Reads a repository's .openpublishing.publish.config.json, the Open Publishing (Microsoft Learn) file
 * that names the doc sets to publish: `docsets_to_publish[]` with `docset_name`, `build_source_folder`
 * (the folder holding docfx.json, relative to the repository root), `build_output_subfolder` and `locale`.
 * Also reads `dependent_repositories[]`, where a localized repository names its English source as the
 * entry whose `path_to_root` is `_repo.en-us`, and `redirection_files[]`, further redirection files.
 * Keys Open Publishing has beyond these (monikers, branch mappings, notifications) are left alone.
 */
import { posix } from 'node:path';
import type { Finding } from '../findings/finding.ts';
import { describeJson, member, parseJson, Problems, type JsonObject } from './json.ts';

export interface PublishedDocset {
  name: string;
  /** Relative to the repository root, normalized: "articles", or "." for the root itself. */
  sourceFolder: string;
  outputSubfolder?: string;
  locale?: string;
  line: number;
}

export interface DependentRepository {
  pathToRoot: string;
  url: string;
  branch?: string;
  line: number;
}

export interface PublishConfig {
  docsets: PublishedDocset[];
  dependentRepositories: DependentRepository[];
  /** The `_repo.en-us` entry: where the English originals of a localized repository live. */
  englishSource?: DependentRepository;
  /** Extra redirection files besides .openpublishing.redirection.json, relative to the repository root. */
  redirectionFiles: string[];
}

/** Locales as Open Publishing writes them: "lv-LV", "en-us", "zh-Hans-CN" (BCP 47 language-region). */
const LOCALE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const ENGLISH_SOURCE = /^_repo\.en-us$/i;

export function parsePublishConfig(file: string, text: string): { config: PublishConfig; diagnostics: Finding[] } {
  const { root, diagnostics } = parseJson(file, text, 'config-unreadable');
  const config: PublishConfig = { docsets: [], dependentRepositories: [], redirectionFiles: [] };
  if (root === undefined) return { config, diagnostics };
  const problems = new Problems(file, 'config-value');
  if (root.kind !== 'object') {
    problems.add(
      root.line,
      undefined,
      `expected an object with "docsets_to_publish", got ${describeJson(root)}`,
      'config-unreadable',
    );
    return { config, diagnostics: [...diagnostics, ...problems.diagnostics] };
  }

  const docsets = member(root, 'docsets_to_publish');
  if (docsets === undefined) {
    problems.add(
      root.line,
      'docsets_to_publish',
      'expected a "docsets_to_publish" list, got none',
      'config-unreadable',
    );
  } else if (docsets.value.kind !== 'array') {
    const got = describeJson(docsets.value);
    const message = `expected "docsets_to_publish" to be a list, got ${got}`;
    problems.add(docsets.line, 'docsets_to_publish', message, 'config-unreadable');
  } else {
    if (docsets.value.items.length === 0) {
      const message = 'expected at least one doc set to publish, got an empty list';
      problems.add(docsets.line, 'docsets_to_publish', message, 'config-unreadable');
    }
    docsets.value.items.forEach((item, index) => {
      const key = `docsets_to_publish[${index}]`;
      if (item.kind !== 'object') {
        problems.add(item.line, key, `expected a doc set object, got ${describeJson(item)}`);
        return;
      }
      const docset = readDocset(item, key, problems);
      if (docset !== undefined) config.docsets.push(docset);
    });
    reportDuplicates(config.docsets, problems);
  }

  const dependents = member(root, 'dependent_repositories');
  if (dependents !== undefined) {
    if (dependents.value.kind === 'array') {
      dependents.value.items.forEach((item, index) => {
        const repository = readDependent(item.kind === 'object' ? item : undefined, item.line, index, problems);
        if (repository !== undefined) config.dependentRepositories.push(repository);
      });
    } else {
      const got = describeJson(dependents.value);
      problems.add(dependents.line, 'dependent_repositories', `expected a list of repositories, got ${got}`);
    }
  }
  const english = config.dependentRepositories.find((repository) => ENGLISH_SOURCE.test(repository.pathToRoot));
  if (english !== undefined) config.englishSource = english;

  const redirectionFiles = member(root, 'redirection_files');
  if (redirectionFiles !== undefined) {
    const files = redirectionFiles.value;
    if (files.kind === 'array') {
      for (const item of files.items) {
        const path = item.kind === 'string' ? repositoryPath(item.value) : undefined;
        if (path !== undefined) config.redirectionFiles.push(path);
        else
          problems.add(
            item.line,
            'redirection_files',
            `expected a file inside the repository, got ${describeJson(item)}`,
          );
      }
    } else {
      problems.add(redirectionFiles.line, 'redirection_files', `expected a list of files, got ${describeJson(files)}`);
    }
  }
  return { config, diagnostics: [...diagnostics, ...problems.diagnostics] };
}

function readDocset(node: JsonObject, key: string, problems: Problems): PublishedDocset | undefined {
  const text = (name: string, required: boolean): string | undefined => {
    const found = member(node, name);
    if (found === undefined) {
      if (required) problems.add(node.line, `${key}.${name}`, `expected "${name}" in the doc set, got none`);
      return undefined;
    }
    if (found.value.kind === 'string' && found.value.value.trim() !== '') return found.value.value;
    problems.add(found.line, `${key}.${name}`, `expected "${name}" to be a name, got ${describeJson(found.value)}`);
    return undefined;
  };
  const name = text('docset_name', true);
  const source = text('build_source_folder', true);
  const output = text('build_output_subfolder', false);
  const locale = text('locale', false);

  let sourceFolder: string | undefined;
  if (source !== undefined) {
    sourceFolder = repositoryPath(source);
    if (sourceFolder === undefined) {
      const line = member(node, 'build_source_folder')?.line;
      problems.add(
        line,
        `${key}.build_source_folder`,
        `expected "build_source_folder" to name a folder inside the repository, got "${source}"`,
      );
    }
  }
  if (output !== undefined && repositoryPath(output) === undefined) {
    const line = member(node, 'build_output_subfolder')?.line;
    problems.add(
      line,
      `${key}.build_output_subfolder`,
      `expected "build_output_subfolder" to be a relative folder name, got "${output}"`,
    );
  }
  if (locale !== undefined && !LOCALE.test(locale)) {
    const line = member(node, 'locale')?.line;
    problems.add(line, `${key}.locale`, `expected a locale such as "lv-LV", got "${locale}"`);
  }
  if (name === undefined || sourceFolder === undefined) return undefined;
  const docset: PublishedDocset = { name, sourceFolder, line: node.line };
  if (output !== undefined) docset.outputSubfolder = output;
  if (locale !== undefined) docset.locale = locale;
  return docset;
}

function reportDuplicates(docsets: PublishedDocset[], problems: Problems): void {
  const seen = new Set<string>();
  for (const docset of docsets) {
    const name = docset.name.toLowerCase();
    if (seen.has(name)) {
      problems.add(docset.line, 'docset_name', `expected each doc set once, got "${docset.name}" again`);
    }
    seen.add(name);
  }
}

function readDependent(
  node: JsonObject | undefined,
  line: number,
  index: number,
  problems: Problems,
): DependentRepository | undefined {
  const key = `dependent_repositories[${index}]`;
  if (node === undefined) {
    problems.add(line, key, 'expected an object with "path_to_root" and "url"');
    return undefined;
  }
  const field = (name: string): string | undefined => {
    const found = member(node, name);
    if (found === undefined) return undefined;
    if (found.value.kind === 'string') return found.value.value;
    problems.add(found.line, `${key}.${name}`, `expected "${name}" to be text, got ${describeJson(found.value)}`);
    return undefined;
  };
  const pathToRoot = field('path_to_root');
  const url = field('url');
  const branch = field('branch');
  for (const name of ['path_to_root', 'url']) {
    if (member(node, name) === undefined) {
      problems.add(node.line, `${key}.${name}`, `expected "${name}" in the dependent repository, got none`);
    }
  }
  if (pathToRoot === undefined || url === undefined) return undefined;
  const repository: DependentRepository = { pathToRoot, url, line: node.line };
  if (branch !== undefined) repository.branch = branch;
  return repository;
}

/**
 * The path normalized with "/" and without a trailing slash ("." for the root), or undefined when it is
 * absolute or climbs out of the repository: Open Publishing resolves these against the repository root.
 */
export function repositoryPath(path: string): string | undefined {
  const slashed = path.trim().replaceAll('\\', '/');
  if (slashed === '' || slashed.startsWith('/') || /^[a-z]:/i.test(slashed)) return undefined;
  const normalized = posix.normalize(slashed).replace(/\/+$/, '');
  if (normalized === '..' || normalized.startsWith('../')) return undefined;
  return normalized === '' ? '.' : normalized;
}
