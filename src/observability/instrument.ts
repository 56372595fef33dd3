import type { Gate } from '../gate/types';
import type { ChatModel } from '../llm/types';
import type { TurnRouter } from '../turns/route-turn';
import type { Metrics } from './metrics';

/** The turn router, counting each turn's feature and outcome and timing it. */
export function instrumentRouter(router: TurnRouter, metrics: Metrics): TurnRouter {
  return async (turn, opts) => {
    const end = metrics.turnSeconds.startTimer();
    try {
      const result = await router(turn, opts);
      end({ feature: result.outcome.feature });
      metrics.turns.inc({ feature: result.outcome.feature, outcome: result.outcome.outcome });
      return result;
    } catch (e) {
      end({ feature: 'unknown' });
      metrics.turns.inc({ feature: 'unknown', outcome: 'error' });
      throw e;
    }
  };
}

/** The gate, counting decisions by category (each category of a verdict once). */
export function instrumentGate(gate: Gate, metrics: Metrics): Gate {
  return {
    ...gate,
    screen: (text, opts) => {
      const verdict = gate.screen(text, opts);
      const categories = verdict.categories.length ? [...new Set(verdict.categories)] : ['none'];
      for (const category of categories) metrics.gateDecisions.inc({ decision: verdict.decision, category });
      return verdict;
    },
  };
}

/** The chat model, counting failed calls. */
export function instrumentModel(model: ChatModel, metrics: Metrics): ChatModel {
  return {
    name: model.name,
    complete: async (messages, opts) => {
      try {
        return await model.complete(messages, opts);
      } catch (e) {
        metrics.modelErrors.inc({ operation: 'complete' });
        throw e;
      }
    },
    stream: async function* (messages, opts) {
      try {
        yield* model.stream(messages, opts);
      } catch (e) {
        metrics.modelErrors.inc({ operation: 'stream' });
        throw e;
      }
    },
  };
}
