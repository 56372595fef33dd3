// Documents a question names ("Luật Cư trú", "Nghị định 100/2019", "bộ luật lao động") and whether the knowledge
// base holds them: a question about a named law the base lacks has no basis, however close other articles look.
import type { IndexData } from '../index/index-data';
import { normalizeText, stripDiacritics, syllables } from '../normalize';
import { soHieuKey } from './reference';

const TYPES = [['bộ', 'luật'], ['luật'], ['nghị', 'định'], ['thông', 'tư', 'liên', 'tịch'], ['thông', 'tư'], ['pháp', 'lệnh'], ['nghị', 'quyết']];
const NUMBER_REF = /(?:^| )(\d{1,4}) ?\/ ?(\d{4})(?: ?\/ ?[a-z0-9-]+)?/gu;
// Words that end a document's name in a question ("luật cư trú quy định …", "luật này", "theo luật thì …"),
// compared with their diacritics: folded, "cán" and "cần", "sổ" and "số" would be one word.
const NOT_A_LAW = new Set(syllables('kỷ pháp điều vi phạm thi hành thuật'));
const STOP = new Set(syllables('quy định về có thì thế như năm mới hiện số này nói mà được không cho tại theo là gì nào cần phải để khi sẽ và hay hoặc sửa đổi bổ sung ban của nhất nay đó đã trên với ra bị thì áp dụng gồm những các'));

const fold = (s: string): string => stripDiacritics(normalizeText(s)).toLowerCase().replace(/[^a-z0-9/]+/g, ' ').trim();

/** Finds the documents a question names and says whether the index lacks any of them. */
export function createNamedDocuments(data: IndexData) {
  const byType = new Map<string, { name: string; doc: number; year: string }[]>();
    const byNumber = new Map<string, number[]>();
  data.documents.forEach((d, i) => {
    const key = soHieuKey(d.soHieu);
    if (key) byNumber.set(key, [...(byNumber.get(key) ?? []), i]);
    const type = fold(d.loaiVanBan ?? '');
    const names = byType.get(type) ?? [];
    names.push({ name: ` ${fold(d.ten ?? '')} `, doc: i, year: (d.ngayBanHanh ?? '').slice(0, 4) || /\/(\d{4})\//.exec(d.soHieu ?? '')?.[1] || '' });
    byType.set(type, names);
  });
  /** Documents of that type whose name holds the words (and issued that year, when the question gives one). */
  const held = (type: string, name: string, year?: string): number[] => {
    const wanted = ` ${name} `;
    const out: number[] = [];
    for (const [t, names] of byType) {
      // "luật" also finds "bộ luật"; a name may sit inside a longer title ("Luật Đất đai" in "Luật Đất đai 2024").
      if (!(t === type || t.endsWith(type) || (type === 'luat' && t.includes('luat')))) continue;
      for (const n of names) if (n.name.includes(wanted) && (!year || n.year === year)) out.push(n.doc);
    }
    return out;
  };
  /**
   * The documents a question cites (read with diacritics, restored if need be): those the index holds (document
   * indexes) and the names and numbers no document matches.
   */
  return (question: string): { held: Set<number>; missing: string[] } => {
    const missing: string[] = [];
    const found = new Set<number>();
    for (const m of ` ${fold(question)} `.matchAll(NUMBER_REF)) {
      const docs = byNumber.get(`${Number(m[1])}/${m[2]}`);
      if (docs) docs.forEach((d) => found.add(d));
      else missing.push(`${Number(m[1])}/${m[2]}`);
    }
    const toks = syllables(question);
    for (let i = 0; i < toks.length; i++) {
      const type = TYPES.find((t) => t.every((w, j) => toks[i + j] === w));
      // "kỷ luật", "pháp luật", "điều luật" are not a document's type.
      if (!type || (type[0] === 'luật' && NOT_A_LAW.has(toks[i - 1] ?? ''))) continue;
      const words: string[] = [];
      let j = i + type.length;
      for (; j < toks.length && words.length < 7; j++) {
        if (STOP.has(toks[j]) || /^\d/.test(toks[j])) break;
        words.push(toks[j]);
      }
      // "Luật Cư trú 2020": the year tells which one (the corpus may hold an older law of the same name).
      const year = /^(19|20)\d\d$/.test(toks[j] ?? '') && words.length > 0 ? toks[j] : undefined;
      i += type.length - 1;
      // No name after the type ("luật này", "theo luật thì") names nothing.
      if (words.length === 0) continue;
      const name = words.join(' ');
      const docs = held(fold(type.join(' ')), fold(name), year);
      if (docs.length) docs.forEach((d) => found.add(d));
      else missing.push(`${type.join(' ')} ${name}${year ? ` ${year}` : ''}`);
    }
    return { held: found, missing };
  };
}
