import type { ChatModel } from '../llm/types';
import { buildQaMessages, type QaPrompts } from './prompts';
import type { Answerer } from './types';

/** Creates the answerer that asks a chat model to answer from the numbered sources only. */
export function createGenerativeAnswerer(deps: { model: ChatModel; prompts: QaPrompts; maxSourceChars?: number }): Answerer {
  return {
    name: `llm:${deps.model.name}`,
    async answer({ question, sources, canStream }) {
      const messages = buildQaMessages(deps.prompts, question, sources, deps.maxSourceChars);
      if (canStream) return { kind: 'stream', chunks: deps.model.stream(messages) };
      return { kind: 'text', text: await deps.model.complete(messages) };
    },
  };
}
