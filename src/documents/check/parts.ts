import { foldDiacritics } from '../../core/vietnamese';
import { typeByName, typeByCode, type DocType } from '../doc-types';
import type { Para } from '../docx/read-docx';
import { isRuleOnly, segmentsOf, type Segment } from './segments';

/** The parts of an administrative document's layout (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục IV: ô số 1–9). */
export interface DocParts {
  segments: Segment[];
  quocHieu?: Segment;
  tieuNgu?: Segment;
  /** Tên cơ quan, tổ chức chủ quản trực tiếp (lines above the issuing body). */
  parent: Segment[];
  /** Tên cơ quan, tổ chức ban hành văn bản. */
  issuer: Segment[];
  soKyHieu?: Segment;
  diaDanhNgay?: Segment;
  /** "V/v …" of a công văn (ô số 5b). */
  vv: Segment[];
  tenLoai?: Segment;
  trichYeu: Segment[];
  kinhGui: Segment[];
  body: Segment[];
  /** Quyền hạn and chức vụ of the signer (ô số 7a). */
  authority: Segment[];
  signerName?: Segment;
  noiNhanLabel?: Segment;
  noiNhan: Segment[];
  /** The type named by the tên loại, công văn when there is a "V/v", else undefined. */
  type?: DocType;
  /** Paragraph indexes that belong to a layout part (not body). */
  layout: Set<number>;
}

const fold = (s: string) => foldDiacritics(s).replace(/\s+/g, ' ').trim();
const QUOC_HIEU = /^cong hoa xa hoi chu nghia viet nam$/;
const TIEU_NGU = /^doc lap\s*[-–—‐]?\s*tu do\s*[-–—‐]?\s*hanh phuc$/;
const SO = /^\s*s[ốoóỐO]\s*[:.]?\s*(?:\d|[.…_ ]*\/)/i;
const DATE = /ng[aà]y\b.*th[aá]ng\b.*n[aă]m\b|,\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*$/i;
const VV = /^\s*(?:v\s*\/\s*v|v\.v\.?|về việc)\b/i;
const AUTHORITY = /^\s*(?:TM|KT|TL|TUQ|Q)\s*[.:]?\s+\S/;
const ORGAN_HEAD = /^(?:ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|BỘ|SỞ|PHÒNG|VĂN PHÒNG|CHI CỤC|CỤC|TỔNG CỤC|VỤ|BAN|TRUNG TÂM|TRƯỜNG|THANH TRA|KHO BẠC|BỆNH VIỆN|VIỆN|ĐẢNG ỦY|ĐẢNG BỘ|HUYỆN ỦY|TỈNH ỦY|CÔNG AN|BỘ CHỈ HUY|BAN CHỈ HUY|ĐOÀN|HỘI|LIÊN ĐOÀN|CÔNG TY|TẬP ĐOÀN|ĐÀI|BÁO|QUỸ|NGÂN HÀNG|TÒA ÁN|TOÀ ÁN|VIỆN KIỂM SÁT|ĐẠI HỌC)\b/;
const PLACEHOLDER = /^\s*\((?:đã ký|ký|chữ ký|ký tên|ký,? ghi rõ|ký số|ký và đóng dấu)[^)]*\)\s*$/i;

/** Finds the layout parts of a document from its paragraphs (formatted .docx or plain text lines). */
export function findParts(paras: Para[]): DocParts {
  const segments = segmentsOf(paras);
  const parts: DocParts = { segments, parent: [], issuer: [], vv: [], trichYeu: [], kinhGui: [], body: [], authority: [], noiNhan: [], layout: new Set() };
  const text = (s: Segment) => s.text.trim();
  const head = segments.slice(0, 40);
  parts.quocHieu = head.find((s) => QUOC_HIEU.test(fold(s.text)));
  const qAt = parts.quocHieu ? segments.indexOf(parts.quocHieu) : -1;
  parts.tieuNgu = head.slice(qAt + 1, qAt + 4).find((s) => TIEU_NGU.test(fold(s.text)));
  parts.soKyHieu = head.find((s) => SO.test(s.text) && s !== parts.quocHieu);
  parts.diaDanhNgay = head.find((s) => DATE.test(s.text) && s !== parts.soKyHieu && !VV.test(s.text) && text(s).length < 90);

  // The left column of the header: cells left of the Quốc hiệu, left sides of tab lines, or lines before it.
  const q = parts.quocHieu;
  const headerTable = q?.para.cell?.table;
  const soAt = parts.soKyHieu ? segments.indexOf(parts.soKyHieu) : -1;
  const isLeft = (s: Segment) => {
    if (q?.para.cell && s.para.cell) return s.para.cell.table === headerTable && s.para.cell.col < q.para.cell.col;
    if (s.side === 1) return false;
    return !([parts.quocHieu, parts.tieuNgu, parts.diaDanhNgay] as (Segment | undefined)[]).includes(s) && s.para.ppr.align !== 'right';
  };
  const limit = soAt >= 0 ? soAt : Math.max(qAt, 0);
  const organ = head.slice(0, limit).filter((s) => isLeft(s) && text(s) && !isRuleOnly(s) && !QUOC_HIEU.test(fold(s.text)) && !TIEU_NGU.test(fold(s.text)));
  splitOrgan(organ, parts);
  if (parts.soKyHieu) {
    const after = head.slice(soAt + 1, soAt + 6);
    const vvAt = after.findIndex((s) => VV.test(s.text) && isLeft(s));
    if (vvAt >= 0) {
      parts.vv.push(after[vvAt]);
      // A long trích yếu continues on the next lines of the same cell.
      for (const s of after.slice(vvAt + 1)) {
        if (!text(s) || isRuleOnly(s) || !isLeft(s) || s.para.cell === undefined || s === parts.diaDanhNgay) break;
        parts.vv.push(s);
      }
    }
  }
  const headerSegs = [parts.quocHieu, parts.tieuNgu, parts.soKyHieu, parts.diaDanhNgay, ...parts.parent, ...parts.issuer, ...parts.vv].filter((s): s is Segment => !!s);
  let headerEnd = Math.max(-1, ...headerSegs.map((s) => segments.indexOf(s)));
  if (headerTable !== undefined) while (headerEnd + 1 < segments.length && segments[headerEnd + 1].para.cell?.table === headerTable) headerEnd++;

  // Tên loại, trích yếu, Kính gửi.
  let i = headerEnd + 1;
  while (i < segments.length && (!text(segments[i]) || isRuleOnly(segments[i]))) i++;
  const typed = segments[i] && typeByName(text(segments[i]));
  if (typed && typed.code !== 'cong_van' && !parts.vv.length) {
    parts.tenLoai = segments[i];
    parts.type = typed;
    i++;
    while (i < segments.length && parts.trichYeu.length < 4) {
      const s = segments[i];
      if (!text(s)) {
        if (parts.trichYeu.length) break;
        i++;
        continue;
      }
      if (isRuleOnly(s) || /^(?:kính gửi|căn cứ)/i.test(text(s)) || (s.para.ppr.align !== 'center' && parts.trichYeu.length > 0)) break;
      parts.trichYeu.push(s);
      i++;
    }
  } else if (parts.vv.length) {
    parts.type = typeByCode('cong_van');
  }
  while (i < segments.length && (!text(segments[i]) || isRuleOnly(segments[i]))) i++;
  if (segments[i] && /^kính gửi/i.test(text(segments[i]))) {
    parts.kinhGui.push(segments[i]);
    i++;
    while (i < segments.length && /^\s*[-–+•]\s*\S/.test(segments[i].text) && /:\s*$/.test(parts.kinhGui[0].text)) parts.kinhGui.push(segments[i++]);
  }
  const bodyStart = i;

  findSignature(segments, bodyStart, parts);
  const sigStart = Math.min(
    ...[parts.noiNhanLabel, ...parts.authority].filter((s): s is Segment => !!s).map((s) => firstOfBlock(segments, s)),
    segments.length,
  );
  for (const s of segments.slice(bodyStart, sigStart)) {
    if (!text(s) || isRuleOnly(s) || s.para.cell) continue;
    parts.body.push(s);
  }
  for (const s of [...headerSegs, parts.tenLoai, ...parts.trichYeu, ...parts.kinhGui, parts.noiNhanLabel, ...parts.noiNhan, ...parts.authority, parts.signerName]) {
    if (s) parts.layout.add(s.para.index);
  }
  return parts;
}

// Parent organ lines, then the issuing organ (bold in a compliant file; by its head word otherwise).
function splitOrgan(organ: Segment[], parts: DocParts): void {
  if (organ.length <= 1) {
    parts.issuer.push(...organ);
    return;
  }
  const bold = organ.map((s) => s.runs.some((r) => r.bold && /\S/.test(r.text)));
  const firstBold = bold.indexOf(true);
  if (firstBold > 0 && bold.slice(firstBold).every(Boolean)) {
    parts.parent.push(...organ.slice(0, firstBold));
    parts.issuer.push(...organ.slice(firstBold));
    return;
  }
  let at = 0;
  for (let k = organ.length - 1; k > 0; k--) {
    if (ORGAN_HEAD.test(organ[k].text.trim().toUpperCase())) {
      at = k;
      break;
    }
  }
  parts.parent.push(...organ.slice(0, at));
  parts.issuer.push(...organ.slice(at));
}

// The signature block: "Nơi nhận" and its list, the authority lines and the signer's name.
function findSignature(segments: Segment[], from: number, parts: DocParts): void {
  const text = (s: Segment) => s.text.trim();
  const labelAt = segments.findIndex((s, k) => k >= from && /^n[oơ]i nh[aậ]n\b/i.test(text(s)));
  if (labelAt >= 0) {
    parts.noiNhanLabel = segments[labelAt];
    const label = segments[labelAt];
    for (const s of segments.slice(labelAt + 1)) {
      if (label.para.cell ? !sameCell(s, label) : !/^\s*[-–+•]/.test(s.text) && text(s)) break;
      if (text(s)) parts.noiNhan.push(s);
    }
  }
  // Authority and name: the other cell of the signature table, or the lines after the body.
  const authAt = segments.findIndex((s, k) => k >= from && AUTHORITY.test(s.text) && text(s).length < 80);
  let area: Segment[] = [];
  if (labelAt >= 0 && parts.noiNhanLabel?.para.cell) {
    const t = parts.noiNhanLabel.para.cell.table;
    area = segments.filter((s) => s.para.cell?.table === t && s.para.cell.col !== parts.noiNhanLabel?.para.cell?.col);
  } else if (authAt >= 0) {
    area = segments.slice(authAt, labelAt > authAt ? labelAt : undefined);
    const cell = segments[authAt].para.cell;
    if (cell) area = segments.filter((s) => s.para.cell?.table === cell.table && s.para.cell.col === cell.col);
  } else if (labelAt >= 0) {
    // No table and no authority prefix: upper-case lines right before "Nơi nhận" and the name after them.
    let k = labelAt - 1;
    while (k > from && !text(segments[k])) k--;
    const end = k;
    while (k > from && (isUpper(text(segments[k])) || !text(segments[k]) || PLACEHOLDER.test(segments[k].text))) k--;
    area = segments.slice(k + 1, end + 1);
  }
  const ink = area.filter((s) => text(s) && !isRuleOnly(s));
  const lastText = [...ink].reverse().find((s) => !PLACEHOLDER.test(s.text));
  if (lastText && !isUpper(text(lastText)) || lastText && ink.filter((s) => isUpper(text(s))).length > 1 && ink.indexOf(lastText) > 0) {
    parts.signerName = lastText;
  }
  for (const s of ink) {
    if (s === parts.signerName || PLACEHOLDER.test(s.text)) continue;
    if (isUpper(text(s)) || AUTHORITY.test(s.text)) parts.authority.push(s);
  }
}

function isUpper(t: string): boolean {
  return /\p{L}/u.test(t) && t === t.toUpperCase();
}

function sameCell(a: Segment, b: Segment): boolean {
  const x = a.para.cell;
  const y = b.para.cell;
  return !!x && !!y && x.table === y.table && x.row === y.row && x.col === y.col;
}

// The first segment of the table (or the segment itself) that holds `s`: where the signature block starts.
function firstOfBlock(segments: Segment[], s: Segment): number {
  const t = s.para.cell?.table;
  if (t === undefined) return segments.indexOf(s);
  return segments.findIndex((x) => x.para.cell?.table === t);
}
