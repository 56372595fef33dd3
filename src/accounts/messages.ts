import messages from './messages.vi.json';
import { fillTemplate } from '../core/template';

/** The Vietnamese user-facing strings of the accounts feature. */
export const vi = messages;

/** Fills `{name}` placeholders of a message template; unknown placeholders are left as they are. */
export function format(template: string, vars: Record<string, unknown>): string {
  return fillTemplate(template, vars);
}
