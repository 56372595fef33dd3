import os from 'node:os';
import pino from 'pino';
import { currentRequestId } from '../observability/request-context';

/** The structured logger type used everywhere; never pass message text to it. */
export type Logger = pino.Logger;

/** Creates the JSON logger; `destination` lets tests capture lines. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      // The instance names itself, and each line written while a request is handled carries that request's id.
      base: { service: 'tro-ly-cong-vu', instance: os.hostname() },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      redact: { paths: ['text', '*.text', 'message.text'], censor: '[omitted]' },
    },
    destination,
  );
}
