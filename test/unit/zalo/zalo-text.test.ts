import { splitMessage } from '../../../src/zalo/split-message';
import { addressedText } from '../../../src/zalo/addressed';
import { parseRating } from '../../../src/zalo/rating';
import { secretMatches } from '../../../src/zalo/secret';
import { zaloUpdateSchema } from '../../../src/zalo/update-schema';

describe('splitMessage', () => {
  it('keeps a short text whole and unnumbered', () => {
    expect(splitMessage('Ngắn gọn.')).toEqual(['Ngắn gọn.']);
  });
  it('prefers line ends to sentence ends, and numbers the parts', () => {
    const text = `${'a'.repeat(30)}\n${'b. '.repeat(10)}${'c'.repeat(20)}`;
    const parts = splitMessage(text, 50);
    expect(parts[0]).toBe(`${'a'.repeat(30)} (1/${parts.length})`);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(50);
  });
  it('cuts a single endless word hard at the limit', () => {
    const parts = splitMessage('x'.repeat(120), 50);
    expect(parts.join('').replace(/ \(\d\/\d\)/g, '')).toBe('x'.repeat(120));
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(50);
  });
});

describe('addressedText', () => {
  it('takes the name at the start, with or without @, diacritics or case', () => {
    expect(addressedText('@Trợ lý Công vụ thủ tục kết hôn?', 'Trợ lý Công vụ')).toBe('thủ tục kết hôn?');
    expect(addressedText('tro ly cong vu, thủ tục kết hôn?', 'Trợ lý Công vụ')).toBe('thủ tục kết hôn?');
  });
  it('takes an @mention anywhere', () => {
    expect(addressedText('Cho hỏi @Trợ lý Công vụ thủ tục kết hôn?', 'Trợ lý Công vụ')).toBe('Cho hỏi thủ tục kết hôn?');
  });
  it('ignores messages that only talk about it, or a longer word', () => {
    expect(addressedText('Hôm nay trợ lý công vụ trả lời nhanh', 'Trợ lý Công vụ')).toBeUndefined();
    expect(addressedText('Trợ lý Công vụx thử', 'Trợ lý Công vụ')).toBeUndefined();
  });
});

describe('parseRating', () => {
  it('reads emoji and words, with an optional comment', () => {
    expect(parseRating('👍')).toEqual({ reaction: 'like' });
    expect(parseRating('👎 thiếu Điều 5')).toEqual({ reaction: 'dislike', comment: 'thiếu Điều 5' });
    expect(parseRating('Không thích: sai căn cứ')).toEqual({ reaction: 'dislike', comment: 'sai căn cứ' });
    expect(parseRating('khong thich vi thieu')).toEqual({ reaction: 'dislike', comment: 'vi thieu' });
    expect(parseRating('Thích.')).toEqual({ reaction: 'like' });
  });
  it('leaves questions that start with the same word alone', () => {
    expect(parseRating('thích hợp với quy định nào?')).toBeUndefined();
    expect(parseRating('Thủ tục kết hôn?')).toBeUndefined();
  });
});

describe('secretMatches', () => {
  it('matches only the exact secret', () => {
    expect(secretMatches('abcdefgh', 'abcdefgh')).toBe(true);
    expect(secretMatches('abcdefg', 'abcdefgh')).toBe(false);
    expect(secretMatches(undefined, 'abcdefgh')).toBe(false);
  });
});

describe('zaloUpdateSchema', () => {
  const bare = { event_name: 'message.text.received', message: { message_id: 1, from: { id: 2, display_name: 'A' }, chat: { id: 2, chat_type: 'PRIVATE' }, date: 1, text: 'x' } };
  it('accepts bare and wrapped updates, ids as numbers or strings', () => {
    expect(zaloUpdateSchema.parse(bare).message.message_id).toBe('1');
    expect(zaloUpdateSchema.parse({ ok: true, result: bare }).message.from.id).toBe('2');
  });
});
