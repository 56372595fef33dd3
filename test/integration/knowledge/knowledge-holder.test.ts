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
  it('re-indexes in the background: the old index answers until the new one takes over; a request meanwhile is queued', async () => {
    const logger = createLogger('silent');
    const uploads = fs.mkdtempSync(path.join(dataDir, 'uploads-'));
    let extra: string[] = [];
    const swaps: (() => void)[] = [];
    const holder = loadKnowledgeInBackground({
      paths: [KNOWLEDGE_DIR], dataDir, logger, thread: false, extraPaths: async () => extra,
      beforeSwap: () => new Promise<void>((resolve) => swaps.push(resolve)),
    });
    const question = 'Dắt chó ra nơi công cộng có phải đeo rọ mõm không?';
    const found = async () => (await holder.retriever.search(question, 3)).some((h) => h.article.document.soHieu === '27/2026/QĐ-UBND');
    const settled = async (runs: number) => {
      for (let i = 0; i < 200 && !(swaps.length >= runs || holder.reindexStatus()?.state !== 'running'); i++) await new Promise((r) => setTimeout(r, 20));
    };
    try {
      const before = await holder.loaded;
      fs.copyFileSync(path.join(__dirname, '../../fixtures/knowledge-upload/quyet-dinh-vat-nuoi.md'), path.join(uploads, 'quyet-dinh-vat-nuoi.md'));
      extra = [uploads];
      expect(holder.reindex()).toBe('started');
      expect(holder.reindex()).toBe('queued');
      await settled(1);
      expect(holder.reindexStatus()).toMatchObject({ state: 'running', queued: true });
      expect(await found()).toBe(false);
      expect(holder.current()).toEqual(before);
      swaps[0]();
      await settled(2);
      expect(await found()).toBe(true);
      expect(holder.current()?.articleCount).toBe(before.articleCount + 3);
      // The queued run starts once the first has swapped in, and ends like it.
      expect(holder.reindexStatus()).toMatchObject({ state: 'running', queued: false });
      swaps[1]();
      await settled(3);
      expect(holder.reindexStatus()).toMatchObject({ state: 'ready', percent: 100, articles: before.articleCount + 3 });
      expect(await found()).toBe(true);
    } finally {
      await holder.close();
    }
  });
});
