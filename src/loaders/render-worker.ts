import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { loadDocSet } from '../docset/doc-set.ts';
import { articleProcessor } from '../markdown/processor.ts';
import { learn } from '../site.ts';
import type { RenderJob, RenderReply, RenderWorkerInput } from './render-pool.ts';

const { folder, base, lang, image } = workerData as RenderWorkerInput;
// The same doc set and processor as the build's own thread: the same targets, the same plugins.
const docSet = loadDocSet(folder, base, learn);
const renderer = await articleProcessor(docSet, lang).createRenderer({ image, syntaxHighlight: false });

parentPort?.on('message', ({ index, body, data, filePath }: RenderJob) => {
  renderer
    .render(body, { frontmatter: data, fileURL: pathToFileURL(filePath) })
    .then(
      ({ code, metadata }): RenderReply => ({
        index,
        html: code,
        metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] },
      }),
      (error: Error): RenderReply => ({ index, error: error.message }),
    )
    .then((reply) => parentPort?.postMessage(reply));
});
