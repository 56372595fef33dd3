import { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { NoteRecord } from '../store/types';
import { messages } from './messages';
import { minutesSchema, type MeetingMinutes } from './minutes';

const h = messages.heading;
/** MIME type of the exported biên bản. */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Builds a .docx biên bản from a notebook note (structured minutes when present, else its text). Every file says that
 * AI assisted and has a field for who checked it (Cao Bằng Điều 6 khoản 2 and 5; Phước Bình Điều 17 khoản 3); an
 * internal note carries "Nội bộ" on every page.
 */
export async function buildNoteDocx(note: NoteRecord): Promise<Buffer> {
  const parsed = minutesSchema.safeParse(note.data?.minutes);
  const children = parsed.success ? minutesBody(parsed.data, note.title) : textBody(note);
  const internal = note.label === 'internal';
  const doc = new Document({
    creator: 'Trợ lý Công vụ',
    title: note.title,
    description: h.aiMark,
    ...(internal ? { keywords: h.internalStamp, subject: h.internalStamp } : {}),
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [{
      ...(internal ? { headers: { default: stamp(h.internalStamp) }, footers: { default: new Footer({ children: [small(h.internalFooter)] }) } } : {}),
      children: [...children, ...attestation()],
    }],
  });
  return Packer.toBuffer(doc);
}

function minutesBody(m: MeetingMinutes, title: string): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: h.title, bold: true })] }),
  ];
  if (m.title || title) out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: m.title || title, italics: true })] }));
  const facts: [string, string][] = [[h.time, m.facts.time], [h.place, m.facts.place], [h.chair, m.facts.chair], [h.participants, m.facts.participants.join(', ')]];
  out.push(heading(`I. ${h.facts}`));
  for (const [k, v] of facts) if (v) out.push(new Paragraph({ children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun(v)] }));
  out.push(heading(`II. ${h.mainPoints}`), ...bullets(m.mainPoints));
  out.push(heading(`III. ${h.conclusions}`), ...bullets(m.conclusions));
  out.push(heading(`IV. ${h.tasks}`));
  out.push(m.tasks.length ? tasksTable(m) : new Paragraph(h.none));
  out.push(heading(`V. ${h.openIssues}`), ...bullets(m.openIssues));
  return out;
}

function tasksTable(m: MeetingMinutes): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, bold = false) => new TableCell({ borders, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const header = new TableRow({ tableHeader: true, children: ['STT', h.owner, h.task, h.deadline].map((t) => cell(t, true)) });
  const rows = m.tasks.map((t, i) => new TableRow({ children: [cell(String(i + 1)), cell(t.owner || h.unknown), cell(t.task), cell(t.deadline || h.unknown)] }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [700, 2600, 4600, 1800], rows: [header, ...rows] });
}

function textBody(note: NoteRecord): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: note.title, bold: true })] }),
    ...note.content.split('\n').map((line) => new Paragraph(line.replace(/\*\*/g, ''))),
  ];
}

function heading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [new TextRun({ text, bold: true })] });
}

function bullets(items: string[]): Paragraph[] {
  return items.length ? items.map((t) => new Paragraph({ text: t, bullet: { level: 0 } })) : [new Paragraph(h.none)];
}

// The AI-assistance mark and the "checked by" field a person fills in before the document is used.
function attestation(): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 360 }, children: [new TextRun({ text: h.aiMark, italics: true, bold: true, size: 22 })] }),
    new Paragraph({ children: [new TextRun({ text: h.footer, italics: true, size: 20 })] }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `${h.checkedBy}: `, bold: true }), new TextRun(h.checkedByBlank)] }),
    new Paragraph({ children: [new TextRun({ text: `${h.checkedOn}: `, bold: true }), new TextRun(h.checkedOnBlank)] }),
  ];
}

function stamp(text: string): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text, bold: true })] })] });
}

function small(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, italics: true, size: 18 })] });
}
