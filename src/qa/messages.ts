import messages from './messages.vi.json';
import { fillTemplate } from '../core/template';

/** The Vietnamese user-facing strings of the Q&A feature. */
export type QaMessages = typeof messages;

/** The default Vietnamese strings (src/qa/messages.vi.json). */
export const qaMessages: QaMessages = messages;

/** Fills `{name}` slots of a message template. */
export function fill(template: string, values: Record<string, string>): string {
  return fillTemplate(template, values);
}

/** The "no basis" reply: the statement, then the rephrasing tips with their example question. */
export function noBasisText(m: QaMessages): string {
  return `${m.noBasis}\n\n${fill(m.noBasisHints, { example: m.examples.noBasis })}`;
}

/** The reply to a greeting, with its example question. */
export function greetingText(m: QaMessages): string {
  return fill(m.greeting, { example: m.examples.greeting });
}
