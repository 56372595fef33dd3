import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKnowledgeBase, LegalRetriever, loadOrBuildIndex } from '../../../src/knowledge';

const KNOWLEDGE_DIR = path.resolve(__dirname, '../../../knowledge/tro-ly');

describe('the default knowledge base (knowledge/)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-default-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('loads the digest and the FAQ, every article citing its source', async () => {
    const kb = await createKnowledgeBase({ paths: [KNOWLEDGE_DIR], dataDir, onProgress: () => undefined });
    expect(kb.articleCount).toBeGreaterThanOrEqual(15);
    const digest = kb.get('tom-luoc-quy-tac-su-dung-ai#D5');
    expect(digest?.title).toBe('Bốn cấp độ nhạy cảm của thông tin');
    expect(digest?.text).toMatch(/Nguồn: Quy chế Phước Bình, Điều 8/);
  });

  it('finds the four sensitivity levels from an everyday question, with and without diacritics', async () => {
    const kb = await createKnowledgeBase({ paths: [KNOWLEDGE_DIR], dataDir, onProgress: () => undefined });
    expect(kb.retriever.search('Thông tin được chia thành mấy cấp độ nhạy cảm?', 3)[0].article.id).toBe('tom-luoc-quy-tac-su-dung-ai#D5');
    expect(kb.retriever.search('thong tin chia thanh may cap do nhay cam', 3)[0].article.id).toBe('tom-luoc-quy-tac-su-dung-ai#D5');
  });

  it('answers what not to send to the assistant from the FAQ', async () => {
    const kb = await createKnowledgeBase({ paths: [KNOWLEDGE_DIR], dataDir, onProgress: () => undefined });
    const hits = kb.retriever.search('Không được gửi những gì cho trợ lý?', 3);
    expect(hits[0].article.id).toBe('hoi-dap-su-dung-tro-ly#D3');
    expect(hits[0].confidence).toBeGreaterThan(0);
    expect(hits[0].confidence).toBeLessThanOrEqual(1);
  });

  it('gives a low confidence to a question the knowledge does not cover', async () => {
    const kb = await createKnowledgeBase({ paths: [KNOWLEDGE_DIR], dataDir, onProgress: () => undefined });
    const covered = kb.retriever.search('Bốn cấp độ nhạy cảm của thông tin là gì?', 1)[0];
    const offTopic = kb.retriever.search('Thuế suất thuế nhập khẩu xe ô tô cũ là bao nhiêu?', 1)[0];
    expect(offTopic === undefined || (offTopic.confidence ?? 0) < (covered.confidence ?? 0)).toBe(true);
  });

  it('reuses the saved index when the sources are unchanged and rebuilds when one changes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-src-'));
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, '---\nten: Văn bản thử\n---\n## Điều 1. Một\nNội dung thứ nhất.\n');
    const first = await loadOrBuildIndex({ paths: [dir], dataDir, onProgress: () => undefined });
    const second = await loadOrBuildIndex({ paths: [dir], dataDir, onProgress: () => undefined });
    expect([first.built, second.built]).toEqual([true, false]);
    fs.appendFileSync(file, '## Điều 2. Hai\nNội dung thứ hai.\n');
    const third = await loadOrBuildIndex({ paths: [dir], dataDir, onProgress: () => undefined });
    expect(third.built).toBe(true);
    expect(third.data.n).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves as a langchain retriever with citation metadata', async () => {
    const kb = await createKnowledgeBase({ paths: [KNOWLEDGE_DIR], dataDir, onProgress: () => undefined });
    const retriever = new LegalRetriever({ retriever: kb.retriever, k: 2 });
    const docs = await retriever.invoke('Làm thế nào để góp ý về câu trả lời?');
    expect(docs).toHaveLength(2);
    expect(docs[0].metadata).toMatchObject({ id: 'hoi-dap-su-dung-tro-ly#D4', articleNumber: '4', tenVanBan: 'Hỏi đáp về cách sử dụng Trợ lý Công vụ' });
    expect(docs[0].metadata.citation).toContain('Điều 4');
    expect(typeof docs[0].metadata.score).toBe('number');
    expect(docs[0].pageContent).toContain('thích');
  });
});

describe('an empty or missing knowledge folder', () => {
  it('starts with no articles and finds nothing, without throwing', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-empty-'));
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-none-'));
    const kb = await createKnowledgeBase({ paths: [empty, path.join(empty, 'missing')], dataDir, onProgress: () => undefined });
    expect(kb.articleCount).toBe(0);
    expect(kb.retriever.search('bảo hiểm xã hội', 5)).toEqual([]);
    expect(kb.get('x')).toBeUndefined();
    const again = await createKnowledgeBase({ paths: [empty, path.join(empty, 'missing')], dataDir, onProgress: () => undefined });
    expect(again.articleCount).toBe(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(empty, { recursive: true, force: true });
  });
});
