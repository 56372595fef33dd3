import { ActivityTypes, type TurnContext } from 'botbuilder';

const REPEAT_MS = 3000;

/** Sends "typing…" now and every few seconds until stopped (Teams shows it for about three seconds). */
export function createTypingIndicator(context: TurnContext) {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const send = () => context.sendActivity({ type: ActivityTypes.Typing }).catch(() => undefined);
  return {
    async start(): Promise<void> {
      if (stopped || timer) return;
      await send();
      timer = setInterval(() => void send(), REPEAT_MS);
      timer.unref();
    },
    stop(): void {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
