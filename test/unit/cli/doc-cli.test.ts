import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { main as check } from '../../../src/cli/doc-check';
import { main as draft } from '../../../src/cli/doc-draft';
import { renderSpec } from '../../helpers/document-spec';
import { cleanSpec } from '../../helpers/planted-documents';

const sink = () => {
  const s = new PassThrough();
  const chunks: string[] = [];
  s.on('data', (c) => chunks.push(String(c)));
  return { s, text: () => chunks.join('') };
};

describe('npm run doc:check and doc:draft', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-cli-'));

  it('doc:draft writes a draft that doc:check finds nothing in', async () => {
    const fields = path.join(dir, 'fields.json');
    fs.writeFileSync(fields, JSON.stringify({ issuer: 'SỞ NỘI VỤ', issuerCode: 'SNV', place: 'Bắc Ninh', subject: 'Kết quả công tác văn thư năm 2025', signerTitle: 'GIÁM ĐỐC', signerName: 'Nguyễn Văn An' }));
    const out = path.join(dir, 'bc.docx');
    const err = sink();
    expect(await draft(['--type', 'bao_cao', '--fields', fields, '--out', out], err.s)).toBe(0);
    const o = sink();
    expect(await check([out], o.s, sink().s)).toBe(0);
    expect(o.text()).toBe('');
  });

  it('doc:check prints one JSON object per finding with rule, message, where, severity and fix', async () => {
    const spec = cleanSpec(1);
    spec.page.top = 851;
    const file = path.join(dir, 'lề.docx');
    fs.writeFileSync(file, await renderSpec(spec));
    const o = sink();
    const fixed = path.join(dir, 'fixed.docx');
    expect(await check([file, '--fixed', fixed], o.s, sink().s)).toBe(0);
    const lines = o.text().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([{ rule: 'margin', message: expect.stringContaining('Lề trên 15 mm'), where: 'trang giấy', severity: 'error', fix: 'lề trên 20 mm' }]);
    const again = sink();
    await check([fixed], again.s, sink().s);
    expect(again.text()).toBe('');
  });

  it('fails with exit code 2 and a reason on a bad file or bad fields', async () => {
    const bad = path.join(dir, 'bad.docx');
    fs.writeFileSync(bad, 'not a zip');
    const e = sink();
    expect(await check([bad], sink().s, e.s)).toBe(2);
    expect(e.text()).toContain('not a readable .docx');
    const fields = path.join(dir, 'bad.json');
    fs.writeFileSync(fields, JSON.stringify({ issuer: 'SỞ NỘI VỤ' }));
    const e2 = sink();
    expect(await draft(['--type', 'to_trinh', '--fields', fields, '--out', path.join(dir, 'x.docx')], e2.s)).toBe(2);
    expect(e2.text()).toContain('signerName');
  });
});
