/** One message of a chat completion request. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A chat model on an OpenAI-compatible server (vLLM, Ollama, llama.cpp…); framework-free view. */
export interface ChatModel {
  /** Model name, for the record of which answerer produced an answer. */
  readonly name: string;
  /** Returns the whole completion; rejects on timeout or server error (after the configured retry). */
  complete(messages: ChatMessage[], opts?: { signal?: AbortSignal }): Promise<string>;
  /** Yields the completion in chunks as the server streams it. */
  stream(messages: ChatMessage[], opts?: { signal?: AbortSignal }): AsyncIterable<string>;
}
