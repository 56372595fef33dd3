import fs from 'node:fs';
import { createDocumentChecker } from './src/documents/check/check-document';
import { loadLexicon } from './src/documents/spelling/lexicon';
(async () => {
  const dir = process.argv[2];
  const man = JSON.parse(fs.readFileSync(`${dir}/manifest.json`, 'utf8')) as { file: string; seed: number; rule: string | null }[];
  const checker = createDocumentChecker({ lexicon: loadLexicon() });
  const clean = new Map<number, Set<string>>();
  const stat = new Map<string, [number, number]>();
  let falses = 0, cleanN = 0;
  for (const m of man) {
    const r = await checker.checkDocx(fs.readFileSync(m.file));
    if (!m.rule) { cleanN++; falses += r.findings.length; clean.set(m.seed, new Set(r.findings.map(f => f.rule + f.message))); for (const f of r.findings) console.log('FALSE', m.seed, f.rule, f.message, '@', f.where); continue; }
    const before = clean.get(m.seed)!;
    const ok = r.findings.some(f => f.rule === m.rule && !before.has(f.rule + f.message));
    const s = stat.get(m.rule) ?? [0, 0]; s[0]++; if (ok) s[1]++; stat.set(m.rule, s);
    if (!ok) console.log('MISS', m.file, m.rule, r.findings.filter(f => !before.has(f.rule + f.message)).map(f => f.rule + ':' + f.message.slice(0, 60)).join(' | '));
  }
  let p = 0, f = 0; for (const [k, [a, b]] of stat) { p += a; f += b; console.log(k, b, '/', a); }
  console.log('recall', (f / p).toFixed(3), 'false/clean', (falses / cleanN).toFixed(2));
})();
