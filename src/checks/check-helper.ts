import {
  createLinkTargets,
  withRedirections,
  type InvalidMedia,
  type LearnLocation,
} from '../articles/link-targets.ts';
import type { DocfxConfig } from '../docset/docfx-config.ts';
import { answerHelper } from '../utils/subprocess.ts';
import type { Redirection } from '../docset/redirections.ts';
import { checkFiles, type FrontmatterBatch } from './files.ts';

/** What a helper is given: its share of the files, and what it needs to resolve links between all of them. */
export interface CheckHelperInput {
  folder: string;
  root: string;
  names: string[];
  allFiles: string[];
  mediaFiles: string[];
  invalidMedia: readonly InvalidMedia[];
  strict: boolean;
  learn: LearnLocation;
  docfx: DocfxConfig | undefined;
  moved: readonly Pick<Redirection, 'file' | 'to'>[];
  displayRoot: string;
  fallbackRoot: string | undefined;
}

answerHelper((input: CheckHelperInput, tell) => {
  const targets = withRedirections(
    createLinkTargets(input.allFiles, input.mediaFiles, '/', input.learn, input.invalidMedia),
    input.moved,
  );
  // The frontmatter goes to the build as it is read: held to the end, it took a helper checking
  // 49,000 articles from about 500 to 730 MB.
  return checkFiles({ ...input, targets, handOff: (frontmatter) => tell({ frontmatter } satisfies FrontmatterBatch) });
});
