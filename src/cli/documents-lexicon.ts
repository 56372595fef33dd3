/**
 * `npm run documents:lexicon [-- --out FILE] [--holdout N]`: rebuilds the spelling lexicon of the document checker
 * from the shipped legal corpus (knowledge/phap-dien, knowledge/van-ban-goc). Deterministic: the same corpus gives the
 * same file. `--holdout N` leaves out every Nth article (for evaluating on articles the lexicon never saw).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildLexicon } from '../documents/spelling/build-lexicon';
import { LEXICON_PATH } from '../documents/spelling/lexicon';

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCES = ['knowledge/phap-dien/phapdien.jsonl.gz', 'knowledge/van-ban-goc/extra_laws.jsonl.gz'].map((f) => path.join(ROOT, f));

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = path.resolve(arg('--out') ?? LEXICON_PATH);
  const holdout = Number(arg('--holdout') ?? 0);
  const started = Date.now();
  const data = await buildLexicon(SOURCES, {
    skip: holdout > 0 ? (n) => n % holdout === 0 : undefined,
    onProgress: (n) => process.stderr.write(`${n} articles\n`),
  });
  const json = JSON.stringify(data);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, zlib.gzipSync(json, { level: 9 }));
  process.stderr.write(
    `${data.source.articles} articles, ${data.source.tokens} words → ${data.syllables.length} words, ${data.pairs.length / 3} pairs, ` +
      `${data.casePhrases.length} phrases; ${out} (${fs.statSync(out).size} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
