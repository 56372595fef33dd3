import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeInBackground } from '../../../src/runtime/knowledge-holder';
import { createLogger } from '../../../src/core/logger';

const KNOWLEDGE_DIR = path.resolve(__dirname, '../../../knowledge/tro-ly');

describe('the knowledge holder, with search in a worker thread and on the main thread', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-holder-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('loads in the background and gives the same answers either way', async () => {
    const logger = createLogger('silent');
    const threaded = loadKnowledgeInBackground({ paths: [KNOWLEDGE_DIR], dataDir, logger, thread: true });
    const inline = loadKnowledgeInBackground({ paths: [KNOWLEDGE_DIR], dataDir, logger, thread: false });
    try {
      const [a, b] = await Promise.all([threaded.loaded, inline.loaded]);
      expect(a.articleCount).toBeGreaterThan(10);
      // The same documents either way; only the time each was loaded differs.
      expect({ ...b, loadedAt: undefined }).toEqual({ ...a, loadedAt: undefined });
      expect(a.documents.reduce((n, d) => n + d.articleCount, 0)).toBe(a.articleCount);
      expect(threaded.current()).toEqual(a);
      const question = 'Thông tin được chia thành mấy cấp độ nhạy cảm?';
      const hits = await threaded.retriever.search(question, 3);
      expect(hits[0].article.id).toBe('tom-luoc-quy-tac-su-dung-ai#D5');
      expect(await inline.retriever.search(question, 3)).toEqual(hits);
    } finally {
      await Promise.all([threaded.close(), inline.close()]);
    }
  });

  it('starts with an empty base (not a failure) when the configured folder is missing', async () => {
    const logger = createLogger('silent');
    const holder = loadKnowledgeInBackground({ paths: [path.join(dataDir, 'missing-folder')], dataDir, logger, thread: true });
    try {
      expect((await holder.loaded).articleCount).toBe(0);
      expect(await holder.retriever.search('bảo hiểm xã hội', 5)).toEqual([]);
      expect(holder.error()).toBeUndefined();
    } finally {
      await holder.close();
    }
  });
});
