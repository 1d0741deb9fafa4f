import { pathToFileURL } from 'node:url';
import { articleProcessor } from '../markdown/processor.ts';
import { serveHelper } from '../utils/subprocess.ts';
import type { RenderJob, RenderReply, RenderHelperInput } from './render-pool.ts';

serveHelper(async ({ docSet, lang, image }: RenderHelperInput) => {
  // The same doc set and processor as the build's own thread: the same targets, the same plugins.
  const renderer = await articleProcessor(docSet, lang).createRenderer({ image, syntaxHighlight: false });
  const render = ({ index, body, data, filePath }: RenderJob): Promise<RenderReply> =>
    renderer.render(body, { frontmatter: data, fileURL: pathToFileURL(filePath) }).then(
      ({ code, metadata }) => ({
        index,
        html: code,
        metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] },
      }),
      (error: Error) => ({ index, error: error.message }),
    );
  // A batch at a time (RenderPool), answered in one message.
  return (jobs: RenderJob[]): Promise<RenderReply[]> => Promise.all(jobs.map(render));
});
