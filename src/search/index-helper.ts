import { answerHelper } from '../utils/subprocess.ts';
import { writeShard, type ShardJob } from './shard-writer.ts';

/** A helper process that writes one shard of the search index (./indexer.ts), says which, then ends. */
answerHelper(async (job: ShardJob) => {
  await writeShard(job);
  return { written: job.folder };
});
