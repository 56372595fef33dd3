import { serviceMessages } from '../messages/service';
import { isStoreUnavailable } from '../store/availability/unavailable';
import type { FeatureHandler } from './feature';
import type { TurnResult } from './types';

/**
 * A feature that failed because the database is unreachable becomes a plain result: the person is told in Vietnamese
 * that nothing was saved, and the turn is audited (through the outbox) as `store_unavailable`. Other errors go on up.
 */
export function storeUnavailableResult(feature: Pick<FeatureHandler, 'name'>, err: unknown): TurnResult {
  if (!isStoreUnavailable(err)) throw err;
  return {
    replies: [{ kind: 'text', text: serviceMessages.storeUnavailable }],
    outcome: { feature: feature.name as TurnResult['outcome']['feature'], outcome: 'store_unavailable' },
  };
}
