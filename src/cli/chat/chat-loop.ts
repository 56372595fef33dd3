import readline from 'node:readline';
import { createInputBatcher, type ChatInput } from './input-batcher';

/** What a chat client's input handler may do to the loop. */
export interface ChatLoop {
  /** Ends the loop after the input being handled. */
  quit(): void;
}

/**
 * The terminal side of a chat client: lines batched into inputs (a paste is one message), each handled in order after
 * the reply to the one before, the prompt shown after each; resolves once the person quits or the input ends.
 */
export async function runChatLoop(opts: { pasteMs: number; start?: () => Promise<unknown>; handle: (input: ChatInput, loop: ChatLoop) => Promise<void> }): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'Bạn: ' });
  let quitting = false;
  const loop: ChatLoop = {
    quit: () => {
      quitting = true;
      rl.close();
    },
  };
  let queue = Promise.resolve();
  const batcher = createInputBatcher({
    pasteMs: opts.pasteMs,
    onInput: (input) => {
      queue = queue
        .then(() => (quitting ? undefined : opts.handle(input, loop)))
        .then(() => {
          if (!quitting) rl.prompt();
        });
    },
  });
  await opts.start?.();
  rl.prompt();
  rl.on('line', (line) => batcher.push(line));
  await new Promise<void>((resolve) => rl.once('close', () => resolve()));
  batcher.end();
  await queue;
}
