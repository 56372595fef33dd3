// Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset gives its calendar days.
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Vietnam calendar day of an instant, as YYYY-MM-DD. */
export function vnDay(time: Date): string {
  return new Date(time.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Vietnam calendar day (YYYY-MM-DD) starts; undefined for an impossible date. */
export function vnDayStart(day: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(utc).toISOString().slice(0, 10) !== day) return undefined;
  return new Date(utc - VN_OFFSET_MS);
}

/** The start of the Vietnam day after `day`. */
export function vnNextDayStart(day: string): Date | undefined {
  const start = vnDayStart(day);
  return start && new Date(start.getTime() + DAY_MS);
}

/** "HH:mm dd/MM/yyyy" in Vietnam time, for messages to people. */
export function vnDateTime(time: Date): string {
  const iso = new Date(time.getTime() + VN_OFFSET_MS).toISOString();
  return `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

export { DAY_MS };
