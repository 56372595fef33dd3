import { ChatOpenAI } from '@langchain/openai';
import type { BaseMessageLike } from '@langchain/core/messages';
import type { ChatMessage, ChatModel } from './types';

/** Options of the OpenAI-compatible chat model (Config.llm plus retry count). */
export interface OpenAiChatModelOptions {
  /** e.g. http://127.0.0.1:8000/v1 (vLLM, Ollama, llama.cpp server). */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Budget of one `complete` call (all attempts together); for `stream`, the longest wait for the next chunk. */
  timeoutMs: number;
  /** Extra attempts after a failure while budget remains (default 1). */
  maxRetries?: number;
  temperature?: number;
}

// Self-hosted servers usually need no key, but the OpenAI client refuses to start without one.
const PLACEHOLDER_KEY = 'not-needed';

/** Creates a ChatModel on any OpenAI-compatible server through langchain's ChatOpenAI. */
export function createOpenAiChatModel(opts: OpenAiChatModelOptions): ChatModel {
  const maxRetries = opts.maxRetries ?? 1;
  // Retries and timeouts are ours (below), so the client neither retries nor keeps its own clock.
  const client = new ChatOpenAI({
    model: opts.model,
    apiKey: opts.apiKey ?? PLACEHOLDER_KEY,
    configuration: { baseURL: opts.baseUrl, maxRetries: 0 },
    maxRetries: 0,
    temperature: opts.temperature ?? 0.1,
    useResponsesApi: false,
    streamUsage: false,
  });

  const toLangchain = (messages: ChatMessage[]): BaseMessageLike[] => messages.map((m) => [m.role === 'assistant' ? 'ai' : m.role, m.content] as [string, string]);

  return {
    name: opts.model,

    async complete(messages, callOpts = {}) {
      const deadline = Date.now() + opts.timeoutMs;
      let lastError: unknown;
      for (let attempt = 0; attempt <= maxRetries; attempt++) {
        const remaining = deadline - Date.now();
        if (remaining <= 0 || callOpts.signal?.aborted) break;
        const signal = combineSignals(callOpts.signal, AbortSignal.timeout(remaining));
        try {
          const result = await client.invoke(toLangchain(messages), { signal });
          return contentText(result.content);
        } catch (e) {
          lastError = e;
          if (callOpts.signal?.aborted) break;
        }
      }
      throw new ChatModelError(lastError === undefined ? 'timeout' : describe(lastError), lastError);
    },

    async *stream(messages, callOpts = {}) {
      let lastError: unknown;
      for (let attempt = 0; attempt <= maxRetries; attempt++) {
        let yielded = false;
        const idle = new IdleTimer(opts.timeoutMs);
        const signal = combineSignals(callOpts.signal, idle.signal);
        try {
          const chunks = await withAbort(client.stream(toLangchain(messages), { signal }), idle.signal);
          for await (const chunk of abortable(chunks, idle.signal)) {
            idle.reset();
            const text = contentText(chunk.content);
            if (text) {
              yielded = true;
              yield text;
            }
          }
          idle.stop();
          return;
        } catch (e) {
          idle.stop();
          lastError = e;
          // Once text has been shown a retry would repeat it; only a silent failure is retried.
          if (yielded || callOpts.signal?.aborted) break;
        }
      }
      throw new ChatModelError(describe(lastError), lastError);
    },
  };
}

/** A model call that failed after its retry (timeout, server error, unreachable server). */
export class ChatModelError extends Error {
  constructor(message: string, cause?: unknown) {
    super(`Chat model failed: ${message}`, { cause });
    this.name = 'ChatModelError';
  }
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (typeof p === 'string' ? p : typeof p?.text === 'string' ? p.text : '')).join('');
  return '';
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.name === 'AbortError' || /abort|timeout/i.test(e.message) ? 'timeout' : e.message.slice(0, 200);
  return String(e);
}

function combineSignals(...signals: (AbortSignal | undefined)[]): AbortSignal {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  return present.length === 1 ? present[0] : AbortSignal.any(present);
}

// Rejects when the signal fires even if the underlying promise ignores it.
function withAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('timeout'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

// Ends the iteration with an error as soon as the signal fires, even while waiting for the next chunk.
async function* abortable<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await withAbort(it.next(), signal);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    void it.return?.()?.catch(() => undefined);
  }
}

/** Aborts when no chunk arrived for `ms`; reset on each chunk. */
class IdleTimer {
  private readonly controller = new AbortController();
  private timer?: NodeJS.Timeout;
  constructor(private readonly ms: number) { this.reset(); }
  get signal(): AbortSignal { return this.controller.signal; }
  reset(): void {
    this.stop();
    this.timer = setTimeout(() => this.controller.abort(new Error('timeout')), this.ms);
    this.timer.unref?.();
  }
  stop(): void { if (this.timer) clearTimeout(this.timer); }
}
