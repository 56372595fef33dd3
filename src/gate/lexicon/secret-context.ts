/**
 * Words around a secrecy grade (mật / tối mật / tuyệt mật) that say whether a document is carried or
 * the rules are asked about (lower case, with diacritics; matched with or without them).
 */
export const SECRET_CONTEXT = {
  // a document noun right before a grade makes "X mật" a marking or a statement about the text at hand
  DOC_NOUN: [
    'tài liệu', 'văn bản', 'công văn', 'báo cáo', 'hồ sơ', 'kế hoạch', 'biên bản', 'phương án', 'tờ trình', 'đề án',
    'nghị quyết', 'chỉ thị', 'công điện', 'điện mật', 'thông báo', 'danh sách', 'nội dung', 'thông tin', 'độ mật',
    'file', 'vb', 'tl', 'cv', 'đề thi', 'cuộc họp', 'buổi họp', 'phiên họp', 'họp', 'bì', 'phong bì', 'doc', 'tờ trình', 'trích',
  ],
  // nouns that are ambiguous without diacritics ("ban do" is also "bạn đó"): used only with an accented or graded "mật"
  DOC_NOUN_WIDE: ['bản đồ', 'sơ đồ', 'bản vẽ', 'quyết định', 'thư', 'bức điện', 'tập tài liệu', 'bản', 'bảng'],
  // question frames and law words: anywhere in the sentence, the sentence asks about the rules
  RULE_WORDS: [
    'quy định', 'theo luật', 'luật', 'pháp luật', 'nghị định', 'thông tư', 'điều khoản', 'thẩm quyền', 'như thế nào', 'thế nào', 'ra sao',
    'là gì', 'khi nào', 'trường hợp nào', 'bao lâu', 'bao nhiêu năm', 'thời hạn bảo vệ', 'thủ tục', 'quy trình', 'quy chế',
    'biểu mẫu', 'mẫu trống', 'theo mẫu', 'mẫu sổ', 'mẫu dấu', 'mẫu phong bì', 'xin mẫu', 'cho mình mẫu', 'cách nào', 'cách thức',
    'cách đóng dấu', 'cách ghi', 'cách xác định', 'hướng dẫn', 'tập huấn', 'được phép', 'có được', 'có phải', 'có cần', 'hay không',
    'cho mình hỏi', 'cho em hỏi', 'cho hỏi', 'cho tôi hỏi', 'xin hỏi', 'muốn hỏi', 'hỏi về', 'câu hỏi', 'giải mật', 'mấy độ mật', 'xác định độ mật', 'ở đâu', 'ai có quyền',
    'nguyên tắc', 'chế độ', 'yêu cầu gì', 'phải được', 'phải có', 'phải là', 'bắt buộc', 'có yêu cầu',
    'hành vi nào', 'việc nào', 'loại nào', 'nào bị', 'những gì', 'gồm những', 'ví dụ', 'sổ nào', 'phải làm gì', 'cần làm gì', 'bộ phận nào', 'ai được',
    'tài liệu nào', 'văn bản nào', 'thông tin nào', 'nội dung nào', 'phân biệt', 'khác nhau', 'giống nhau',
  ],
  // (every single syllable here must stay unambiguous when typed without diacritics: "dung" is "nội dung" too)
  // handling verbs and norms: before the grade they make the document a generic object ("vận chuyển tài liệu tối mật")
  HANDLING: [
    'không được', 'ko được', 'k được', 'không nên', 'ko nên', 'tránh để', 'tránh đưa', 'nghiêm cấm', 'bị cấm', 'tủ đựng', 'hộp đựng', 'bì đựng', 'quản lý', 'bảo quản', 'lưu giữ', 'lưu trữ', 'sao chụp', 'chụp', 'sao', 'vận chuyển',
    'giao nhận', 'tiêu hủy', 'làm lộ', 'để lộ', 'làm mất', 'đánh mất', 'mang ra', 'tiếp cận',
    'đăng ký', 'thống kê', 'phổ biến', 'các loại', 'tất cả', 'bảo vệ', 'ý thức',
  ],
  // the syllable after "mật" that starts a compound of its own: "hồ sơ mật vụ án" is "mật" + "vụ án"
  STEALS_SECOND_SYLLABLE: ['vụ án', 'vụ việc', 'báo cáo', 'lệnh bắt'],
  // after an unaccented "mat": the verb "mất" or the noun "mặt" ("mat hieu luc", "mat bang", "mat het", "mat hang", "Mat tran")
  VERB_MAT_NEXT: [
    'hieu', 'gia', 'bang', 'tien', 'tich', 'di', 'roi', 'het', 'bao', 'thoi', 'nhieu', 'it', 'o', 'trong', 'tren', 'khi', 'luc',
    'tu', 'ngay', 'nua', 'luon', 'dau', 'cap', 'mot', 'hai', 'ba', 'ca', 'sach', 'trang', 'nuoc', 'dien', 'ngu', 'tinh',
    'song', 'mang', 'ket', 'lien', 'trom', 'con', 'viec', 'quyen', 'dat', 'duong', 'kha', 'kiem', 'an', 'suc', 'hang', 'tran', 'trai',
  ],
  // after an unaccented "toi mat": "tôi mất" ("toi mat roi", "toi mat o dau")
  LOSS_NEXT: ['roi', 'hom', 'o', 'khi', 'luc', 'tu', 'tren', 'trong', 'may', 'ca', 'het', 'di', 'tieu', 'dau', 'mot', 'no', 'cai', 'giay', 'the', 'vi', 'dien'],
} as const;
