import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { createKnowledgeBase, type KnowledgeBase } from '../../../src/knowledge';
import { startKnowledgeThread, startSearchWorker, type KnowledgeThread } from '../../../src/knowledge/thread/knowledge-thread';
import { createLogger } from '../../../src/core/logger';
import { haveLegalData, sampleDevQuestions, writeCorpusSubset, type DevQuestion } from '../../helpers/legal-corpus';

/** A logger whose JSON lines the test can read. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('info', destination), lines };
}

(haveLegalData() ? describe : describe.skip)('the knowledge thread (legal search in a worker thread)', () => {
  let dir: string;
  let corpus: string;
  let questions: DevQuestion[];
  let inProcess: KnowledgeBase;
  let thread: KnowledgeThread;
  let workers: Worker[];
  const log = capturingLogger();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-thread-'));
    questions = sampleDevQuestions(40);
    corpus = path.join(dir, 'subset.jsonl.gz');
    await writeCorpusSubset(corpus, new Set(questions.flatMap((q) => q.gold)), 300);
    // The thread builds and saves the index; the in-process base then loads the same file.
    workers = [];
    thread = startKnowledgeThread({
      paths: [corpus], dataDir: path.join(dir, 'data'), logger: log.logger,
      startWorker: (init) => {
        const w = startSearchWorker(init);
        workers.push(w);
        return w;
      },
    });
    await thread.loaded;
    inProcess = await createKnowledgeBase({ paths: [corpus], dataDir: path.join(dir, 'data'), onProgress: () => undefined });
  }, 120_000);

  afterAll(async () => {
    await thread.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports the article count and answers every question exactly as the in-process retriever does', async () => {
    expect((await thread.loaded).articleCount).toBe(inProcess.articleCount);
    for (const q of questions) expect(await thread.retriever.search(q.question, 5)).toEqual(inProcess.retriever.search(q.question, 5));
    // Several questions in flight at once each get their own answer.
    const together = await Promise.all(questions.map((q) => thread.retriever.search(q.question, 3)));
    together.forEach((hits, i) => expect(hits).toEqual(inProcess.retriever.search(questions[i].question, 3)));
  });

  it('finds an article by id, and nothing for an unknown id', async () => {
    const id = questions[0].gold[0];
    expect(await thread.get(id)).toEqual(inProcess.get(id));
    expect(await thread.get('no-such-article')).toBeUndefined();
  });

  it("writes the thread's log lines through the service logger", () => {
    expect(log.lines.some((l) => l.msg === 'knowledge index built' && typeof l.articles === 'number')).toBe(true);
  });

  it('starts again after the thread dies, and answers the next requests', async () => {
    const q = questions[1].question;
    const expected = inProcess.retriever.search(q, 5);
    await workers[0].terminate();
    await new Promise((r) => setTimeout(r, 50));
    expect(log.lines.some((l) => l.msg === 'knowledge thread stopped; starting it again')).toBe(true);
    expect(await thread.retriever.search(q, 5)).toEqual(expected);
    expect(workers).toHaveLength(2);
  }, 60_000);

  it('refuses requests once closed', async () => {
    const other = startKnowledgeThread({ paths: [corpus], dataDir: path.join(dir, 'data'), logger: log.logger });
    await other.loaded;
    await other.close();
    await expect(other.retriever.search(questions[0].question, 3)).rejects.toThrow(/closed/);
  }, 60_000);
});
