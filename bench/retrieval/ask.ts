// Prints the top articles the retriever finds for each question given (arguments, or one per line on stdin).
// Usage: npx tsx bench/retrieval/ask.ts [--index FILE] [--k 5] "câu hỏi" ...
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { knowledgeBaseFromIndex } from '../../src/knowledge';
import { readIndexFile } from '../../src/knowledge/index/index-file';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { index: { type: 'string', default: process.env.KB_INDEX }, k: { type: 'string', default: '5' } } });
if (!values.index) {
  console.error('ask: give --index <file.idx> (or KB_INDEX), e.g. the one built by bench/retrieval/run.ts');
  process.exit(2);
}
const kb = knowledgeBaseFromIndex(readIndexFile(values.index).data);
const questions = positionals.length ? positionals : fs.readFileSync(0, 'utf8').split('\n').filter((l) => l.trim());
for (const q of questions) {
  console.log(`\n? ${q}`);
  for (const h of kb.retriever.search(q, Number(values.k))) {
    const a = h.article;
    console.log(`  ${(h.confidence ?? 0).toFixed(2)}  ${a.id}  Điều ${a.number}. ${a.title} — ${a.document.loaiVanBan ?? ''} ${a.document.soHieu ?? a.document.ten}`.slice(0, 220));
  }
}
