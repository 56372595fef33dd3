import { createLogger } from '../../../src/core/logger';
import { watchKnowledgeSources, type WatchSourcesDeps } from '../../../src/knowledge-sources/watch-sources';
import type { KnowledgeSourceRecord } from '../../../src/store/types';

const record = (id: string) => ({ id }) as KnowledgeSourceRecord;

describe('watching the store for knowledge sources uploaded on another instance', () => {
  const setup = (over: Partial<WatchSourcesDeps> & { stored: string[] }) => {
    const reindex = jest.fn();
    const watch = watchKnowledgeSources({
      sources: { list: async () => over.stored.map(record) }, lastIds: () => ['a'], loaded: () => true, running: () => false,
      reindex, intervalMs: 3_600_000, logger: createLogger('silent'), ...over,
    });
    return { watch, reindex };
  };

  it('re-indexes when the store holds a source this instance has not loaded', async () => {
    const { watch, reindex } = setup({ stored: ['a', 'b'] });
    expect(await watch.check()).toBe(true);
    expect(reindex).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('does nothing when the same sources are loaded, while a re-index runs, or before the first load', async () => {
    for (const over of [{ stored: ['a'] }, { stored: ['a', 'b'], running: () => true }, { stored: ['a', 'b'], loaded: () => false }]) {
      const { watch, reindex } = setup(over);
      expect(await watch.check()).toBe(false);
      expect(reindex).not.toHaveBeenCalled();
      watch.stop();
    }
  });

  it('picks the uploads up once the store answers, after a start that loaded without them', async () => {
    const { watch, reindex } = setup({ stored: ['a'], lastIds: () => undefined });
    expect(await watch.check()).toBe(true);
    expect(reindex).toHaveBeenCalledTimes(1);
    watch.stop();
  });
});
