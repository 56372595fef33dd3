/**
 * Words of the learned screen's anchors (screen/anchors.ts). PERSON_REF: lower case with diacritics, matched as
 * phrases; QUESTION, ASK and CASE: the plain view (no diacritics, lower case), matched as whole words.
 */
export const ANCHOR_LEXICON = {
  // words that refer to one person
  PERSON_REF: [
    'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cháu', 'cụ', 'cậu', 'mợ', 'dì', 'thím', 'em', 'bé', 'vợ', 'chồng',
    'thầy', 'đồng chí', 'đ c', 'mr', 'ms', 'mrs', 'người này', 'người đó', 'người kia', 'bạn ấy', 'cậu ấy', 'cô ấy',
    'anh ấy', 'chị ấy', 'ông ấy', 'bà ấy', 'hắn', 'nó', 'họ tên',
  ],
  // a question: its frames
  QUESTION: [
    'bao nhieu', 'la gi', 'the nao', 'ra sao', 'co duoc khong', 'duoc khong', 'co phai', 'phai khong', 'khi nao', 'bao lau',
    'nhung gi', 'gom nhung', 'o dau', 'ai co tham quyen', 'co bi phat khong', 'co bi xu ly khong', 'co vi pham khong',
    'may (?:loai|muc|hinh thuc|truong hop|ngay|nam|do)',
  ],
  // a request to write, produce, decide or do something, or for the means to do it
  ASK: [
    'soan', 'viet', 'lam giup', 'lam ho', 'lap', 'tinh', 'ra quyet dinh', 'ra luon', 'chot', 'xep loai', 'xep', 'cham',
    'ket luan', 'phe duyet', 'duyet', 'tham dinh', 'giup', 'gium', 'dum', 'ho em', 'ho minh', 'ho toi', 'nho', 'hay',
    'cho (?:toi|tui|t|em|e|minh|mk|m|anh|a|chi|c)(?! hoi)', 'xin', 'gui (?:cho )?(?:toi|tui|t|em|e|minh|mk|m)', 'de xuat', 'goi y', 'tao', 'dung',
    'chon', 'nen', 'xem', 'danh gia', '(?:tool|app|phan mem|cong cu|code|script|trang|web|cach) nao',
  ],
  // a particular case: a firm, a pasted or attached document, "this case" (a named person is found by the detectors;
  // pronouns are not cases: "cho em hỏi …" asks about the rules, and without diacritics "cu", "ba" are everyday words)
  CASE: [
    'cong ty', 'doanh nghiep', 'cty', 'htx', 'hop tac xa', 'ho kinh doanh', 'co so', 'duoi day', 'sau day', 'tren day',
    'nhu sau', 'dinh kem', 'vu nay', 'vu viec', 'truong hop (?:nay|tren|cua)', 'ho so (?:nay|tren|do)',
  ],
} as const;
