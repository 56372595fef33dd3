import { ActivityTypes, type TurnContext } from 'botbuilder';

/** A turn answered faster than this needs no "typing…" (it would only cost a request). */
const FIRST_AFTER_MS = 250;
/** Teams shows the indicator for about three seconds. */
const REPEAT_MS = 3000;

/** Sends "typing…" once the turn has taken a moment, and every few seconds after, until stopped. */
export function createTypingIndicator(context: TurnContext) {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const send = () => {
    if (!stopped) context.sendActivity({ type: ActivityTypes.Typing }).catch(() => undefined);
  };
  return {
    start(): void {
      if (stopped || timer) return;
      timer = setTimeout(() => {
        send();
        timer = setInterval(send, REPEAT_MS);
        timer.unref();
      }, FIRST_AFTER_MS);
      timer.unref();
    },
    stop(): void {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
