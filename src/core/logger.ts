import pino from 'pino';

/** The structured logger type used everywhere; never pass message text to it. */
export type Logger = pino.Logger;

/** Creates the JSON logger; `destination` lets tests capture lines. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { service: 'tro-ly-cong-vu' }, redact: { paths: ['text', '*.text', 'message.text'], censor: '[omitted]' } }, destination);
}
