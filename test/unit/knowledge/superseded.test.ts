import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createKnowledgeBase } from '../../../src/knowledge';

const line = (pdId: string, unitNo: string, text: string, issued = '16/06/2020') => JSON.stringify({
  pd_id: pdId, pd_title: `Điều ${unitNo}`, demuc_title: 'Thanh niên',
  src: { unit_no: unitNo, doc_type: 'Luật', so_hieu: '57/2020/QH14', doc_title: 'Luật Thanh niên', issued, issuer: 'Quốc hội', effective: '01/01/2021' }, text,
});

describe('a later Pháp điển file supersedes the articles it repeats', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'superseded-'));
    fs.mkdirSync(path.join(dir, 'src'));
    // Shipped: 1 and 2, and id 3 twice (a topic present twice in the package: both lines are kept).
    fs.writeFileSync(path.join(dir, 'src', 'a-phapdien.jsonl'), [
      line('36.3.LQ.1', '1', 'Thanh niên là công dân Việt Nam từ đủ 16 tuổi đến 30 tuổi.'),
      line('36.3.LQ.2', '2', 'Chính sách của Nhà nước đối với thanh niên.'),
      line('36.3.LQ.3', '3', 'Quyền của thanh niên.'), line('36.3.LQ.3', '3', 'Quyền của thanh niên.'),
    ].join('\n'));
    // The update: a new text of article 1.
    fs.writeFileSync(path.join(dir, 'src', 'b-cap-nhat.jsonl.gz'), zlib.gzipSync(line('36.3.LQ.1', '1', 'Thanh niên là công dân Việt Nam từ đủ 16 tuổi đến 35 tuổi.', '01/07/2026')));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps the update\'s text of a repeated article and every other line', async () => {
    const kb = await createKnowledgeBase({ paths: [path.join(dir, 'src')], dataDir: path.join(dir, 'data'), onProgress: () => undefined });
    expect(kb.articleCount).toBe(4);
    expect(kb.get('36.3.LQ.1')?.text).toContain('đến 35 tuổi');
    const hits = kb.retriever.search('Thanh niên là công dân bao nhiêu tuổi?', 5);
    expect(hits.map((h) => h.article.text).join(' ')).not.toContain('đến 30 tuổi');
  });
});
