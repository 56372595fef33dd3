import { cleanArticleText, isRepealed } from '../../../src/knowledge/load/clean-article';

describe('cleaning an article text before it is indexed or quoted', () => {
  it("drops the article's own heading repeated as its first line", () => {
    const r = cleanArticleText('Điều 26. Điều kiện đối với cơ sở sản xuất\n1. Địa điểm, môi trường phải bảo đảm…', '26');
    expect(r.text).toBe('1. Địa điểm, môi trường phải bảo đảm…');
  });

  it('cuts a next article glued under this one, but keeps a form that quotes "Điều 1."', () => {
    const glued = cleanArticleText('1. Nộp hồ sơ tại bộ phận một cửa.\nĐiều 11. Nộp lệ phí\n1. Tổ chức phải nộp lệ phí.', '10');
    expect(glued.text).toBe('1. Nộp hồ sơ tại bộ phận một cửa.');
    const form = cleanArticleText('Mẫu quyết định:\nQUYẾT ĐỊNH:\nĐiều 1. Cấp Giấy chứng nhận cho …\nĐiều 2. Quyết định có hiệu lực…', '9');
    expect(form.text).toContain('Điều 1. Cấp Giấy chứng nhận');
  });

  it('keeps amendment notes and related articles out of the quoted text', () => {
    const r = cleanArticleText(
      '1. Thu nhập chịu thuế gồm…\n(Điều 2 của Luật số 26/2012/QH13 sửa đổi, bổ sung một số điều của Luật thuế thu nhập cá nhân, có hiệu lực kể từ ngày 01 tháng 7 năm 2013)\n(Điều này có nội dung liên quan đến Điều 36.3.NĐ.2.6. Hình thức đối thoại; Điều 36.3.NĐ.2.9. Nội dung kế hoạch)',
      '3',
    );
    expect(r.text).toBe('1. Thu nhập chịu thuế gồm…');
    expect(r.notes).toEqual(['Điều 2 của Luật số 26/2012/QH13 sửa đổi, bổ sung một số điều của Luật thuế thu nhập cá nhân, có hiệu lực kể từ ngày 01 tháng 7 năm 2013']);
    expect(r.related).toEqual(['Điều 36.3.NĐ.2.6. Hình thức đối thoại', 'Điều 36.3.NĐ.2.9. Nội dung kế hoạch']);
  });

  it('keeps a clause that introduces an amendment of this document ("… như sau:")', () => {
    const r = cleanArticleText('1. Điều 5 của Luật số 26/2012/QH13 được sửa đổi, bổ sung như sau:\na) …', '2');
    expect(r.notes).toEqual([]);
    expect(r.text).toContain('Điều 5 của Luật số 26/2012/QH13');
  });

  it("drops the next chapter's heading and its title in capitals, and attachment file names", () => {
    const r = cleanArticleText(
      '3. Thời hạn hiệu lực của Giấy chứng nhận được cấp đổi.\nChương III\nKIỂM TRA, CẤP CHỨNG THƯ CHO THỰC PHẨM\nMục 1\nCHƯƠNG TRÌNH CHỨNG NHẬN\nPhụ lục VIII-TT 48-BNN.doc',
      '19',
    );
    expect(r.text).toBe('3. Thời hạn hiệu lực của Giấy chứng nhận được cấp đổi.');
  });

  it('removes footnote marks after words but keeps numbered form fields', () => {
    const r = cleanArticleText('1. Kiểm soát việc xây dựng theo quy chế.[1]\n[01] Kỳ tính nộp: tháng…', '13');
    expect(r.text).toBe('1. Kiểm soát việc xây dựng theo quy chế.\n[01] Kỳ tính nộp: tháng…');
  });

  it('recognises repealed articles', () => {
    expect(isRepealed('')).toBe(true);
    expect(isRepealed('(được bãi bỏ)')).toBe(true);
    expect(isRepealed('1. (được bãi bỏ)\n2. Người lao động được…')).toBe(false);
  });
});
