import vi from './messages.vi.json';
import { fillTemplate } from '../core/template';

/** The document checker's and drafter's Vietnamese strings. */
export const messages = vi;

/** Fills `{name}` placeholders of a message template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return fillTemplate(template, values);
}
