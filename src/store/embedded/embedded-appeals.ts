import { createSerial } from '../../core/serial';
import type { Appeal, AppealRepository } from '../types';
import { inRange } from '../query-range';
import type { JsonlCollection } from './jsonl-collection';

/** Appeals keyed by id; reviews one at a time, so two administrators cannot both decide the same appeal. */
export function embeddedAppeals(col: JsonlCollection<Appeal>): AppealRepository {
  const serial = createSerial();
  return {
    add: async (appeal) => {
      if (!col.has(appeal.id)) await col.put(appeal.id, appeal);
    },
    get: async (id) => col.get(id),
    list: async (query) =>
      col
        .filter((a) => inRange(a.time, query) && (!query.status || a.status === query.status))
        .sort((a, b) => a.time.getTime() - b.time.getTime() || a.id.localeCompare(b.id)),
    review: (id, review) =>
      serial(async () => {
        const existing = col.get(id);
        if (!existing || existing.status !== 'pending') return undefined;
        const decided: Appeal = { ...existing, status: review.decision, review };
        await col.put(id, decided);
        return decided;
      }),
  };
}
