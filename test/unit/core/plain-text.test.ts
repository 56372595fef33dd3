import { markdownToPlainText } from '../../../src/core/plain-text';

describe('markdownToPlainText: an answer as a spreadsheet cell', () => {
  it('turns an extractive answer into readable plain text, citation markers kept', () => {
    const answer = [
      'Căn cứ các văn bản tìm được, nội dung liên quan như sau:',
      '',
      '**Điều 139 – Nghỉ thai sản** [1]',
      '- Khoản 1: “Lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng”',
      '  - điểm a) “…”',
      'Văn bản: Luật số 45/2019/QH14 “Bộ luật Lao động”.',
      '',
      '',
      '',
      '_Lưu ý: nội dung trên chỉ để tham khảo._',
    ].join('\n');
    expect(markdownToPlainText(answer)).toBe([
      'Căn cứ các văn bản tìm được, nội dung liên quan như sau:',
      '',
      'Điều 139 – Nghỉ thai sản [1]',
      '• Khoản 1: “Lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng”',
      '  • điểm a) “…”',
      'Văn bản: Luật số 45/2019/QH14 “Bộ luật Lao động”.',
      '',
      'Lưu ý: nội dung trên chỉ để tham khảo.',
    ].join('\n'));
  });

  it('removes the syntax of a model\'s Markdown: headings, quotes, links, code, emphasis, escapes', () => {
    expect(markdownToPlainText('## Trả lời\n> Theo *Điều 8* [2][3]\nXem [văn bản](https://vbpl.vn/1) hoặc <https://vbpl.vn/2>; mã `13/2023`; 5 \\* 3; ~~cũ~~; __đậm__<br>dòng mới\n\n---\n1. Bước một'))
      .toBe('Trả lời\nTheo Điều 8 [2][3]\nXem văn bản (https://vbpl.vn/1) hoặc https://vbpl.vn/2; mã 13/2023; 5 * 3; cũ; đậm\ndòng mới\n\n1. Bước một');
  });

  it('leaves plain text and ids with underscores alone', () => {
    expect(markdownToPlainText('act_1_abc và tổng 2*3*4')).toBe('act_1_abc và tổng 2*3*4');
  });
});
