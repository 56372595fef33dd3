import messages from './messages.vi.json';

/** The console's Vietnamese strings. */
export const cv = messages;

/** Fills `{name}` placeholders; unknown placeholders stay as they are. */
export function fill(template: string, vars: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = vars[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : whole;
  });
}
