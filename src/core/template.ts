const SINGLE = /\{(\w+)\}/g;
const DOUBLE = /\{\{(\w+)\}\}/g;

/**
 * The one templating rule of the service: `{name}` (or `{{name}}` in prompt files) is replaced by the value of `name`
 * when it is a string or a number; any other placeholder stays as written, so a missing value shows, never "undefined".
 */
export function fillTemplate(template: string, values: Record<string, unknown>, opts: { double?: boolean } = {}): string {
  return template.replace(opts.double ? DOUBLE : SINGLE, (whole, key: string) => {
    const v = values[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : whole;
  });
}
