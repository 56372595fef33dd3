/** The longest text the Zalo Bot API takes in one sendMessage. */
export const ZALO_MAX_CHARS = 2000;

/** Room kept in every part for its " (n/N)" number. */
const NUMBER_ROOM = 10;

/**
 * Splits a long reply into messages of at most `max` characters, cutting at paragraph, line or sentence ends (a word
 * boundary, or a hard cut, only when a single sentence is longer), and numbers them "(1/3)" when there are several.
 */
export function splitMessage(text: string, max = ZALO_MAX_CHARS): string[] {
  const body = text.trim();
  if (body.length <= max) return [body];
  const limit = max - NUMBER_ROOM;
  const parts: string[] = [];
  let rest = body;
  while (rest.length > limit) {
    const cut = cutPoint(rest, limit);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts.map((p, i) => `${p} (${i + 1}/${parts.length})`);
}

// The last good place to cut within `limit`: a blank line, a line end, a sentence end, a space, else the limit.
function cutPoint(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  const floor = Math.floor(limit / 3);
  for (const pattern of [/\n\s*\n/g, /\n/g, /[.!?…;:](?=\s)/g, /\s/g]) {
    let best = -1;
    for (const m of window.matchAll(pattern)) {
      const end = (m.index ?? 0) + m[0].length;
      if (end <= limit) best = end;
    }
    if (best >= floor) return best;
  }
  return limit;
}
