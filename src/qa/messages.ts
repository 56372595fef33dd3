import messages from './messages.vi.json';

/** The Vietnamese user-facing strings of the Q&A feature. */
export type QaMessages = typeof messages;

/** The default Vietnamese strings (src/qa/messages.vi.json). */
export const qaMessages: QaMessages = messages;

/** Fills `{name}` slots of a message template. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}
