/** Lower-cases and strips Vietnamese diacritics (đ → d): for matching words typed with or without accents. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
