// Advance widths (1/1000 em) of Times Roman and Times Bold for ASCII 32–126, from Adobe's core-font metrics (AFM),
// as @pdf-lib/standard-fonts ships them. Vietnamese letters take the width of their base letter.
const REGULAR = '250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541';
const BOLD = '250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520';
const widths = { regular: REGULAR.split(',').map(Number), bold: BOLD.split(',').map(Number) };

function base(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  return ch.normalize('NFD')[0] ?? ch;
}

/** The printed width in points of `text` set in Times New Roman at `size` points. */
export function textWidth(text: string, size: number, bold: boolean): number {
  const table = bold ? widths.bold : widths.regular;
  let units = 0;
  for (const ch of text) {
    const code = base(ch).charCodeAt(0);
    units += code >= 32 && code < 127 ? table[code - 32] : 500;
  }
  return (units * size) / 1000;
}
