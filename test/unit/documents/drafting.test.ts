import JSZip from 'jszip';
import { createDocumentChecker } from '../../../src/documents/check/check-document';
import { findParts } from '../../../src/documents/check/parts';
import { readDocx } from '../../../src/documents/docx/read-docx';
import { buildDraftDocx } from '../../../src/documents/draft/build-draft';
import { citeDocument, draftBody, skeletonBody } from '../../../src/documents/draft/draft-body';
import { DRAFT_TYPES, draftFieldsSchema, type DraftFieldsInput } from '../../../src/documents/draft/draft-fields';
import { loadLexicon } from '../../../src/documents/spelling/lexicon';

const checker = createDocumentChecker({ lexicon: loadLexicon() });
const NOW = new Date('2026-01-05T03:00:00Z');
const FIELDS: DraftFieldsInput = {
  type: 'to_trinh', parentIssuer: 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH', issuer: 'SỞ NỘI VỤ', issuerCode: 'SNV', unitCode: 'VP', number: '7', place: 'Bắc Ninh',
  recipients: ['Ủy ban nhân dân tỉnh'], subject: 'Đề nghị triển khai trợ lý ảo cho cán bộ, công chức', points: ['Triển khai thí điểm tại năm sở, ngành', 'Bảo đảm an toàn thông tin'],
  authority: 'KT.', headTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Nguyễn Văn An', copies: ['Giám đốc Sở'],
};
const BASES = ['Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư.'];

async function draft(type: string, extra: Partial<DraftFieldsInput> = {}): Promise<Buffer> {
  const f = draftFieldsSchema.parse({ ...FIELDS, ...extra, type });
  return buildDraftDocx(f, skeletonBody(f, BASES), NOW);
}

describe('drafts in the layout of Nghị định 30/2020/NĐ-CP', () => {
  it('drafts tờ trình, công văn, báo cáo, kế hoạch, thông báo, giấy mời and the other types of the same layout', () => {
    expect(DRAFT_TYPES).toEqual(expect.arrayContaining(['to_trinh', 'cong_van', 'bao_cao', 'ke_hoach', 'thong_bao', 'giay_moi']));
  });

  it.each(DRAFT_TYPES)('a draft of %s passes the checker with no finding', async (type) => {
    const report = await checker.checkDocx(await draft(type));
    expect(report.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    expect(report.type).toBe(type);
  });

  it('reads back as A4 with the decree margins, Times New Roman in black, the parts in their sizes, rule lines and leading zeros', async () => {
    const model = await readDocx(await draft('to_trinh', { number: '7', date: '2026-02-03' }));
    expect(model.page).toMatchObject({ width: 11906, height: 16838, margins: { top: 1134, bottom: 1134, left: 1701, right: 1134 }, titlePage: true });
    expect(model.page.headers.find((h) => h.type === 'default')?.hasPageNumber).toBe(true);
    expect(model.page.headers.find((h) => h.type === 'first')?.hasPageNumber).toBe(false);
    for (const r of model.paras.flatMap((p) => p.runs).filter((r) => r.text.trim())) expect([r.font, r.color]).toEqual(['Times New Roman', '000000']);
    const parts = findParts(model.paras);
    const style = (s?: { runs: { size: number; bold: boolean; italic: boolean }[] }) => s && { size: s.runs[0].size, bold: s.runs[0].bold, italic: s.runs[0].italic };
    expect(style(parts.quocHieu)).toEqual({ size: 12, bold: true, italic: false });
    expect(style(parts.tieuNgu)).toEqual({ size: 13, bold: true, italic: false });
    expect(style(parts.issuer[0])).toEqual({ size: 13, bold: true, italic: false });
    expect(style(parts.parent[0])).toEqual({ size: 13, bold: false, italic: false });
    expect(parts.soKyHieu?.text).toBe('Số: 07/TTr-SNV');
    expect(parts.diaDanhNgay?.text).toBe('Bắc Ninh, ngày 03 tháng 02 năm 2026');
    expect(style(parts.diaDanhNgay)).toEqual({ size: 14, bold: false, italic: true });
    expect(style(parts.tenLoai)).toEqual({ size: 14, bold: true, italic: false });
    expect(style(parts.trichYeu[0])).toEqual({ size: 14, bold: true, italic: false });
    expect(parts.body.every((s) => s.para.ppr.align === 'both' && s.para.ppr.firstLine === 720 && s.runs[0].size === 14)).toBe(true);
    expect(parts.authority.map((s) => s.text)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(parts.noiNhan.map((s) => s.text)).toEqual(['- Như trên;', '- Giám đốc Sở;', '- Lưu: VT, VP.']);
    // The rule line under the Tiêu ngữ: a border as long as the motto; under the issuer, 40 % of the name.
    const line = model.paras[parts.tieuNgu!.para.index + 1];
    expect(line.ppr.borderTop).toBe(true);
  });

  it('carries the AI label and a field for who checked it on the first page, and writes months 3 to 12 without a zero', async () => {
    const buffer = await draft('cong_van', { date: '2026-11-04', number: undefined });
    const zip = await JSZip.loadAsync(buffer);
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /word\/header\d+\.xml/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(headers.join('')).toContain('Dự thảo — do AI hỗ trợ, cần kiểm tra trước khi ban hành');
    expect(headers.join('')).toContain('Người kiểm tra');
    const parts = findParts((await readDocx(buffer)).paras);
    expect(parts.diaDanhNgay?.text).toContain('ngày 04 tháng 11 năm 2026');
    expect(parts.vv[0].text).toBe('V/v Đề nghị triển khai trợ lý ảo cho cán bộ, công chức');
    expect(parts.soKyHieu?.text).toMatch(/^Số: +\/SNV-VP$/);
  });

  it('names laws by name and other texts by type, number, date and issuer in Căn cứ lines', () => {
    expect(citeDocument({ id: 'x', loaiVanBan: 'Luật', ten: 'Luật Thanh niên', soHieu: '57/2020/QH14', ngayBanHanh: '2020-06-16' })).toBe('Luật Thanh niên ngày 16 tháng 6 năm 2020');
    expect(citeDocument({ id: 'y', loaiVanBan: 'Nghị định', ten: 'Về công tác văn thư', soHieu: '30/2020/NĐ-CP', ngayBanHanh: '2020-03-05', coQuanBanHanh: 'Chính phủ' }))
      .toBe('Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư');
  });
});

describe('the body of a draft', () => {
  const f = draftFieldsSchema.parse({ ...FIELDS, legalBases: undefined });
  const hit = (id: string, doc: Partial<import('../../../src/knowledge/types').LegalDocument>) => ({ score: 1, confidence: 0.9, article: { id, number: '1', title: '', text: '', clauses: [], document: { id: doc.soHieu ?? id, ten: '', ...doc } } });

  it('fills the Căn cứ lines from the legal search and marks the places for the person\'s content', async () => {
    const retriever = { search: async () => [hit('a', { loaiVanBan: 'Luật', ten: 'Luật Cán bộ, công chức', ngayBanHanh: '2025-06-24' }), hit('b', { loaiVanBan: 'Nghị định', soHieu: '30/2020/NĐ-CP', ten: 'Về công tác văn thư', coQuanBanHanh: 'Chính phủ', ngayBanHanh: '2020-03-05' })] };
    const { body, mode } = await draftBody(f, { retriever });
    expect(mode).toBe('extractive');
    expect(body.bases).toEqual(['Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;', 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư.']);
    expect(body.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['I. SỰ CẦN THIẾT', 'Triển khai thí điểm tại năm sở, ngành.', '[Nội dung do người soạn thảo bổ sung: sự cần thiết]']));
  });

  it('drafts with the model from the points and bases, and falls back to the skeleton when the model fails', async () => {
    const asked: string[] = [];
    const model = { name: 'test', complete: async (m: { content: string }[]) => { asked.push(m[1].content); return 'I. SỰ CẦN THIẾT\nViệc triển khai trợ lý ảo giúp nâng cao hiệu quả công việc.'; }, stream: async function* () { yield ''; } };
    const made = await draftBody(f, { model });
    expect(made.mode).toBe('model');
    expect(made.body.paragraphs).toEqual([{ text: 'I. SỰ CẦN THIẾT', heading: true }, { text: 'Việc triển khai trợ lý ảo giúp nâng cao hiệu quả công việc.', heading: false }]);
    expect(asked[0]).toContain('Triển khai thí điểm tại năm sở, ngành');
    const failing = { ...model, complete: async () => { throw new Error('timeout'); } };
    expect((await draftBody(f, { model: failing })).mode).toBe('fallback');
  });
});
