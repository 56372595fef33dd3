// Development helper: builds an index with other field weights into a file, for tune.ts.
// Usage: npx tsx bench/retrieval/build-variant.ts <corpus> <out file> '{"title":5,"document":1.5,"topic":1,"text":1}'
import { buildFromSources } from '../../src/knowledge/index/build-from-sources';
import { writeIndexFile } from '../../src/knowledge/index/index-file';

void (async () => {
  const [corpus, out, weights] = process.argv.slice(2);
  const data = await buildFromSources([corpus], { onProgress: () => undefined, fieldWeights: JSON.parse(weights) });
  writeIndexFile(out, data, { variant: weights });
})();
