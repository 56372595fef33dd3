import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { createKnowledgeBase, type KnowledgeBase } from '../../../src/knowledge';
import { stripDiacritics } from '../../../src/knowledge/normalize';

const SHARED = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '..', 'shared');
const CORPUS = path.join(SHARED, 'data', 'legal', 'phapdien.jsonl.gz');
const QUESTIONS = path.join(SHARED, 'data', 'legal', 'questions_dev.jsonl');
const haveData = fs.existsSync(CORPUS) && fs.existsSync(QUESTIONS);

interface Question { qid: string; question: string; gold: string[] }

/** Writes the gold articles of the given questions, every 150th other line and all lines of the first repeated id to a .jsonl.gz. */
async function writeSubset(file: string, wanted: Set<string>): Promise<{ lines: number; duplicated: string; duplicates: number }> {
  const input = fs.createReadStream(CORPUS).pipe(zlib.createGunzip());
  const lines: { id?: string; line: string }[] = [];
  const seen = new Set<string>();
  let duplicated = '';
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    const id = /^\{"pd_id": "([^"]+)"/.exec(line)?.[1];
    if (id && !duplicated && seen.has(id)) duplicated = id;
    if (id) seen.add(id);
    lines.push({ id, line });
  }
  const out = lines.filter(({ id }, i) => (id && wanted.has(id)) || (id !== undefined && id === duplicated) || i % 150 === 0);
  fs.writeFileSync(file, zlib.gzipSync(`${out.map((l) => l.line).join('\n')}\n`));
  return { lines: out.length, duplicated, duplicates: out.filter((l) => l.id === duplicated).length };
}

(haveData ? describe : describe.skip)('retrieval over a subset of the Pháp điển corpus', () => {
  let dir: string;
  let kb: KnowledgeBase;
  let questions: Question[];
  let subset: { lines: number; duplicated: string; duplicates: number };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-phapdien-'));
    questions = fs.readFileSync(QUESTIONS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Question).filter((_, i) => i % 8 === 0);
    const file = path.join(dir, 'subset.jsonl.gz');
    subset = await writeSubset(file, new Set(questions.flatMap((q) => q.gold)));
    kb = await createKnowledgeBase({ paths: [file], dataDir: path.join(dir, 'data'), onProgress: () => undefined });
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const recallAt10 = (qs: Question[], typed: (q: string) => string): number =>
    qs.filter((q) => kb.retriever.search(typed(q.question), 10).some((h) => q.gold.includes(h.article.id))).length / qs.length;

  it('keeps every line, repeated pd_id included', () => {
    expect(kb.articleCount).toBe(subset.lines);
    expect(subset.duplicates).toBeGreaterThan(1);
    expect(kb.get(subset.duplicated)?.id).toBe(subset.duplicated);
  });

  it('finds the gold article in the top 10 for most questions', () => {
    expect(recallAt10(questions, (q) => q)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds them as well when the questions are typed without diacritics', () => {
    expect(recallAt10(questions, stripDiacritics)).toBeGreaterThanOrEqual(0.85);
  });

  it('puts a cited article first ("Điều N <loại> <số hiệu>")', () => {
    const gold = kb.get(questions[0].gold[0]);
    expect(gold?.document.soHieu).toBeDefined();
    const query = `Điều ${gold?.number} ${gold?.document.loaiVanBan ?? ''} ${gold?.document.soHieu} quy định gì?`;
    const [first] = kb.retriever.search(query, 5);
    expect(first.article.document.soHieu).toBe(gold?.document.soHieu);
    expect(first.article.number).toBe(gold?.number);
    expect(first.confidence).toBe(1);
  });

  it('returns citation fields with every hit', () => {
    const [hit] = kb.retriever.search(questions[1].question, 1);
    expect(hit.article.document.ten).not.toBe('');
    expect(hit.article.clauses).toBeInstanceOf(Array);
  });
});
