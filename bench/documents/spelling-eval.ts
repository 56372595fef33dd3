/**
 * Spelling and capitals on held-out legal text. Build a lexicon without every 20th article first:
 *   npx tsx src/cli/documents-lexicon.ts --holdout 20 --out /tmp/lexicon-holdout.json.gz
 *   npx tsx bench/documents/spelling-eval.ts /tmp/lexicon-holdout.json.gz [articles=400]
 * (a) findings of rules chinh_ta and viet_hoa on the held-out articles as they are (corpus text, taken as correct);
 * (b) one real-word error planted per article (a confusion of the spelling checker: s/x, ch/tr, d/gi/r, l/n, hỏi/ngã,
 *     -c/-t, -n/-ng that is itself a word), and how many the checker finds with the right correction.
 */
import path from 'node:path';
import { checkCase } from '../../src/documents/check/check-case';
import { textParas } from '../../src/documents/check/check-document';
import { segmentsOf } from '../../src/documents/check/segments';
import { createSpellingChecker } from '../../src/documents/spelling/check-spelling';
import { confusions, repairs } from '../../src/documents/spelling/confusions';
import { corpusTexts, wordTokens } from '../../src/documents/spelling/corpus-text';
import { loadLexicon } from '../../src/documents/spelling/lexicon';
import { canonical, matchCase } from '../../src/documents/spelling/syllable';
import { rng } from '../../test/helpers/planted-documents';

async function main(): Promise<void> {
  const lexicon = loadLexicon(path.resolve(process.argv[2] ?? '/tmp/lexicon-holdout.json.gz'));
  const max = Number(process.argv[3] ?? 400);
  const spelling = createSpellingChecker(lexicon, process.env.SPELLING ? JSON.parse(process.env.SPELLING) : {});
  const corpus = path.resolve(__dirname, '..', '..', 'knowledge', 'phap-dien', 'phapdien.jsonl.gz');
  const random = rng(7);
  let articles = 0, words = 0, spellFalse = 0, caseFalse = 0, planted = 0, found = 0, foundExact = 0;
  const samples: string[] = [];
  for await (const text of corpusTexts([corpus], { skip: (n) => n % 20 !== 0 })) {
    if (articles >= max) break;
    const body = text.split('\n').slice(1).join('\n');
    if (body.length < 200) continue;
    articles++;
    words += wordTokens(body).length;
    const issues = spelling.check(body);
    spellFalse += issues.length;
    if (samples.length < 60) for (const i of issues.filter((x) => x.kind === 'realWord').slice(0, 2)) samples.push(`chinh_ta ${i.kind}: ${i.found} → ${i.fixed ?? ''} | ${body.slice(Math.max(0, i.start - 30), i.end + 30).replace(/\n/g, ' ')}`);
    const caseFindings = checkCase(segmentsOf(textParas(body), 0), lexicon);
    caseFalse += caseFindings.length;
    if (samples.length < 40) for (const f of caseFindings.slice(0, 1)) samples.push(`viet_hoa: ${f.message.slice(0, 90)}`);
    // Plant one real-word error in a lowercase word that has a confusion in the lexicon.
    const toks = wordTokens(body).filter((t) => t.word === t.word.toLowerCase() && !t.sentenceStart);
    for (let tries = 0; tries < 20; tries++) {
      const t = toks[Math.floor(random() * toks.length)];
      if (!t) break;
      // PLANT=wide: any other tone or vowel mark (a typing slip) instead of a dialect confusion.
      const alts = (process.env.PLANT === 'wide' ? repairs : confusions)(canonical(t.word)).filter((a) => lexicon.count(a) > 0);
      if (!alts.length) continue;
      const wrong = matchCase(alts[Math.floor(random() * alts.length)], t.word);
      const changed = body.slice(0, t.start) + wrong + body.slice(t.start + t.word.length);
      planted++;
      const hit = spelling.check(changed).find((i) => i.start === t.start);
      if (hit) found++;
      if (hit?.fixed && canonical(hit.fixed) === canonical(t.word)) foundExact++;
      break;
    }
  }
  console.log(`held-out articles: ${articles}, words: ${words}`);
  console.log(`chinh_ta findings on unchanged text: ${spellFalse} (${(spellFalse / articles).toFixed(2)} per article, ${((1000 * spellFalse) / words).toFixed(2)} per 1,000 words)`);
  console.log(`viet_hoa findings on unchanged text: ${caseFalse} (${(caseFalse / articles).toFixed(2)} per article)`);
  console.log(`planted real-word errors: ${planted}, flagged: ${found} (${((100 * found) / planted).toFixed(1)} %), with the original word as the fix: ${foundExact} (${((100 * foundExact) / planted).toFixed(1)} %)`);
  if (process.env.VERBOSE) console.log(samples.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
