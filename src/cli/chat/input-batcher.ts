/** One input of the chat client: a `:command` line, a message (several lines when pasted), or the start of a `:paste` block. */
export type ChatInput =
  | { kind: 'command'; text: string }
  | { kind: 'message'; text: string }
  | { kind: 'paste-started' };

export interface InputBatcher {
  /** One line as the terminal gave it (without its line break). */
  push(line: string): void;
  /** The input ended: sends what is pending (an unclosed `:paste` block included). */
  end(): void;
}

/** Timers, replaceable in tests. */
export interface BatcherTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: BatcherTimers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as NodeJS.Timeout) };

/** Drops blank lines at both ends and trailing spaces, keeping the lines in between as they are. */
function joinLines(lines: string[]): string {
  const trimmed = lines.map((l) => l.replace(/\s+$/, ''));
  while (trimmed.length && !trimmed[0]) trimmed.shift();
  while (trimmed.length && !trimmed[trimmed.length - 1]) trimmed.pop();
  return trimmed.join('\n');
}

/**
 * Groups terminal lines into inputs, as Teams sends a pasted text: lines that arrive within `pasteMs` of each other (a paste)
 * make one message; a line typed alone is a message or a `:command`; `:paste` … `:end` collects lines explicitly.
 */
export function createInputBatcher(opts: { pasteMs: number; onInput: (input: ChatInput) => void; timers?: BatcherTimers }): InputBatcher {
  const timers = opts.timers ?? realTimers;
  let pending: string[] = [];
  let timer: unknown;
  let block: string[] | undefined;

  const emitMessage = (lines: string[]) => {
    const text = joinLines(lines);
    if (text) opts.onInput({ kind: 'message', text });
  };

  const handle = (batch: string[]) => {
    if (batch.length === 0) return;
    if (block) {
      const end = batch.findIndex((l) => l.trim() === ':end');
      if (end < 0) return void block.push(...batch);
      emitMessage([...block, ...batch.slice(0, end)]);
      block = undefined;
      return handle(batch.slice(end + 1));
    }
    if (batch[0].trim() === ':paste') {
      block = [];
      opts.onInput({ kind: 'paste-started' });
      return handle(batch.slice(1));
    }
    if (batch.length === 1 && batch[0].trim().startsWith(':')) return opts.onInput({ kind: 'command', text: batch[0].trim() });
    emitMessage(batch);
  };

  const flush = () => {
    timer = undefined;
    const batch = pending;
    pending = [];
    handle(batch);
  };

  return {
    push(line) {
      pending.push(line);
      if (timer !== undefined) timers.clear(timer);
      timer = timers.set(flush, opts.pasteMs);
    },
    end() {
      if (timer !== undefined) timers.clear(timer);
      flush();
      if (block) {
        emitMessage(block);
        block = undefined;
      }
    },
  };
}
