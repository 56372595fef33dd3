import type { Logger } from '../core/logger';
import type { KnowledgeSourceRepository } from '../store/types';

export interface WatchSourcesDeps {
  sources: Pick<KnowledgeSourceRepository, 'list'>;
  /** The source ids the serving (or last attempted) index was loaded with; undefined when none were read. */
  lastIds: () => string[] | undefined;
  /** True once an index serves (one loaded without the uploads, the store being down at start, counts). */
  loaded: () => boolean;
  reindex: () => unknown;
  /** True while a re-index runs (it reads the sources anew when it starts). */
  running: () => boolean;
  intervalMs: number;
  logger: Logger;
}

/**
 * Each instance checks the store now and then: sources uploaded on another instance start a re-index here, so every
 * instance answers from them without a restart. Compares ids only (sources are never changed in place).
 */
export function watchKnowledgeSources(deps: WatchSourcesDeps): { check(): Promise<boolean>; stop(): void } {
  const check = async (): Promise<boolean> => {
    if (!deps.loaded() || deps.running()) return false;
    const loaded = deps.lastIds() ?? [];
    const stored = (await deps.sources.list()).map((s) => s.id).sort();
    if (stored.length === loaded.length && stored.every((id, i) => id === loaded[i])) return false;
    deps.logger.info({ stored: stored.length, loaded: loaded.length }, 'knowledge sources changed in the store; re-indexing');
    deps.reindex();
    return true;
  };
  const timer = setInterval(() => {
    check().catch((err: Error) => deps.logger.warn({ err: err.message }, 'knowledge sources not checked'));
  }, deps.intervalMs);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}
