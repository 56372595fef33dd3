/**
 * Phrases (lower case, with diacritics; matched syllable by syllable, with or without diacritics)
 * for secrecy, internal-information and sensitive-attribute detection. Grouped by tag.
 */
export const CONTENT_LEXICON = {
  // statements that a text is a state secret (level 4) when not asked about in the abstract
  SECRET_STMT: [
    'là tài liệu mật', 'là tài liệu tối mật', 'là tài liệu tuyệt mật', 'là văn bản mật', 'là nội dung mật', 'là thông tin mật',
    'là bí mật nhà nước', 'thuộc bí mật nhà nước', 'thuộc danh mục bí mật nhà nước', 'chứa bí mật nhà nước', 'có nội dung bí mật nhà nước',
    'tài liệu tối mật của', 'tài liệu tuyệt mật của', 'tài liệu mật của', 'văn bản mật của', 'văn bản tối mật của', 'văn bản tuyệt mật của',
    'tài liệu mật này', 'tài liệu mật sau', 'tài liệu mật dưới đây', 'tài liệu mật đính kèm', 'tài liệu mật gửi kèm', 'văn bản mật này', 'văn bản mật sau',
    'bản mật này', 'thuộc diện mật', 'thuộc loại mật', 'độ mật cao', 'đóng dấu mật', 'đóng dấu tối mật', 'đóng dấu tuyệt mật', 'có dấu mật', 'có dấu tối mật', 'có dấu tuyệt mật',
    'thuộc danh mục bmnn', 'thuộc bmnn', 'là bmnn', 'có nội dung bmnn', 'mang dấu mật', 'mang độ mật', 'đóng dấu độ mật', 'nội dung mật sau', 'thông tin mật sau', 'đây là tài liệu mật', 'đây là bí mật nhà nước',
    'thuộc độ mật', 'thuộc độ tối mật', 'thuộc độ tuyệt mật', 'được xác định độ mật', 'đã xác định độ mật', 'được xếp độ mật',
    'đánh dấu mật', 'đánh dấu tối mật', 'đánh dấu tuyệt mật', 'đánh dấu độ mật', 'được đánh dấu mật', 'ghi độ mật tối mật', 'ghi độ mật tuyệt mật',
    'phạm vi bí mật nhà nước', 'là bí mật quốc gia', 'thuộc bí mật quốc gia', 'bí mật quốc gia', 'dấu mật', 'dấu tối mật', 'dấu tuyệt mật',
    'dấu độ mật', 'dấu chỉ độ mật', 'được xác định độ mật', 'đã được xác định độ mật', 'độ mật theo danh mục', 'thuộc bmnn', 'tài liệu mật của',
  ],
  // short statements that only count when "mật" carries its diacritics ("hom nay mat dien" is "mất điện")
  SECRET_STMT_ACCENTED: ['là mật', 'này mật'],
  ENVELOPE: ['chỉ người có tên mới được bóc bì', 'chỉ người có tên mới được mở', 'tài liệu thu hồi'],
  // everyday compounds that contain the syllable "mật" (never a marking)
  MAT_BENIGN: [
    'mật khẩu', 'mật độ', 'bảo mật', 'mật thiết', 'mật ong', 'bí mật', 'cơ mật', 'mật mã', 'mật mía', 'giải mật', 'mật thám',
    'mật báo', 'mật vụ', 'mật ước', 'mật lệnh', 'mật ngữ', 'tỉ mật', 'mật phẩm', 'mật gấu', 'mật rỉ', 'thân mật', 'tối mật mã', 'mật thư',
  ],
  // the message asks about rules rather than carrying a document
  LAW_Q: [
    'quy định nào', 'quy định này', 'theo quy định', 'quy định ở', 'quy định tại', 'nằm ở điều', 'điều nào', 'văn bản nào', 'nghị định nào',
    'luật nào', 'thông tư nào', 'là gì', 'có được không', 'có phải', 'phải không', 'mấy độ mật', 'bao nhiêu năm', 'thời hạn bảo vệ',
    'luật bảo vệ bí mật nhà nước', 'bảo vệ bí mật nhà nước', 'trích dẫn', 'thủ tục giải mật', 'như thế nào', 'thế nào', 'ra sao', 'phân biệt',
    'giải thích', 'vì sao', 'tại sao', 'thẩm quyền', 'khi nào', 'có cần', 'được không', 'bao lâu', 'quy trình', 'thủ tục',
  ],
  // wider signs of a question about rules, used only for bare "tối mật"/"tuyệt mật" inside a sentence
  LAW_Q_BROAD: [
    'cho mình hỏi', 'cho em hỏi', 'cho hỏi', 'cho tôi hỏi', 'hỏi', 'nghị định', 'thông tư', 'luật', 'bmnn', 'độ mật', 'các độ mật', 'trích',
    'quy định', 'quy chế', 'hướng dẫn', 'ví dụ', 'khái niệm', 'tập huấn',
  ],
  PUBLISHED: [
    'đã ban hành', 'đã công bố', 'đăng công báo', 'đã đăng', 'đã được công bố', 'đã công khai', 'công khai trên', 'đăng trên website',
    'đã đăng tải', 'trên cổng thông tin', 'theo báo', 'báo điện tử', 'niêm yết công khai', 'thông cáo báo chí',
    'lấy ý kiến nhân dân', 'lấy ý kiến rộng rãi', 'công khai lấy ý kiến', 'cổng ttđt', 'có tin',
  ],
  NOI_BO: ['nội bộ'],
  UNPUB: [
    'chưa công bố', 'chưa công khai', 'chưa ban hành', 'chưa ký', 'chưa trình', 'chưa thẩm định', 'chưa duyệt', 'chưa phê duyệt',
    'chưa gửi', 'đang trình', 'chưa thông báo', 'chưa xin ý kiến', 'chưa đăng tải', 'chưa chính thức', 'chưa niêm yết', 'chưa phổ biến',
    'bản xin ý kiến', 'xin ý kiến các phòng', 'chưa được phép công khai', 'chưa công bố kết quả', 'chưa thông qua', 'chưa quyết định',
    'không phổ biến', 'dự thảo lần', 'chưa lấy ý kiến', 'đang xin ý kiến', 'chưa được duyệt', 'chưa được phê duyệt',
    'chưa phát hành', 'chưa được thông qua', 'chưa được ban hành', 'chưa được ký', 'chưa đăng', 'chưa được công khai', 'chưa chốt',
    'chờ phê duyệt', 'chờ ký', 'chưa trình ký', 'đang thẩm định', 'đang hoàn thiện', 'đang dự thảo', 'bản thảo', 'để xin ý kiến', 'lấy ý kiến nội bộ',
    'chưa có kết quả chính thức', 'chưa thông báo chính thức', 'chưa được thông báo', 'chưa niêm yết công khai',
  ],
  DRAFT: ['dự thảo', 'bản nháp'],
  INTERNAL_MARK: [
    'lưu hành nội bộ', 'tài liệu nội bộ', 'email nội bộ', 'báo cáo nội bộ', 'văn bản nội bộ', 'thông tin nội bộ', 'kế hoạch nội bộ',
    'không chuyển tiếp', 'không được chuyển tiếp', 'không chuyển ra ngoài', 'không được chuyển ra ngoài', 'không phát tán',
    'chỉ lưu hành', 'không phổ biến ra ngoài', 'không chia sẻ ra ngoài', 'không được chia sẻ', 'hạn chế phổ biến', 'không cung cấp ra ngoài',
    'không tiết lộ', 'không công bố ra ngoài', 'không đưa ra ngoài', 'tuyệt đối không chia sẻ',
    'giữ kín', 'không được tiết lộ', 'hạn chế tiếp cận', 'mật nội bộ', 'chỉ phục vụ nội bộ', 'phục vụ lãnh đạo', 'không được phổ biến', 'chỉ dùng nội bộ', 'sử dụng nội bộ', 'dùng trong nội bộ',
  ],
  // "do not put internal documents into AI" is advice, not a marking
  INTERNAL_NEG: ['không đưa', 'không được đưa', 'không nhập', 'không tải', 'không chia sẻ', 'cấm đưa', 'nghiêm cấm', 'không cung cấp', 'không được cung cấp', 'tránh đưa'],
  FIN_TOPIC: [
    'dự toán', 'ngân sách', 'gói thầu', 'giá trần', 'hồ sơ mời thầu', 'hsmt', 'giá đất', 'bảng giá đất', 'quy hoạch', 'kinh phí', 'tổng mức đầu tư',
    'vốn đầu tư', 'thu ngân sách', 'chi thường xuyên', 'mua sắm', 'chi tiêu nội bộ', 'mức khoán', 'đấu thầu', 'giá dự thầu', 'hồ sơ dự thầu',
    'phương án giá', 'hụt thu', 'tiền sử dụng đất', 'kinh phí bồi thường', 'nguồn vốn', 'tổng mức', 'quyết toán', 'giá dự toán', 'đơn giá',
    'đấu giá', 'giá khởi điểm', 'tiền thuê đất', 'giá bồi thường', 'phương án bồi thường', 'tổng dự toán', 'giá trúng thầu', 'kế hoạch vốn',
    'kế hoạch đầu tư công', 'phân bổ vốn', 'bảng giá', 'hệ số điều chỉnh giá đất', 'quy hoạch sử dụng đất', 'quy hoạch phân khu', 'quy hoạch chi tiết',
    'chi hành chính', 'chi đầu tư', 'giải ngân', 'thu chi', 'nguồn thu', 'định giá', 'thẩm định giá', 'tổng vốn', 'chi phí', 'báo cáo tài chính', 'tạm ứng', 'kinh phí sự nghiệp',
  ],
  FIN_STRONG: ['giá trần gói thầu', 'giá dự thầu của', 'giá gói thầu', 'giá trần'],
  PERS_TOPIC: [
    'nâng lương', 'xếp loại', 'đánh giá cuối năm', 'đánh giá xếp loại', 'bổ nhiệm', 'quy hoạch cán bộ', 'phiếu tín nhiệm', 'lấy phiếu tín nhiệm',
    'thi tuyển', 'điểm phỏng vấn', 'tự kiểm điểm', 'kiểm điểm', 'hồ sơ cán bộ', 'lý lịch đảng viên', 'tinh giản', 'dôi dư',
    'phân loại công chức', 'phân loại cán bộ', 'phân loại viên chức', 'đánh giá công chức', 'đánh giá cán bộ', 'đánh giá viên chức', 'không hoàn thành',
    'phản ánh nội bộ', 'sắp xếp cán bộ', 'hệ số lương', 'chiến sĩ thi đua',
    'hồ sơ đánh giá', 'nhận xét cán bộ', 'bố trí cán bộ', 'phương án nhân sự', 'nhân sự chủ chốt', 'đề bạt', 'miễn nhiệm', 'cách chức',
    'hạ bậc lương', 'buộc thôi việc', 'thôi việc', 'nghỉ hưu trước tuổi', 'hoàn thành tốt nhiệm vụ', 'hoàn thành xuất sắc',
    'thăng hạng', 'nâng ngạch', 'sát hạch', 'thôi giữ chức', 'đánh giá năng lực', 'hồ sơ nhân sự', 'hồ sơ đảng viên', 'nhận xét đánh giá',
  ],
  // staff matters that are internal only when marked as not yet public (not merely because a name is near)
  // commendations and sanctions also concern pupils and citizens: staff records only beside a staff word
  PERS_AMBIG: ['thi đua', 'khen thưởng', 'bằng khen', 'giấy khen', 'khiển trách', 'cảnh cáo', 'kết quả thi', 'nhận quà', 'kỷ luật'],
  STAFF: [
    'cán bộ', 'công chức', 'viên chức', 'chuyên viên', 'đảng viên', 'đồng chí', 'nhân viên', 'trưởng phòng', 'phó phòng', 'người lao động',
    'giáo viên', 'phó trưởng phòng', 'cán bộ chủ chốt',
  ],
  PERS_WEAK: ['nhân sự', 'xét tuyển', 'tuyển dụng', 'chuyển công tác', 'biệt phái', 'từ chức', 'phân công công tác', 'luân chuyển', 'điều động'],
  PARTY_ORG: [
    'đảng ủy', 'chi bộ', 'đảng bộ', 'ban thường vụ', 'btv', 'thường trực đảng ủy', 'thường vụ', 'ubkt', 'ủy ban kiểm tra', 'tỉnh ủy', 'huyện ủy',
    'thành ủy', 'đảng viên', 'kết nạp đảng', 'đại hội đảng', 'cấp ủy', 'đảng phí', 'quận ủy', 'thị ủy', 'đảng đoàn', 'ban cán sự đảng',
    'chi ủy', 'bí thư chi bộ', 'đảng ủy viên', 'ban tuyên giáo', 'ban tổ chức', 'ban dân vận', 'ban chấp hành đảng bộ', 'hội nghị ban chấp hành',
  ],
  PARTY_DOC: [
    'nghị quyết chi bộ', 'họp chi bộ', 'sinh hoạt chi bộ', 'tự kiểm điểm', 'báo cáo chính trị', 'thông báo kết luận', 'kết quả kiểm tra',
    'quy chế làm việc', 'tài liệu họp', 'phiên họp', 'biên bản họp', 'kết nạp đảng', 'họp btv', 'họp ban thường vụ',
  ],
  SCHED: [
    'lịch trình', 'lịch công tác', 'lịch trực', 'hành trình', 'lộ trình', 'đoàn công tác', 'kiểm tra đột xuất', 'không báo trước', 'xuất phát',
    'phương án bảo vệ', 'cảnh vệ', 'xe dẫn đường', 'dẫn đoàn', 'lịch làm việc', 'chuyến công tác', 'đi công tác', 'lịch đi', 'lịch tiếp khách',
    'về làm việc', 'đến làm việc', 'đón đoàn', 'tiếp đoàn', 'đón tiếp đoàn', 'chương trình làm việc', 'chương trình công tác', 'lịch thăm', 'đi kiểm tra',
    'lịch họp', 'lịch trình di chuyển', 'kế hoạch công tác', 'phương tiện di chuyển', 'bố trí xe', 'điểm dừng', 'nghỉ trưa tại', 'đón lãnh đạo', 'tháp tùng',
    'thành phần đoàn', 'đi cùng đoàn',
  ],
  LEADER: [
    'lãnh đạo', 'sếp', 'bí thư', 'chủ tịch', 'phó chủ tịch', 'giám đốc', 'phó giám đốc', 'đồng chí', 'thủ trưởng', 'đoàn', 'trưởng ban', 'bộ trưởng', 'thứ trưởng',
    'trưởng đoàn', 'tổng bí thư', 'thủ tướng', 'chánh văn phòng', 'trưởng phòng',
  ],
  // cues of a credential given for an account (detect-credentials.ts reads the clause after them for a secret value)
  CRED_PASSWORD: ['mật khẩu', 'mật mã', 'password', 'passwd', 'passcode', 'pass word', 'pwd', 'mã mở khóa', 'mã két', 'mã quản trị', 'mã bảo mật'],
  CRED_PASSWORD_AMBIGUOUS: ['mk', 'pw', 'pass', 'pas'],
  CRED_OTP: ['otp', 'mã xác thực', 'mã xác nhận', 'mã xác minh', 'mã kích hoạt', 'mã 2fa', '2fa', 'mã đăng nhập', 'mã giao dịch', 'smart otp', 'verification code'],
  CRED_PIN: ['mã pin', 'số pin', 'pin code', 'mã puk', 'puk'],
  CRED_PIN_AMBIGUOUS: ['pin'],
  CRED_RECOVERY: ['mã khôi phục', 'recovery key', 'recovery code', 'backup code', 'mã dự phòng', 'seed phrase', 'cụm từ khôi phục', 'khóa khôi phục'],
  CRED_KEY: ['api key', 'apikey', 'access key', 'secret key', 'client secret', 'access token', 'app secret', 'token'],
  // sensitive personal attributes (level 3 when tied to an identifiable person)
  SENS: [
    'ung thư', 'hiv', 'aids', 'arv', 'methadone', 'nghiện', 'cai nghiện', 'sử dụng ma túy', 'nghiện ma túy', 'tâm thần', 'trầm cảm', 'khuyết tật',
    'mắc bệnh', 'bị bệnh', 'bệnh tim', 'phẫu thuật', 'chẩn đoán', 'bị ốm', 'ốm nặng', 'bại não', 'tự kỷ', 'động kinh', 'thiểu năng', 'rối loạn tâm thần',
    'bệnh án', 'đang điều trị', 'điều trị', 'nằm viện', 'nhập viện', 'mang thai', 'mang bầu', 'có thai', 'sảy thai', 'dọa sảy', 'phá thai', 'vô sinh',
    'lao phổi', 'viêm gan', 'tiểu đường', 'đột quỵ', 'bệnh hiểm nghèo', 'chạy thận', 'suy thận', 'thương tật', 'tai biến', 'bệnh nền', 'sức khỏe yếu',
    'đái tháo đường', 'hóa trị', 'xạ trị', 'lọc máu', 'khám thai', 'nhiễm hiv', 'ung bướu', 'bệnh lao', 'cai nghiện ma túy', 'nghiện rượu',
    'theo đạo', 'công giáo', 'tin lành', 'phật giáo', 'đạo phật', 'cao đài', 'hòa hảo', 'tín đồ', 'hồi giáo', 'đạo thiên chúa',
    'giáo dân', 'tu sĩ', 'mục sư', 'linh mục', 'ni cô', 'sư thầy', 'theo công giáo',
    'quan điểm chính trị', 'phản động', 'bất đồng chính kiến', 'chống đối chế độ',
    'tham gia biểu tình', 'phát ngôn trái quan điểm', 'tổ chức phản động', 'chống phá', 'đảng phái chính trị',
    'tiền án', 'tiền sự', 'phạm tội', 'chấp hành xong án', 'án phạt tù', 'ra trại', 'ra tù', 'ngồi tù', 'bị can', 'bị cáo', 'bị khởi tố',
    'tạm giam', 'truy nã', 'đặc xá', 'án treo', 'có án', 'bị kết án', 'kết án', 'năm tù', 'tháng tù', 'phạt tù', 'án tù', 'tội danh', 'cải tạo không giam giữ',
    'người dân tộc', 'dân tộc tày', 'dân tộc nùng', 'dân tộc thái', 'dân tộc mông', 'dân tộc dao', 'dân tộc khmer', 'dân tộc hoa', 'dân tộc ê đê', 'dân tộc mường',
    'dân tộc sán dìu', 'dân tộc sán chay', 'dân tộc giáy', 'dân tộc chăm', 'dân tộc gia rai', 'dân tộc ba na', 'dân tộc xơ đăng', 'dân tộc lô lô',
    'người mông', 'người dao', 'người tày', 'người nùng', 'người khmer', 'người chăm', 'người ê đê',
    'quan hệ ngoài hôn nhân', 'ngoại tình', 'quan hệ tình dục', 'đồng tính', 'song tính', 'chuyển giới', 'xu hướng tính dục', 'xâm hại tình dục',
    'hiếp dâm', 'mại dâm', 'có bồ', 'quấy rối tình dục', 'bị quấy rối', 'bị xâm hại', 'dâm ô', 'cưỡng hiếp', 'bị hiếp',
    'vân tay', 'mống mắt', 'sinh trắc học', 'sinh trắc', 'nhận dạng khuôn mặt', 'adn', 'dna', 'giám định gen', 'huyết thống', 'gen di truyền',
    'nợ xấu', 'khoản nợ', 'vay nợ', 'vỡ nợ', 'giãn nợ', 'nợ ngân hàng', 'khởi kiện vì nợ', 'kê biên', 'sổ tiết kiệm', 'tín dụng đen', 'vay nóng',
    'đang nợ', 'nợ tiền', 'nợ nần', 'nợ thuế', 'thu nhập hàng tháng', 'số dư tài khoản', 'mất khả năng trả nợ',
    'xét nghiệm gen', 'mang gen', 'gen bệnh', 'bệnh di truyền', 'bệnh bẩm sinh', 'tan máu bẩm sinh', 'thalassemia', 'thương tích', 'bị thương', 'sơ cứu',
    'tạm lánh', 'nơi ẩn náu', 'bạo lực gia đình', 'bị chồng đánh', 'bị vợ đánh', 'bị bạo hành', 'chỗ ở hiện tại',
    'đang ở tại', 'vị trí hiện tại', 'nơi ở mới', 'lánh nạn', 'bỏ trốn', 'đang trốn',
  ],
} as const;
