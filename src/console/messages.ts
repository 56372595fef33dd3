import messages from './messages.vi.json';
import { fillTemplate } from '../core/template';

/** The console's Vietnamese strings. */
export const cv = messages;

/** Fills `{name}` placeholders; unknown placeholders stay as they are. */
export function fill(template: string, vars: Record<string, unknown>): string {
  return fillTemplate(template, vars);
}
