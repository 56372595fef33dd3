import JSZip from 'jszip';
import { createDocumentChecker } from '../../../src/documents/check/check-document';
import { correctedCopy } from '../../../src/documents/correct/corrected-copy';
import { readDocx } from '../../../src/documents/docx/read-docx';
import { loadLexicon } from '../../../src/documents/spelling/lexicon';
import { renderSpec } from '../../helpers/document-spec';
import { cleanSpec } from '../../helpers/planted-documents';

const checker = createDocumentChecker({ lexicon: loadLexicon() });
const DATE = new Date('2026-03-01T00:00:00Z');

describe('the corrected copy', () => {
  it('applies the certain fixes and leaves every other finding as a Word comment', async () => {
    const spec = cleanSpec(2);
    spec.page.left = 1134;
    spec.body[0] = { ...spec.body[0], size: 12, font: 'Arial', text: 'Công tác bảo đảm an toàn thông tin được chú trọng, không để sảy ra sự cố .' };
    spec.date.text = spec.date.text.replace(/ngày \d+ tháng \S+/, 'ngày 5 tháng 1');
    spec.so.text = spec.so.text.replace(/Số: \d+/, 'Số: 7');
    spec.authority[0].text = 'KT GIÁM ĐỐC';
    spec.tieuNguRule = { kind: 'none', ratio: 0 };
    const report = await checker.checkDocx(await renderSpec(spec));
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(new Set(['margin', 'font', 'font_size', 'chinh_ta', 'dia_danh_ngay', 'so_ky_hieu', 'chu_ky', 'tieu_ngu']));
    const copy = await correctedCopy(report.model, report.findings, { author: 'Trợ lý Công vụ', date: DATE });
    expect(copy.commented).toBe(report.findings.filter((f) => !f.fix).length);

    const again = await checker.checkDocx(copy.buffer);
    expect(again.findings.map((f) => f.rule)).toEqual(['tieu_ngu']);
    const model = await readDocx(copy.buffer);
    expect(model.page.margins.left).toBe(1701);
    expect(model.paras.map((p) => p.text)).toEqual(expect.arrayContaining([
      expect.stringMatching(/ngày 05 tháng 01 năm 2026$/), expect.stringMatching(/^Số: 07\//), 'KT. GIÁM ĐỐC',
      'Công tác bảo đảm an toàn thông tin được chú trọng, không để xảy ra sự cố.',
    ]));
    const zip = await JSZip.loadAsync(copy.buffer);
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect(comments).toContain('[tieu_ngu] Dưới Tiêu ngữ phải có đường kẻ ngang');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/word/comments.xml');
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('comments.xml');
    expect(await zip.file('word/document.xml')!.async('string')).toMatch(/commentReference/);
  });

  it('gives back an unchanged document when there is nothing to fix', async () => {
    const report = await checker.checkDocx(await renderSpec(cleanSpec(3)));
    const copy = await correctedCopy(report.model, report.findings, { author: 'Trợ lý Công vụ', date: DATE });
    expect([copy.fixed, copy.commented]).toEqual([0, 0]);
    expect((await checker.checkDocx(copy.buffer)).findings).toEqual([]);
  });
});
