import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Process metrics (CPU, memory, event loop) are collected once per process, whatever the number of runtimes in it. */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: 'tlcv_' });
  }
  return processRegistry;
}

/** What the service reports at /metrics (Prometheus text format). Never message text, never user ids. */
export interface Metrics {
  registry: Registry;
  turns: Counter<'feature' | 'outcome'>;
  turnSeconds: Histogram<'feature'>;
  gateDecisions: Counter<'decision' | 'category'>;
  storeErrors: Counter<'repository' | 'kind'>;
  modelErrors: Counter<'operation'>;
  limited: Counter<'reason'>;
  /** Adds a gauge read at each scrape (outbox depth, queue depth…). */
  gauge(name: string, help: string, labelNames: string[], read: () => Record<string, number> | number): void;
  /** The Prometheus text of this runtime and of the process. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

/** Creates the metrics of one runtime, in its own registry (tests run several runtimes in one process). */
export function createMetrics(): Metrics {
  const registry = new Registry();
  const turns = new Counter({ name: 'tlcv_turns_total', help: 'Turns handled, by feature and outcome', labelNames: ['feature', 'outcome'] as const, registers: [registry] });
  const turnSeconds = new Histogram({
    name: 'tlcv_turn_duration_seconds', help: 'Time from the activity to the turn result (replies excluded), by feature', labelNames: ['feature'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers: [registry],
  });
  const gateDecisions = new Counter({ name: 'tlcv_gate_decisions_total', help: 'Sensitivity gate decisions by category (none: no category found)', labelNames: ['decision', 'category'] as const, registers: [registry] });
  const storeErrors = new Counter({ name: 'tlcv_store_errors_total', help: 'Failed store operations (unavailable: the database did not answer)', labelNames: ['repository', 'kind'] as const, registers: [registry] });
  const modelErrors = new Counter({ name: 'tlcv_model_errors_total', help: 'Failed calls to the language model', labelNames: ['operation'] as const, registers: [registry] });
  const limited = new Counter({ name: 'tlcv_turns_limited_total', help: 'Messages answered without a turn: rate_limited, busy', labelNames: ['reason'] as const, registers: [registry] });
  return {
    registry, turns, turnSeconds, gateDecisions, storeErrors, modelErrors, limited,
    gauge(name, help, labelNames, read) {
      new Gauge({
        name, help, labelNames, registers: [registry],
        collect() {
          const value = read();
          if (typeof value === 'number') this.set(value);
          else for (const [label, v] of Object.entries(value)) this.set({ [labelNames[0]]: label }, v);
        },
      });
    },
    async scrape() {
      const merged = Registry.merge([processMetrics(), registry]);
      return { contentType: merged.contentType, body: await merged.metrics() };
    },
  };
}
