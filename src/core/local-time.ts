// Vietnam keeps UTC+7 all year (no daylight saving): a fixed offset gives its wall-clock time.
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The Vietnam wall-clock time of an instant, as a Date whose UTC fields read that time (what a spreadsheet cell shows). */
export function vnWallClock(time: Date): Date {
  return new Date(time.getTime() + VN_OFFSET_MS);
}

/** "YYYY-MM-DD HH:mm:ss" in Vietnam time: ISO-like text that Excel and LibreOffice read as a date and time. */
export function vnIsoText(time: Date): string {
  return vnWallClock(time).toISOString().slice(0, 19).replace('T', ' ');
}
