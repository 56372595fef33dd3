import { Document as DocxDocument, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { loadMarkdown } from '../../../src/knowledge/load/load-markdown';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articlesFromPlainText, docxText, pdfText } from '../../../src/knowledge/load/load-office';
import { parseClauses, splitArticles } from '../../../src/knowledge/load/split-articles';
import { parseHeader } from '../../../src/knowledge/load/parse-header';

const DECREE_LINES = [
  'CHÍNH PHỦ',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 13/2023/NĐ-CP',
  'Hà Nội, ngày 17 tháng 4 năm 2023',
  'NGHỊ ĐỊNH',
  'BẢO VỆ DỮ LIỆU CÁ NHÂN',
  'Căn cứ Luật Tổ chức Chính phủ;',
  'Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng',
  '1. Nghị định này quy định về bảo vệ dữ liệu cá nhân.',
  '2. Nghị định này áp dụng đối với:',
  'a) Cơ quan, tổ chức, cá nhân Việt Nam;',
  'b) Cơ quan, tổ chức, cá nhân nước ngoài tại Việt Nam.',
  'Điều 2. Giải thích từ ngữ',
  'Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:',
  '1. Dữ liệu cá nhân là thông tin dưới dạng ký hiệu, chữ viết, chữ số.',
];

describe('splitting at articles, clauses and points', () => {
  it('cuts at "Điều N." headings and drops the preamble', () => {
    const drafts = splitArticles(DECREE_LINES.join('\n'));
    expect(drafts.map((d) => [d.number, d.title])).toEqual([
      ['1', 'Phạm vi điều chỉnh và đối tượng áp dụng'],
      ['2', 'Giải thích từ ngữ'],
    ]);
    expect(drafts[0].text).not.toContain('Căn cứ');
  });

  it('keeps clauses and points addressable', () => {
    const clauses = parseClauses(splitArticles(DECREE_LINES.join('\n'))[0].text);
    expect(clauses.map((c) => c.number)).toEqual(['1', '2']);
    expect(clauses[1].points).toEqual([
      { letter: 'a', text: 'Cơ quan, tổ chức, cá nhân Việt Nam;' },
      { letter: 'b', text: 'Cơ quan, tổ chức, cá nhân nước ngoài tại Việt Nam.' },
    ]);
  });

  it('reads the document fields from the header lines', () => {
    expect(parseHeader(DECREE_LINES.join('\n'), 'fallback')).toEqual({
      soHieu: '13/2023/NĐ-CP',
      loaiVanBan: 'Nghị định',
      ten: 'Bảo vệ dữ liệu cá nhân',
      coQuanBanHanh: 'CHÍNH PHỦ',
      ngayBanHanh: '2023-04-17',
    });
  });
});

describe('Markdown sources', () => {
  const md = [
    '---',
    'soHieu: 01/2026/QĐ-UBND',
    'loaiVanBan: Quyết định',
    'ten: Quy chế thử nghiệm',
    'coQuanBanHanh: Ủy ban nhân dân tỉnh',
    'ngayBanHanh: 2026-01-15',
    'topic: Thử nghiệm',
    '---',
    '# Quy chế',
    '## Điều 1. Phạm vi',
    'Quy chế này áp dụng cho thử nghiệm.',
    '## Điều 2. Nguyên tắc',
    '1. Khoản một.',
    'a) Điểm a.',
  ].join('\n');

  it('takes document fields from front matter (dates as yyyy-mm-dd) and articles from headings', () => {
    const articles = loadMarkdown(md, '/tmp/quy-che.md');
    expect(articles).toHaveLength(2);
    expect(articles[0].id).toBe('01/2026/QĐ-UBND#D1');
    expect(articles[0].document).toMatchObject({ soHieu: '01/2026/QĐ-UBND', loaiVanBan: 'Quyết định', ngayBanHanh: '2026-01-15' });
    expect(articles[1].topic).toBe('Thử nghiệm');
    expect(articles[1].clauses[0].points[0]).toEqual({ letter: 'a', text: 'Điểm a.' });
  });

  it('falls back to the file name for the document id', () => {
    const articles = loadMarkdown('## Điều 1. Một\nNội dung.', '/x/huong-dan.md');
    expect(articles[0].id).toBe('huong-dan#D1');
  });

  it('rejects malformed front matter with the file named', () => {
    expect(() => loadMarkdown('---\nten: [1, 2]\n---\nĐiều 1. A', '/x/bad.md')).toThrow(/bad\.md/);
  });
});

describe('.docx sources', () => {
  it('extracts the text and splits it like the original decree', async () => {
    const doc = new DocxDocument({
      sections: [{ children: DECREE_LINES.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
    });
    const text = await docxText(await Packer.toBuffer(doc));
    const articles = articlesFromPlainText(text, '/tmp/nd13.docx');
    expect(articles.map((a) => a.id)).toEqual(['13/2023/NĐ-CP#D1', '13/2023/NĐ-CP#D2']);
    expect(articles[0].document).toMatchObject({ soHieu: '13/2023/NĐ-CP', loaiVanBan: 'Nghị định', ngayBanHanh: '2023-04-17' });
    expect(articles[0].clauses[1].points).toHaveLength(2);
  });
});

describe('.pdf sources', () => {
  // pdf-lib cannot embed a TrueType font without fontkit (not installed), so this fixture is ASCII, unaccented text.
  it('extracts the text and splits it at article headings', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    const lines = ['So: 45/2019/QH14', 'LUAT', 'Dieu 1. Pham vi dieu chinh', '1. Luat nay quy dinh ve lao dong.', 'Dieu 2. Doi tuong ap dung', 'a) Nguoi lao dong.'];
    lines.forEach((l, i) => page.drawText(l, { x: 50, y: 800 - i * 20, size: 12, font }));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-pdf-'));
    const file = path.join(dir, 'luat.pdf');
    fs.writeFileSync(file, await pdf.save());
    const builtIns = [Array.prototype.push, JSON.parse, globalThis.AbortSignal, globalThis.DOMException, globalThis.MessageChannel];
    const text = await pdfText(fs.readFileSync(file));
    // pdf-parse's bundled polyfills replace these when loaded; it runs in a worker thread, so ours stay native.
    expect([Array.prototype.push, JSON.parse, globalThis.AbortSignal, globalThis.DOMException, globalThis.MessageChannel]).toEqual(builtIns);
    expect(Object.keys(globalThis)).not.toContain('pdfjsLib');
    // The fixture is ASCII (no Vietnamese-capable font can be embedded), so its "Dieu" headings are restored first.
    const articles = articlesFromPlainText(text.replace(/^Dieu /gmu, 'Điều '), file);
    expect(articles.map((a) => [a.number, a.title])).toEqual([['1', 'Pham vi dieu chinh'], ['2', 'Doi tuong ap dung']]);
    expect(articles[0].document.soHieu).toBe('45/2019/QH14');
    expect(articles[0].clauses[0].text).toBe('Luat nay quy dinh ve lao dong.');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rejects a file that is not a PDF with a clear error, and keeps serving the next one', async () => {
    await expect(pdfText(Buffer.from('not a pdf at all'))).rejects.toThrow(/PDF text extraction failed/);
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Dieu 1. Ok', { x: 50, y: 700, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
    expect(await pdfText(Buffer.from(await pdf.save()))).toContain('Dieu 1. Ok');
  });
});
