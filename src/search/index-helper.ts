import { answerHelper } from '../utils/subprocess.ts';
import { writeShard } from './shard-writer.ts';

/** A helper process that writes one shard of the search index (./indexer.ts), then ends. */
answerHelper(writeShard);
