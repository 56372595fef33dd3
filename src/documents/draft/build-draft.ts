import {
  AlignmentType, BorderStyle, Document, Header, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import { typeByCode } from '../doc-types';
import { textWidth } from '../docx/text-width';
import type { DraftFields } from './draft-fields';
import strings from './drafting.vi.json';

/** The body of a draft: the legal bases and the paragraphs (headings bold). */
export interface DraftBody {
  bases: string[];
  paragraphs: { text: string; heading?: boolean }[];
}

// Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, margins top/bottom 20 mm, left 30 mm, right 20 mm; Times New Roman, black.
const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 1134 };
const TEXT = PAGE.width - PAGE.left - PAGE.right;
const COLS = [3500, TEXT - 3500];
const SIGN_COLS = [4300, TEXT - 4300];
const CELL_PAD = 216;
const FONT = 'Times New Roman';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const run = (text: string, o: { size: number; bold?: boolean; italic?: boolean }) => new TextRun({ text, font: FONT, size: o.size * 2, bold: o.bold ?? false, italics: o.italic ?? false, color: '000000' });
const centred = (text: string, o: { size: number; bold?: boolean; italic?: boolean; before?: number }) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: o.before ?? 0, after: 0 }, children: [run(text, o)] });

/** A rule line: an empty paragraph whose top border spans `length` points, centred in `width` twips. */
function ruleLine(length: number, width: number): Paragraph {
  const indent = Math.max(0, Math.round((width - length * 20) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const cell = (children: Paragraph[], width: number) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children });
const table = (cols: number[], cells: Paragraph[][]) =>
  new Table({ width: { size: TEXT, type: WidthType.DXA }, columnWidths: cols, layout: TableLayoutType.FIXED, borders: NO_BORDERS, rows: [new TableRow({ children: cells.map((c, i) => cell(c, cols[i])) })] });

/** Writes the draft as a .docx in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I; Phụ lục III, mẫu 1.4 and 1.5). */
export async function buildDraftDocx(f: DraftFields, body: DraftBody, now: Date): Promise<Buffer> {
  const type = typeByCode(f.type);
  const congVan = f.type === 'cong_van';
  const symbol = congVan ? `${f.issuerCode}${f.unitCode ? `-${f.unitCode}` : ''}` : `${type?.abbr}-${f.issuerCode}`;
  const number = f.number ? f.number.padStart(2, '0') : '      ';
  const [y, m, d] = (f.date ?? now.toISOString().slice(0, 10)).split('-').map(Number);
  const dateLine = `${f.place}, ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;

  const leftWidth = COLS[0] - CELL_PAD;
  const rightWidth = COLS[1] - CELL_PAD;
  const issuerWidth = Math.min(textWidth(f.issuer, 13, true), leftWidth / 20);
  const left: Paragraph[] = [
    ...(f.parentIssuer ? [centred(f.parentIssuer.toUpperCase(), { size: 13 })] : []),
    centred(f.issuer.toUpperCase(), { size: 13, bold: true }),
    ruleLine(issuerWidth * 0.4, leftWidth),
    centred(`Số: ${number}/${symbol}`, { size: 13, before: 120 }),
    ...(congVan ? [centred(`V/v ${f.subject}`, { size: 12, before: 60 })] : []),
  ];
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const right: Paragraph[] = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
    centred(motto, { size: 13, bold: true }),
    ruleLine(textWidth(motto, 13, true), rightWidth),
    centred(dateLine, { size: 14, italic: true, before: 120 }),
  ];
  const children: (Paragraph | Table)[] = [table(COLS, [left, right])];

  if (!congVan && type) {
    children.push(centred(type.name.toUpperCase(), { size: 14, bold: true, before: 360 }));
    children.push(centred(f.subject, { size: 14, bold: true }));
    children.push(ruleLine(Math.min(textWidth(f.subject, 14, true), TEXT / 20) * 0.4, TEXT));
  }
  if (f.recipients.length && (congVan || f.type === 'to_trinh' || f.type === 'giay_moi')) {
    if (f.recipients.length === 1) children.push(centred(`Kính gửi: ${f.recipients[0]}`, { size: 14, before: 240 }));
    else {
      children.push(new Paragraph({ indent: { left: 2268 }, spacing: { before: 240, after: 0 }, children: [run('Kính gửi:', { size: 14 })] }));
      f.recipients.forEach((r, i) => children.push(new Paragraph({ indent: { left: 3119 }, children: [run(`- ${r}${i === f.recipients.length - 1 ? '.' : ';'}`, { size: 14 })] })));
    }
  }
  const bodyPara = (text: string, bold = false, first = false) =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: 720 },
      spacing: { before: first ? 240 : 0, after: 120, line: 276, lineRule: LineRuleType.AUTO },
      children: [run(text, { size: 14, bold })],
    });
  [...body.bases.map((text) => ({ text, heading: false })), ...body.paragraphs].forEach((p, i) => children.push(bodyPara(p.text, p.heading, i === 0)));

  children.push(table(SIGN_COLS, [recipientsCell(f), signatureCell(f)]));
  const doc = new Document({
    creator: 'Trợ lý Công vụ',
    title: f.subject,
    description: strings.aiLabel,
    styles: { default: { document: { run: { font: FONT, size: 28, color: '000000' } } } },
    sections: [{
      properties: {
        titlePage: true,
        page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 567, footer: 567 } },
      },
      headers: {
        default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })] })] }),
        first: new Header({ children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [run(strings.aiLabel, { size: 11, italic: true }), new TextRun({ break: 1 }), run(strings.checkedBy, { size: 11, italic: true })] })] }),
      },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

function recipientsCell(f: DraftFields): Paragraph[] {
  const items = [...(f.recipients.length ? [strings.copiesSame] : []), ...f.copies];
  const lines = [...items.map((t) => `- ${t};`), `- ${strings.archive.replace('{unit}', f.unitCode ?? f.issuerCode)}`];
  return [
    new Paragraph({ spacing: { before: 240 }, children: [run('Nơi nhận:', { size: 12, bold: true, italic: true })] }),
    ...lines.map((t) => new Paragraph({ children: [run(t, { size: 11 })] })),
  ];
}

function signatureCell(f: DraftFields): Paragraph[] {
  const lines = f.authority ? [`${f.authority} ${(f.headTitle ?? '').toUpperCase()}`.trim(), f.signerTitle.toUpperCase()] : [f.signerTitle.toUpperCase()];
  return [
    ...lines.map((t, i) => centred(t, { size: 14, bold: true, before: i === 0 ? 240 : 0 })),
    centred(strings.signHere, { size: 14, italic: true }),
    new Paragraph({ children: [] }),
    new Paragraph({ children: [] }),
    centred(f.signerName, { size: 14, bold: true }),
  ];
}
