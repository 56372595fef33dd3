import messages from './messages.vi.json';

/** The Vietnamese user-facing strings of the accounts feature. */
export const vi = messages;

/** Fills `{name}` placeholders of a message template; unknown placeholders are left as they are. */
export function format(template: string, vars: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = vars[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : whole;
  });
}
