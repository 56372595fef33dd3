import fs from 'node:fs';
import cliProgress from 'cli-progress';
import type { Logger } from '../../core/logger';
import { loadFile } from '../load/load-sources';
import { createIndexBuilder } from './build-index';
import { FIELD_WEIGHTS, type IndexData } from './index-data';
import { buildSemantic } from './semantic';

/** Reads every source file and builds the index; shows a progress bar on stderr when asked. */
export async function buildFromSources(files: string[], opts: { logger?: Logger; progress?: boolean; fieldWeights?: typeof FIELD_WEIGHTS; semantic?: boolean }): Promise<IndexData> {
  const builder = createIndexBuilder(opts.fieldWeights ?? FIELD_WEIGHTS);
  const sizes = files.map((f) => fs.statSync(f).size);
  const total = sizes.reduce((a, b) => a + b, 0);
  const bar = opts.progress
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'Đang lập chỉ mục {bar} {percentage}% | {articles} điều', hideCursor: true }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(total, 0, { articles: 0 });
  let done = 0;
  let badLines = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    try {
      for await (const article of loadFile(file, () => badLines++, (bytes) => bar?.increment(bytes, { articles: builder.count }))) {
        builder.add(article);
      }
    } catch (err) {
      // One unreadable file must not take the whole knowledge base down.
      opts.logger?.warn({ file, err: (err as Error).message }, 'knowledge source skipped');
    }
    done += sizes[i];
    bar?.update(done, { articles: builder.count });
  }
  bar?.stop();
  if (badLines) opts.logger?.warn({ badLines }, 'knowledge lines skipped');
  const data = builder.finish();
  // The corpus-wide SVD takes minutes on the full corpus; it is for experiments (bench/retrieval), not start-up.
  if (opts.semantic) data.semantic = buildSemantic(data);
  return data;
}
