import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Document as DocxDocument, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createSourceInspector } from '../../../src/knowledge-sources/inspect-source';

const PHAPDIEN_LINE = {
  pd_id: '36.3.LQ.1', pd_title: 'Thanh niên', demuc_title: 'Thanh niên',
  src: { unit_no: '1', doc_type: 'Luật', so_hieu: '57/2020/QH14', doc_title: 'Luật Thanh niên', issued: '16/06/2020', issuer: 'Quốc hội', effective: '01/01/2021' },
  text: 'Thanh niên là công dân Việt Nam từ đủ 16 tuổi đến 30 tuổi.',
};

describe('checking an uploaded file with the index build\'s own loaders', () => {
  let scratch: string;
  let inspect: ReturnType<typeof createSourceInspector>;
  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'inspect-'));
    inspect = createSourceInspector({ scratchDir: scratch });
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
  afterEach(() => expect(fs.readdirSync(scratch)).toEqual([]));

  it('reads a .docx decree into its articles', async () => {
    const lines = ['CHÍNH PHỦ', 'Số: 13/2023/NĐ-CP', 'Hà Nội, ngày 17 tháng 4 năm 2023', 'NGHỊ ĐỊNH', 'BẢO VỆ DỮ LIỆU CÁ NHÂN',
      'Điều 1. Phạm vi điều chỉnh', 'Nghị định này quy định về bảo vệ dữ liệu cá nhân.', 'Điều 2. Giải thích từ ngữ', 'Dữ liệu cá nhân là thông tin gắn với một con người cụ thể.'];
    const doc = new DocxDocument({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
    expect(await inspect('nghi-dinh-13.docx', await Packer.toBuffer(doc))).toEqual({ kind: 'ok', articleCount: 2, documentCount: 1, skippedLines: 0 });
  });

  it('asks the gate about the whole text, headers included, and refuses a secret-marked file', async () => {
    const seen: string[] = [];
    const gated = createSourceInspector({ scratchDir: scratch, isSecret: (text) => (seen.push(text), /^MẬT$/mu.test(text)) });
    const lines = ['BỘ CÔNG AN', 'MẬT', 'Số: 12/2026/QĐ-BCA', 'QUYẾT ĐỊNH', 'Điều 1. Phạm vi', 'Quy định nội bộ.'];
    const doc = new DocxDocument({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
    expect(await gated('quyet-dinh.docx', await Packer.toBuffer(doc))).toEqual({ kind: 'secret' });
    expect(seen[0]).toContain('BỘ CÔNG AN');
  });

  it('reads a gzipped Pháp điển update, counting the lines it skips', async () => {
    const body = `${JSON.stringify(PHAPDIEN_LINE)}\n{"pd_id": 7}\n${JSON.stringify({ ...PHAPDIEN_LINE, pd_id: '36.3.LQ.2', src: { ...PHAPDIEN_LINE.src, unit_no: '2' } })}\n`;
    expect(await inspect('cap-nhat.jsonl.gz', zlib.gzipSync(body))).toEqual({ kind: 'ok', articleCount: 2, documentCount: 1, skippedLines: 1 });
  });

  it('finds no articles in a PDF without "Điều" headings, and cannot read a broken one', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Thong bao lich hop', { x: 50, y: 700, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
    expect(await inspect('thong-bao.pdf', Buffer.from(await pdf.save()))).toEqual({ kind: 'no_articles', skippedLines: 0 });
    expect(await inspect('hong.pdf', Buffer.from('%PDF-1.7 not really'))).toMatchObject({ kind: 'unreadable' });
  });

  it('refuses Markdown that is not UTF-8 or whose front matter is invalid', async () => {
    expect(await inspect('cu.md', Buffer.from([0x44, 0x69, 0xea, 0x75, 0x20, 0x31]))).toEqual({ kind: 'unreadable', detail: 'not UTF-8' });
    expect(await inspect('sai.md', Buffer.from('---\nngayBanHanh: [1, 2]\n---\n## Điều 1. A\nB\n'))).toMatchObject({ kind: 'unreadable', detail: expect.stringContaining('ngayBanHanh') });
  });
});
