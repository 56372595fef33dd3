import vi from './vi.json';
import { fillTemplate } from '../core/template';

/** The Vietnamese user-facing strings of the bot core (features keep their own files). */
export const messages = vi;

/** Fills `{name}` placeholders of a message template. */
export function format(template: string, values: Record<string, string | number>): string {
  return fillTemplate(template, values);
}
