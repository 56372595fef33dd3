/** JSON (de)serialisation that keeps Date values, for files written by the embedded store and the outbox. */

const DATE_KEY = '$date';

/** True for a Date from any realm (structuredClone and test sandboxes make Dates that fail `instanceof`). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** JSON.stringify that encodes Date values as {"$date": iso}. */
export function stringifyWithDates(value: unknown): string {
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, v: unknown) {
    const original = key === '' ? value : this[key];
    return isDate(original) ? { [DATE_KEY]: original.toISOString() } : v;
  });
}

/** JSON.parse that turns {"$date": iso} back into Date values. */
export function parseWithDates<T = unknown>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const iso = (v as Record<string, unknown>)[DATE_KEY];
      if (keys.length === 1 && typeof iso === 'string') return new Date(iso);
    }
    return v;
  }) as T;
}
