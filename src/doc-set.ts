import { contentSettings } from './articles/files.ts';
import { loadDocSet } from './docset/doc-set.ts';
import { learn } from './site.ts';

/** The doc set of this build, as pages see it: its TOC and redirections (the build reports their problems). */
const docSet = loadDocSet(contentSettings().folder, import.meta.env.BASE_URL, learn);

export default docSet;
