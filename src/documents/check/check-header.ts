import { typeByAbbr } from '../doc-types';
import type { DocxModel, Para } from '../docx/read-docx';
import { expectStyle, ratio, ruleUnder, segWidth } from './expect-style';
import { finding, type Finding } from './findings';
import type { DocParts } from './parts';

const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
const LOCAL_ABBR: Record<string, string> = { UBND: 'ỦY BAN NHÂN DÂN', HĐND: 'HỘI ĐỒNG NHÂN DÂN' };

/** Quốc hiệu, Tiêu ngữ, the organ names, the number line and the place and date (Phụ lục I, Phần I, Mục II, khoản 1–4). */
export function checkHeader(parts: DocParts, paras: Para[], doc: DocxModel | undefined): Finding[] {
  const fmt = !!doc;
  const out: Finding[] = [];
  const q = parts.quocHieu;
  if (!q) out.push(finding('quoc_hieu', 'quocHieuMissing', { part: 'quocHieu' }));
  else {
    const t = q.text.trim();
    if (t.toUpperCase() === t && t.replace('HOÀ', 'HÒA').replace(/\s+/g, ' ') !== QUOC_HIEU) out.push(finding('quoc_hieu', 'quocHieuText', { part: 'quocHieu', seg: q, fix: { kind: 'text', paragraph: q.para.index, from: q.text, to: QUOC_HIEU, at: q.offset }, fixLabel: QUOC_HIEU }));
    out.push(...expectStyle('quoc_hieu', 'quocHieu', q, { upper: true, bold: true, italic: false, size: [12, 13] }, fmt));
  }
  const tn = parts.tieuNgu;
  if (q && !tn) out.push(finding('tieu_ngu', 'tieuNguMissing', { part: 'tieuNgu' }));
  if (tn) {
    if (tn.text.trim().replace(/\s+/g, ' ') !== TIEU_NGU) out.push(finding('tieu_ngu', 'tieuNguText', { part: 'tieuNgu', seg: tn, fix: { kind: 'text', paragraph: tn.para.index, from: tn.text, to: TIEU_NGU, at: tn.offset }, fixLabel: TIEU_NGU }));
    out.push(...expectStyle('tieu_ngu', 'tieuNgu', tn, { bold: true, italic: false, size: [13, 14] }, fmt));
    if (fmt) {
      const line = ruleUnder(doc, paras, tn);
      if (line === undefined) out.push(finding('tieu_ngu', 'tieuNguLine', { part: 'tieuNgu', seg: tn }));
      else {
        const r = line / segWidth(tn, doc);
        if (r < 0.75 || r > 1.35) out.push(finding('tieu_ngu', 'tieuNguLineLength', { part: 'tieuNgu', seg: tn, values: { ratio: ratio(r) } }));
      }
    }
  }
  out.push(...checkOrgan(parts, paras, doc));
  out.push(...checkNumber(parts, fmt));
  out.push(...checkDate(parts, fmt));
  return out;
}

function checkOrgan(parts: DocParts, paras: Para[], doc: DocxModel | undefined): Finding[] {
  const fmt = !!doc;
  const out: Finding[] = [];
  if (!parts.issuer.length) {
    if (parts.quocHieu) out.push(finding('co_quan', 'issuerMissing', { part: 'issuer' }));
    return out;
  }
  for (const seg of parts.parent) out.push(...expectStyle('co_quan', 'parent', seg, { upper: true, italic: false, size: [12, 13], notBoldSoft: true }, fmt));
  for (const seg of parts.issuer) {
    out.push(...expectStyle('co_quan', 'issuer', seg, { upper: true, bold: true, italic: false, size: [12, 13] }, fmt));
    // The issuing organ itself written short ("UBND XÃ TÂN LẬP"); a name that contains one ("VĂN PHÒNG HĐND VÀ UBND") is its usual form.
    for (const m of seg.text.matchAll(/^\s*(UBND|HĐND|TP\.)(?![\p{L}])/gu)) {
      const full = LOCAL_ABBR[m[1]];
      out.push(finding('co_quan', 'issuerAbbrev', {
        part: 'issuer', seg, values: { abbr: m[1] },
        fix: full ? { kind: 'text', paragraph: seg.para.index, from: m[1], to: full, at: seg.offset + (m.index ?? 0) + m[0].indexOf(m[1]) } : undefined,
        fixLabel: full,
      }));
    }
  }
  if (fmt) {
    const last = parts.issuer[parts.issuer.length - 1];
    const widest = Math.max(...parts.issuer.map((s) => segWidth(s, doc)));
    const line = ruleUnder(doc, paras, last);
    if (line === undefined) out.push(finding('co_quan', 'issuerLine', { part: 'issuer', seg: last }));
    else {
      const r = line / widest;
      if (r < 0.28 || r > 0.6) out.push(finding('co_quan', 'issuerLineLength', { part: 'issuer', seg: last, values: { ratio: ratio(r) } }));
    }
  }
  return out;
}

const NUMBER_LINE = /^(\s*)(S[ốỐoO]|s[ốo])(\s*)([:.]?)(\s*)([\d.…_ ]*?)(\s*)\/(\s*)(.+?)\s*$/;

function checkNumber(parts: DocParts, fmt: boolean): Finding[] {
  const seg = parts.soKyHieu;
  if (!seg) return parts.quocHieu ? [finding('so_ky_hieu', 'soMissing', { part: 'soKyHieu' })] : [];
  const out: Finding[] = [];
  out.push(...expectStyle('so_ky_hieu', 'soKyHieu', seg, { italic: false, size: [13, 13] }, fmt));
  const m = NUMBER_LINE.exec(seg.text);
  if (!m) return [...out, finding('so_ky_hieu', 'soForm', { part: 'soKyHieu', seg })];
  const [, lead, word, gap1, colon, gap2, num, gap3, gap4, symbol] = m;
  const digits = num.trim();
  const groups = symbol.split(/\s*[-–]\s*/);
  const blank = !/\d/.test(digits);
  const fixedNum = blank ? num : digits.padStart(2, '0');
  const fixedSymbol = groups.join('-');
  const wrongForm = word !== 'Số' || colon !== ':' || gap1 !== '' || (!blank && (digits.length < 2 || gap3 !== '')) || gap4 !== '' || /\s/.test(symbol.replace(/\s*[-–]\s*/g, '-')) || /[–]|\s-|-\s/.test(symbol);
  if (wrongForm) {
    const to = `${lead}Số:${blank ? `${gap2 || ' '}${num}` : ` ${fixedNum}`}/${fixedSymbol}`;
    out.push(finding('so_ky_hieu', 'soForm', { part: 'soKyHieu', seg, fix: !/\s/.test(fixedSymbol) ? { kind: 'text', paragraph: seg.para.index, from: seg.text, to, at: seg.offset } : undefined, fixLabel: to.trim() }));
  }
  // The symbol is written in capitals; Phụ lục III's own abbreviations keep their small letters (TTr, QyĐ, CTr).
  const head = groups[0];
  const official = typeByAbbr(head);
  const rest = official ? groups.slice(1).join('') : fixedSymbol;
  if (rest !== rest.toUpperCase()) out.push(finding('so_ky_hieu', 'soCase', { part: 'soKyHieu', seg }));
  out.push(...checkAbbreviation(parts, head, groups.length));
  return out;
}

function checkAbbreviation(parts: DocParts, head: string, groups: number): Finding[] {
  const seg = parts.soKyHieu;
  const type = parts.type;
  if (!seg || !type) return [];
  if (type.code === 'cong_van') {
    return head.toUpperCase() === 'CV' || (typeByAbbr(head) && groups < 2) ? [finding('viet_tat', 'congVanAbbr', { part: 'soKyHieu', seg, values: { found: head } })] : [];
  }
  if (!type.abbr || head.toUpperCase() === type.abbr.toUpperCase()) return [];
  const at = seg.text.indexOf(`/${head}`);
  return [finding('viet_tat', 'typeAbbr', {
    part: 'soKyHieu', seg, values: { found: head, type: type.name.toLowerCase(), abbr: type.abbr },
    fix: at >= 0 ? { kind: 'text', paragraph: seg.para.index, from: `/${head}`, to: `/${type.abbr}` } : undefined,
    fixLabel: type.abbr,
  })];
}

const DATE_LINE = /^(\s*)([^,]*?)(\s*)(,?)(\s*)(ngày|Ngày|NGÀY)(\s+)([\d.…_ ]*?)(\s+)(tháng|Tháng|THÁNG)(\s+)([\d.…_ ]*?)(\s+)(năm|Năm|NĂM)(\s+)([\d.…_ ]+)\s*$/;

function checkDate(parts: DocParts, fmt: boolean): Finding[] {
  const seg = parts.diaDanhNgay;
  if (!seg) return parts.quocHieu ? [finding('dia_danh_ngay', 'dateMissing', { part: 'diaDanhNgay' })] : [];
  const out = expectStyle('dia_danh_ngay', 'diaDanhNgay', seg, { italic: true, size: [13, 14], notUpper: true }, fmt);
  const numeric = /,?\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\s*$/.exec(seg.text);
  const m = DATE_LINE.exec(seg.text);
  if (!m) {
    if (numeric) out.push(finding('dia_danh_ngay', 'dateNumeric', { part: 'diaDanhNgay', seg, values: { found: numeric[1] } }));
    return out;
  }
  const [, lead, place, , comma, , ngay, , day, , thang, , month, , nam, , year] = m;
  if (!comma && place) out.push(finding('dia_danh_ngay', 'dateComma', { part: 'diaDanhNgay', seg, fix: { kind: 'text', paragraph: seg.para.index, from: place, to: `${place},` }, fixLabel: `${place},` }));
  if (place && place.split(/[\s-]+/).some((w) => /^\p{Ll}/u.test(w))) {
    const to = place.split(' ').map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
    out.push(finding('dia_danh_ngay', 'placeCase', { part: 'diaDanhNgay', seg, fix: { kind: 'text', paragraph: seg.para.index, from: place, to }, fixLabel: to }));
  }
  const d = day.trim();
  const mo = month.trim();
  const dayOk = !/^\d+$/.test(d) || Number(d) >= 10 || /^0\d$/.test(d);
  const monthNum = Number(mo);
  // The decree asks a zero before days under 10 and months 1 and 2; it says nothing of "tháng 03".
  const monthOk = !/^\d+$/.test(mo) || monthNum > 2 || /^0[12]$/.test(mo);
  if (!dayOk || !monthOk || ngay !== 'ngày' || thang !== 'tháng' || nam !== 'năm') {
    const fd = /^\d+$/.test(d) && Number(d) < 10 ? d.padStart(2, '0') : d;
    const fm = /^\d+$/.test(mo) && monthNum <= 2 ? String(monthNum).padStart(2, '0') : mo;
    const to = `${lead}${place}${place ? ', ' : ''}ngày ${fd} tháng ${fm} năm ${year.trim()}`;
    const key = !dayOk || !monthOk ? 'dateForm' : 'dateWord';
    {
      out.push(finding('dia_danh_ngay', key, { part: 'diaDanhNgay', seg, fix: { kind: 'text', paragraph: seg.para.index, from: seg.text, to, at: seg.offset }, fixLabel: to.trim() }));
    }
  }
  return out;
}
