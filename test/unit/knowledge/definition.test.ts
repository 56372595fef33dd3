import { isDefinitionQuestion, isDefinitionsTitle } from '../../../src/knowledge/search/definition';

describe('definition questions', () => {
  it('recognises questions asking what a term means, with or without diacritics', () => {
    expect(isDefinitionQuestion('Định nghĩa của "người lao động nước ngoài"?')).toBe(true);
    expect(isDefinitionQuestion('Hợp tác xã được hiểu như thế nào?')).toBe(true);
    expect(isDefinitionQuestion('Tai san cong la gi?')).toBe(true);
  });

  it('leaves other questions alone', () => {
    expect(isDefinitionQuestion('Mức phạt khi vượt đèn đỏ là bao nhiêu?')).toBe(false);
    expect(isDefinitionQuestion('Bên mua không có mặt để nhận hàng thì sao?')).toBe(false);
  });

  it('recognises definitions articles by their title', () => {
    expect(isDefinitionsTitle('Giải thích từ ngữ')).toBe(true);
    expect(isDefinitionsTitle('Giải thích thuật ngữ và chữ viết tắt')).toBe(true);
    expect(isDefinitionsTitle('Đặt cọc')).toBe(false);
  });
});
