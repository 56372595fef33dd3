/** True when `time` lies in [from, to): `from` inclusive, `to` exclusive, either may be absent. */
export function inRange(time: Date, q: { from?: Date; to?: Date }): boolean {
  const t = time.getTime();
  return (!q.from || t >= q.from.getTime()) && (!q.to || t < q.to.getTime());
}
