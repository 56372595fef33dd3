import { formatOf, indexedName, safeFileName } from '../../../src/knowledge-sources/source-format';

describe('uploaded file names', () => {
  it('knows the formats the loaders read, by extension, whatever the case', () => {
    expect(['a.md', 'a.MARKDOWN', 'a.docx', 'a.PDF', 'a.jsonl', 'a.jsonl.gz', 'a.txt', 'a.gz', 'a.doc'].map(formatOf))
      .toEqual(['markdown', 'markdown', 'docx', 'pdf', 'phapdien', 'phapdien', undefined, undefined, undefined]);
  });

  it('keeps a Vietnamese name but no folders, control characters or leading dots', () => {
    expect(safeFileName('C:\\Users\\cb\\Quyết định 27.md')).toBe('Quyết định 27.md');
    expect(safeFileName('../../etc/..passwd.md')).toBe('passwd.md');
    expect(safeFileName('tên\u0000\u001fcó<ký>tự?lạ.docx')).toBe('têncókýtựlạ.docx');
    expect(safeFileName('.jsonl.gz')).toBe('van-ban.jsonl.gz');
    expect(safeFileName(`${'a'.repeat(300)}.pdf`)).toHaveLength(120);
  });

  it('renames only what the loaders would skip', () => {
    expect(indexedName('README.md')).toBe('van-ban-README.md');
    expect(indexedName('nghi-dinh.md')).toBe('nghi-dinh.md');
  });
});
