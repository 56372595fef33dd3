// Syllable accuracy of diacritic restoration on questions typed without diacritics.
// Usage: npx tsx bench/retrieval/restore-eval.ts <index file> [questions.jsonl] (default: the train half of the dev questions)
import fs from 'node:fs';
import { readIndexFile } from '../../src/knowledge/index/index-file';
import { stripDiacritics, syllables } from '../../src/knowledge/normalize';
import { createRestorer, DEFAULT_RESTORE } from '../../src/knowledge/search/restore-diacritics';
import { readDevQuestions, splitOf } from './dev-set';

const { data } = readIndexFile(process.argv[2]);
const questions = process.argv[3]
  ? fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { question: string })
  : readDevQuestions().filter((q) => splitOf(q.qid) === 'train');
for (const backoff of (process.env.BACKOFFS ?? String(DEFAULT_RESTORE.backoff)).split(',').map(Number)) {
  for (const maxCandidates of (process.env.CANDS ?? String(DEFAULT_RESTORE.maxCandidates)).split(',').map(Number)) {
    const restore = createRestorer(data, undefined, { ...DEFAULT_RESTORE, backoff, maxCandidates });
    let right = 0;
    let all = 0;
    let whole = 0;
    const t = Date.now();
    for (const q of questions) {
      const gold = syllables(q.question);
      const got = restore(gold.map(stripDiacritics));
      let ok = 0;
      gold.forEach((g, i) => (ok += g === got[i] ? 1 : 0));
      right += ok;
      all += gold.length;
      if (ok === gold.length) whole++;
    }
    console.log(JSON.stringify({ backoff, maxCandidates, syllableAccuracy: +(right / all).toFixed(4), wholeQuestions: +(whole / questions.length).toFixed(3), msPerQuestion: +((Date.now() - t) / questions.length).toFixed(2) }));
  }
}
