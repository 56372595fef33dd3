import fs from 'node:fs';
import type { Logger } from '../../core/logger';
import { loadFile } from '../load/load-sources';
import { createIndexBuilder } from './build-index';
import type { BuildProgress } from './build-progress';
import { FIELD_WEIGHTS, type IndexData } from './index-data';
import { buildSemantic } from './semantic';
import { supersededByLater } from './superseded';

/** Options of an index build. */
export interface BuildOptions {
  logger?: Logger;
  /** Called as the sources are read (about once a percent) and once when done. */
  onProgress?: (p: BuildProgress) => void;
  fieldWeights?: typeof FIELD_WEIGHTS;
  /** The corpus-wide SVD (minutes on the full corpus): for experiments in bench/retrieval, not start-up. */
  semantic?: boolean;
}

/** Reads every source file and builds the index, reporting progress by bytes read. */
export async function buildFromSources(files: string[], opts: BuildOptions = {}): Promise<IndexData> {
  const builder = createIndexBuilder(opts.fieldWeights ?? FIELD_WEIGHTS);
  const sizes = files.map((f) => fs.statSync(f).size);
  const total = sizes.reduce((a, b) => a + b, 0);
  let read = 0;
  let reported = -1;
  const advance = (bytes: number): void => {
    read += bytes;
    const percent = total > 0 ? Math.floor((read / total) * 100) : 100;
    if (percent !== reported) {
      reported = percent;
      opts.onProgress?.({ read, total, articles: builder.count });
    }
  };
  opts.logger?.info({ files: files.length, megabytes: Math.round(total / 1048576) }, 'knowledge index build started (first start or changed sources)');
  let badLines = 0;
  let superseded = 0;
  const skip = await supersededByLater(files);
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    let fileRead = 0;
    try {
      for await (const article of loadFile(file, () => badLines++, (bytes) => { fileRead += bytes; advance(bytes); })) {
        if (skip[i]?.has(article.id)) superseded++;
        else builder.add(article);
      }
    } catch (err) {
      // One unreadable file must not take the whole knowledge base down.
      opts.logger?.warn({ file, err: (err as Error).message }, 'knowledge source skipped');
    }
    // Formats read whole (Markdown, Office) report their size once done.
    if (sizes[i] > fileRead) advance(sizes[i] - fileRead);
  }
  if (badLines) opts.logger?.warn({ badLines }, 'knowledge lines skipped');
  if (superseded) opts.logger?.info({ superseded }, 'knowledge articles replaced by a later Pháp điển update');
  const data = builder.finish();
  if (opts.semantic) data.semantic = buildSemantic(data);
  opts.onProgress?.({ read: total, total, articles: data.n, done: true });
  return data;
}
