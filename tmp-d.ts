import fs from 'node:fs';
import { draftFieldsSchema } from './src/documents/draft/draft-fields';
import { buildDraftDocx } from './src/documents/draft/build-draft';
import { skeletonBody } from './src/documents/draft/draft-body';
import { createDocumentChecker } from './src/documents/check/check-document';
import { loadLexicon } from './src/documents/spelling/lexicon';
(async () => {
  const checker = createDocumentChecker({ lexicon: loadLexicon() });
  for (const type of ['to_trinh','cong_van','bao_cao','ke_hoach','thong_bao','giay_moi']) {
    const f = draftFieldsSchema.parse({ type, parentIssuer: 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH', issuer: 'SỞ NỘI VỤ', issuerCode: 'SNV', unitCode: 'VP', number: '5', place: 'Bắc Ninh', date: '2026-01-05', recipients: ['Ủy ban nhân dân tỉnh'], subject: 'Đề nghị triển khai trợ lý ảo cho cán bộ, công chức', points: ['triển khai thí điểm tại 5 sở, ngành', 'bảo đảm an toàn thông tin'], authority: 'KT.', headTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Nguyễn Văn An', copies: ['Giám đốc Sở'] });
    const buf = await buildDraftDocx(f, skeletonBody(f, ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư.']), new Date());
    fs.writeFileSync(`/tmp/draft-${type}.docx`, buf);
    const t0 = Date.now();
    const r = await checker.checkDocx(buf);
    console.log(type, Date.now() - t0, 'ms', r.type, r.findings.length);
    for (const x of r.findings) console.log('  ', x.rule, x.severity, x.message, '@', x.where);
  }
})();
