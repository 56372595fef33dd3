import type { Config } from '../config';
import type { Logger } from '../core/logger';
import type { GatePolicy } from '../gate';
import type { Gate } from '../gate/types';
import { createOpenAiChatModel } from '../llm/openai-chat-model';
import { loadGuardPrompts } from '../second-opinion/guard-prompt';
import { createSecondOpinion, type SecondOpinion } from '../second-opinion/second-opinion';

/** The gate's second opinion when the configuration asks for one (on-premises, a model, not switched off); else none. */
export function createSecondOpinionFromConfig(config: Config, deps: { gate: Gate; policy: GatePolicy; logger: Logger }): SecondOpinion | undefined {
  const opinion = config.gate.secondOpinion;
  if (!opinion || !config.llm || config.gate.zone !== 'onprem') return undefined;
  // Its own client: one attempt, a short clock, no sampling, so the guard stays quick and repeatable.
  const model = createOpenAiChatModel({ baseUrl: config.llm.baseUrl, model: config.llm.model, apiKey: config.llm.apiKey, timeoutMs: opinion.timeoutMs, maxRetries: 0, temperature: 0 });
  deps.logger.info({ timeoutMs: opinion.timeoutMs }, 'gate second opinion: on-premises model asked about uncertain messages');
  return createSecondOpinion({
    gate: deps.gate,
    table: deps.policy.zones[config.gate.zone],
    placeholders: deps.policy.placeholders,
    model,
    prompts: loadGuardPrompts(),
    timeoutMs: opinion.timeoutMs,
    logger: deps.logger,
  });
}
