/** Disguises of a level-4 text the gate must still block (the policy's list of evasions), applied to its markings. */

const MARKING = /(tuyệt mật|tối mật|độ mật|mật|chỉ người có tên mới được bóc bì|tài liệu thu hồi|bí mật nhà nước)/giu;
const stripMarks = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const onMarkings = (f: (m: string) => string) => (t: string): string => t.replace(MARKING, f);
const letters = (sep: string) => (m: string): string => m.split(' ').map((w) => [...w].join(sep)).join(sep === ' ' ? '  ' : ' ');

/** Named text transformations: each returns the disguised text (the same text when it has nothing to disguise). */
export const EVASIONS: Record<string, (t: string) => string> = {
  'no diacritics': stripMarks,
  NFD: (t) => t.normalize('NFD'),
  'upper case': (t) => t.toUpperCase(),
  'lower case': (t) => t.toLowerCase(),
  'marking without diacritics in capitals': onMarkings((m) => stripMarks(m).toUpperCase()),
  'zero-width inside markings': onMarkings((m) => [...m].join('\u200b')),
  'spaced letters': onMarkings(letters(' ')),
  'dotted letters': onMarkings(letters('.')),
  'mixed case': onMarkings((m) => [...m].map((c, i) => (i % 2 ? c.toLowerCase() : c.toUpperCase())).join('')),
};
