/** Words around people, identifiers and addresses (lower case, with diacritics). */
export const PEOPLE_LEXICON = {
  PERSON_CTX: [
    'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cháu', 'cụ', 'đồng chí', 'đ c', 'công dân', 'hộ', 'hộ ông', 'hộ bà', 'vợ', 'chồng', 'con',
    'chuyên viên', 'cán bộ', 'công chức', 'viên chức', 'học sinh', 'sinh viên', 'quần chúng', 'bệnh nhân', 'người dân', 'thí sinh', 'đảng viên', 'mr', 'ms', 'bạn',
    'cô giáo', 'thầy', 'thầy giáo', 'kỹ thuật viên', 'kế toán', 'nhân viên', 'người lao động', 'nạn nhân', 'đối tượng', 'bị hại', 'ứng viên',
  ],
  // an official named with a leadership title is a public figure, not private personal data
  LEADER_TITLE: [
    'chủ tịch', 'phó chủ tịch', 'bí thư', 'phó bí thư', 'giám đốc', 'phó giám đốc', 'thủ tướng', 'phó thủ tướng', 'bộ trưởng', 'thứ trưởng',
    'tổng bí thư', 'chủ nhiệm', 'trưởng ban', 'phó trưởng ban', 'chánh văn phòng', 'chánh án', 'viện trưởng', 'chủ tịch nước', 'đại biểu quốc hội',
    'tỉnh ủy viên', 'ủy viên ban thường vụ', 'thường trực', 'trưởng công an', 'giám đốc sở', 'chủ tịch ubnd', 'chủ tịch hđnd', 'bí thư đảng ủy',
    // public figures named in culture and history
    'nhạc sĩ', 'nhà thơ', 'nhà văn', 'họa sĩ', 'ca sĩ', 'nghệ sĩ', 'nghệ sĩ nhân dân', 'nghệ sĩ ưu tú', 'anh hùng', 'liệt sĩ', 'đại tướng',
    'thượng tướng', 'trung tướng', 'thiếu tướng', 'vua', 'danh nhân', 'bà mẹ việt nam anh hùng', 'nhà cách mạng', 'cố thủ tướng', 'cố tổng bí thư',
  ],
  // a capitalised run right after these words is a place, street, school or firm, not a person
  PLACE_PREFIX: [
    'đường', 'phố', 'tuyến', 'quận', 'huyện', 'phường', 'xã', 'thị xã', 'thị trấn', 'thành phố', 'tp', 'tỉnh', 'thôn', 'xóm', 'ấp', 'bản', 'làng',
    'khu', 'khu phố', 'tổ dân phố', 'trường', 'tiểu học', 'thcs', 'thpt', 'mầm non', 'cầu', 'chợ', 'bến', 'công viên', 'hồ', 'sông', 'núi', 'đền', 'chùa',
    'đình', 'tượng', 'lăng', 'tư tưởng', 'công ty', 'tnhh', 'cổ phần', 'cp', 'htx', 'hợp tác xã', 'doanh nghiệp', 'nhà máy', 'bệnh viện', 'giải', 'quỹ',
    'quảng trường', 'đại lộ', 'ngõ', 'hẻm', 'ngách', 'kiệt', 'nhà văn hóa', 'karaoke', 'nhà hàng', 'khách sạn', 'cửa hàng', 'quán', 'cơ sở', 'dự án', 'báo',
    'học viện', 'đại học', 'cao đẳng', 'sân vận động', 'cụm công nghiệp', 'khu công nghiệp', 'chung cư', 'tòa nhà', 'vịnh', 'đảo', 'đèo', 'cửa khẩu',
  ],
  // a firm's legal form a few words before a capitalised run ("Công ty Cổ phần Xây dựng Hoàng Liên Sơn"): the run names the firm
  FIRM: ['công ty', 'cổ phần', 'tnhh', 'liên danh', 'tập đoàn', 'hợp tác xã', 'htx', 'doanh nghiệp tư nhân', 'dntn'],
  // historical figures whose names are streets, schools and ideas across the country
  HISTORIC: [
    'hồ chí minh', 'trần hưng đạo', 'lý thái tổ', 'lê lợi', 'nguyễn trãi', 'quang trung', 'võ nguyên giáp', 'lê duẩn', 'trần phú', 'nguyễn huệ',
    'lý thường kiệt', 'phan bội châu', 'phan chu trinh', 'nguyễn du', 'nguyễn thị minh khai', 'tôn đức thắng', 'phạm văn đồng', 'hoàng văn thụ',
    'võ thị sáu', 'đinh tiên hoàng', 'trần quốc toản', 'lê thánh tông', 'nguyễn văn cừ', 'lý tự trọng', 'ngô quyền', 'lê hồng phong', 'nguyễn văn linh',
    'trường chinh', 'lê quý đôn', 'nguyễn đình chiểu', 'trần nhân tông', 'lý công uẩn', 'trần quang khải', 'nguyễn chí thanh', 'lê văn lương',
    'nguyễn tất thành', 'lê đại hành', 'nguyễn khuyến', 'hàm nghi', 'phạm ngũ lão', 'trần khánh dư', 'nguyễn thái học', 'phạm hùng', 'nguyễn lương bằng',
    'hoàng diệu', 'lê trọng tấn', 'võ văn kiệt', 'nguyễn văn trỗi', 'phan đình phùng', 'đinh bộ lĩnh', 'lê lai', 'trần bình trọng', 'nguyễn xí',
    'nguyễn ái quốc', 'nguyễn sinh sắc', 'phan đình giót', 'bế văn đàn', 'tô vĩnh diện', 'cù chính lan', 'nguyễn văn bé',
    'hồ gươm', 'hồ tây', 'hà nội', 'hà giang', 'hà tĩnh', 'hà nam', 'hà đông', 'hồ tùng mậu', 'mạc đĩnh chi', 'mạc thị bưởi', 'cao bá quát', 'hồ xuân hương',
  ],
  ID_CCCD: ['cccd', 'căn cước', 'căn cước công dân', 'thẻ căn cước', 'số định danh', 'mã định danh', 'định danh cá nhân'],
  ID_CMND: ['cmnd', 'cmt', 'chứng minh', 'chứng minh nhân dân', 'chứng minh thư', 'giấy tờ tùy thân'],
  ID_PASSPORT: ['hộ chiếu', 'passport'],
  ID_BHXH: ['bhxh', 'bảo hiểm xã hội', 'sổ bhxh', 'mã số bhxh', 'mã bhxh'],
  ID_BHYT: ['bhyt', 'bảo hiểm y tế', 'thẻ bhyt'],
  ID_TAX: ['mst', 'mã số thuế', 'mã số thuế cá nhân', 'mã thuế'],
  ID_BANK: ['tài khoản', 'stk', 'số tk', 'số tài khoản', 'tài khoản ngân hàng', 'account', 'tk', 'chuyển khoản', 'ck', 'nhận tiền', 'chủ tk', 'chủ tài khoản'],
  // banks named beside a number (before or after it) make it an account number
  BANK_NAME: [
    'ngân hàng', 'nh', 'vietcombank', 'vcb', 'techcombank', 'tcb', 'bidv', 'agribank', 'vietinbank', 'mbbank', 'mb bank', 'mb', 'acb', 'sacombank',
    'vpbank', 'tpbank', 'hdbank', 'shb', 'ocb', 'msb', 'vib', 'seabank', 'eximbank', 'lpbank', 'lienvietpostbank', 'bac a bank', 'kienlongbank',
    'abbank', 'namabank', 'nam a bank', 'pvcombank', 'baoviet bank', 'scb', 'vietbank', 'oceanbank', 'gpbank', 'cbbank', 'vietabank', 'ncb', 'pgbank',
    'saigonbank', 'bvbank', 'momo', 'zalopay', 'viettel money', 'chi nhánh',
  ],
  ID_PLATE: ['biển số', 'biển kiểm soát', 'bks', 'bsx', 'biển', 'xe', 'ô tô', 'xe máy', 'mô tô', 'xe tải', 'xe khách', 'xe con', 'phương tiện'],
  ID_CARD: ['thẻ', 'atm', 'visa', 'mastercard', 'thẻ tín dụng', 'thẻ ghi nợ', 'card', 'số thẻ'],
  ID_PHONE: ['sđt', 'điện thoại', 'đt', 'số điện thoại', 'di động', 'zalo', 'hotline', 'số máy', 'gọi', 'liên hệ', 'tel', 'phone', 'mobile'],
  // numbers published by an agency for the public
  PUBLIC_LINE: ['hotline', 'đường dây nóng', 'tổng đài', 'số trực', 'trực ban', 'điện thoại cơ quan', 'số máy lẻ', 'fax'],
  ORG_CTX: [
    'văn phòng', 'ubnd', 'ủy ban', 'sở', 'phòng', 'cơ quan', 'bộ phận một cửa', 'trung tâm', 'bệnh viện', 'trường', 'công an', 'chi cục', 'cục',
    'ban', 'hđnd', 'đảng ủy', 'bộ phận', 'trạm y tế', 'tòa án', 'viện kiểm sát', 'kho bạc', 'ngân hàng', 'công ty', 'doanh nghiệp',
  ],
  ADDR_TRIGGER: [
    'trú tại', 'thường trú', 'tạm trú', 'nơi ở', 'chỗ ở', 'địa chỉ nhà', 'nhà ở số', 'ngụ tại', 'sinh sống tại', 'cư trú tại', 'cư trú', 'nhà riêng',
    'địa chỉ', 'hộ khẩu', 'quê quán', 'nơi sinh', 'nhà ở', 'nhà số', 'số nhà',
  ],
  ADDR_UNIT: [
    'thôn', 'xóm', 'ấp', 'bản', 'tổ', 'tổ dân phố', 'khu phố', 'khu', 'phường', 'xã', 'quận', 'huyện', 'thị xã', 'thị trấn', 'thành phố', 'tp', 'tỉnh',
    'số', 'đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'làng', 'buôn', 'sóc', 'khóm', 'căn hộ', 'phòng', 'chung cư', 'lô', 'km',
  ],
} as const;

/** Vietnamese surnames, most frequent first (with diacritics). */
export const SURNAMES = [
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương', 'lý', 'lương', 'đinh', 'trịnh',
  'đoàn', 'trương', 'lâm', 'mai', 'tạ', 'hà', 'chu', 'kiều', 'mạc', 'lục', 'nông', 'phùng', 'cao', 'quách', 'tô', 'tôn', 'triệu',
  'vương', 'châu', 'hứa', 'khổng', 'lưu', 'diệp', 'đàm', 'đào', 'lại', 'tăng', 'kim', 'hầu', 'lò',
  'vi', 'sầm', 'khúc', 'âu', 'doãn', 'nghiêm', 'bạch', 'tống', 'mẫn', 'cù', 'thạch', 'bế', 'phí', 'ma', 'hoàng phủ',
  // less frequent, and those of the northern mountain peoples (Sùng A Páo, Lường Thị Xuân)
  'giáp', 'kha', 'lã', 'lường', 'cầm', 'quàng', 'sùng', 'giàng', 'thào', 'lầu', 'lù', 'chảo', 'tẩn',
] as const;

/** Common middle and given-name syllables (plain), to tell an upper-case signature from a heading. */
export const GIVEN_NAME_SYLLABLES = [
  'van', 'thi', 'duc', 'minh', 'huu', 'ngoc', 'thanh', 'quang', 'xuan', 'hong', 'thu', 'kim', 'hoang', 'cong', 'anh', 'tuan', 'hai', 'hung',
  'dung', 'trung', 'nam', 'binh', 'long', 'phuong', 'lan', 'mai', 'hoa', 'huong', 'ha', 'linh', 'trang', 'thao', 'nga', 'hang', 'hien', 'yen',
  'tam', 'son', 'thang', 'toan', 'tai', 'loc', 'phuc', 'khanh', 'khang', 'kien', 'quan', 'quy', 'vinh', 'viet', 'dat', 'tien', 'thinh', 'phong',
  'hieu', 'nhan', 'nhung', 'oanh', 'thuy', 'tuyet', 'uyen', 'van', 'vy', 'diep', 'giang', 'hanh', 'hau', 'huyen', 'lien', 'loan', 'ly', 'my',
  'ngan', 'nhu', 'quynh', 'tham', 'thoa', 'trinh', 'tu', 'an', 'bao', 'chau', 'chi', 'cuong', 'dai', 'dinh', 'dong', 'duy', 'gia', 'hao', 'hoai',
  'huy', 'khoa', 'khoi', 'lam', 'luan', 'manh', 'nghia', 'nguyen', 'nhat', 'phat', 'phu', 'quoc', 'sang', 'tan', 'thai', 'thien', 'tho', 'thuan',
  'thuc', 'tri', 'truong', 'tung', 'vu', 'xuyen', 'dieu', 'kieu', 'bich', 'cam', 'dao', 'dieu', 'hue', 'le', 'ngoc', 'nhi', 'phuong', 'tuyen',
  'the', 'trong', 'ba', 'dinh', 'hoang', 'ich', 'khac', 'ngo', 'si', 'sy', 'tat', 'tran', 'xuan', 'y', 'bich', 'diem', 'hai', 'tuyet', 'nguyet',
] as const;
