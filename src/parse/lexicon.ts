/**
 * Dictionaries the parser relies on. Every entry is NFC (a test checks it) and free of duplicates.
 * Lists that feed regular expressions are sorted longest first where they are joined.
 */

/**
 * Abbreviations of Vietnamese administrative names and their expansions, used for `canonical`.
 * Applied on word boundaries, longest first, so "Sở TN&MT" becomes "Sở Tài nguyên và Môi trường".
 */
export const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['BCĐ', 'Ban Chỉ đạo'],
  ['BQL', 'Ban Quản lý'],
  ['QLDA', 'quản lý dự án'],
  ['BCH', 'Ban Chấp hành'],
  ['BTV', 'Ban Thường vụ'],
  ['KH&CN', 'Khoa học và Công nghệ'],
  ['KHCN', 'Khoa học và Công nghệ'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['KHĐT', 'Kế hoạch và Đầu tư'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['TNMT', 'Tài nguyên và Môi trường'],
  ['NN&MT', 'Nông nghiệp và Môi trường'],
  ['NNMT', 'Nông nghiệp và Môi trường'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['NNPTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['LĐTB&XH', 'Lao động - Thương binh và Xã hội'],
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['LĐTBXH', 'Lao động - Thương binh và Xã hội'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['GDĐT', 'Giáo dục và Đào tạo'],
  ['VH,TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VHTT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VHTTDL', 'Văn hóa, Thể thao và Du lịch'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['TTTT', 'Thông tin và Truyền thông'],
  ['GTVT', 'Giao thông vận tải'],
  ['TTHC', 'thủ tục hành chính'],
  ['CCHC', 'cải cách hành chính'],
  ['VPCP', 'Văn phòng Chính phủ'],
  ['VP', 'Văn phòng'],
  ['CVP', 'Chánh Văn phòng'],
  ['PCVP', 'Phó Chánh Văn phòng'],
  ['LĐVP', 'Lãnh đạo Văn phòng'],
  ['PCT', 'Phó Chủ tịch'],
  ['CT', 'Chủ tịch'],
  ['TT', 'Thường trực'],
  ['TTg', 'Thủ tướng Chính phủ'],
  ['XTĐT', 'Xúc tiến Đầu tư'],
  ['KCN', 'khu công nghiệp'],
  ['CCN', 'cụm công nghiệp'],
  ['KKT', 'khu kinh tế'],
  ['PCCC', 'phòng cháy, chữa cháy'],
  ['ISO', 'ISO'],
];

/**
 * Names of provincial departments and of ministries that hold "và" or a comma. After "các sở:" or "các Bộ:" the
 * list names them without their head word ("Giao các sở: Tài nguyên và Môi trường, Giáo dục và Đào tạo và Văn
 * phòng ..."), and only a dictionary tells "Kế hoạch và Đầu tư" (one body) from "Tài chính và Xây dựng" (two).
 * Both tone placements of "hóa" are listed, as they are written.
 */
export const JOINED_BODY_NAMES: readonly string[] = [
  'Tài nguyên và Môi trường',
  'Giáo dục và Đào tạo',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Kế hoạch và Đầu tư',
  'Khoa học và Công nghệ',
  'Thông tin và Truyền thông',
  'Dân tộc và Tôn giáo',
  'Lao động - Thương binh và Xã hội',
  'Lao động – Thương binh và Xã hội',
  'Lao động, Thương binh và Xã hội',
  'Văn hóa, Thể thao và Du lịch',
  'Văn hoá, Thể thao và Du lịch',
  'Văn hóa và Thể thao',
  'Văn hoá và Thể thao',
];

/**
 * Vietnamese family names, used to find where a personal name starts ("Phó Chủ tịch UBND tỉnh
 * Dương Văn Thái"). Includes common ethnic-minority family names (Lò, Giàng, Ksor, Rơ Chăm, ...).
 */
export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đinh', 'Đoàn', 'Trịnh', 'Mai', 'Trương', 'Lâm', 'Lưu', 'Tạ', 'Cao', 'Hà', 'Chu', 'Lương',
  'Kiều', 'Quách', 'Thái', 'Tô', 'Triệu', 'Vương', 'Phùng', 'La', 'Lò', 'Lù', 'Sùng', 'Giàng', 'Thào', 'Vàng',
  'Mạc', 'Tăng', 'Thân', 'Tôn', 'Khúc', 'Kim', 'Bế', 'Nông', 'Lục', 'Hứa', 'Âu', 'Mã', 'Tống', 'Nghiêm',
  'Châu', 'Đàm', 'Giáp', 'Khổng', 'Lã', 'Lại', 'Ông', 'Quan', 'Sầm', 'Thạch', 'Tiêu', 'Trình', 'Từ', 'Ninh',
  'Phí', 'Diệp', 'Doãn', 'Hầu', 'Hàn', 'Khương', 'Lạc', 'Luân', 'Ma', 'Mông', 'Nhữ', 'Ôn', 'Phó', 'Quản',
  'Thiều', 'Thều', 'Tòng', 'Vi', 'Viên', 'Yên', 'Ksor', 'Siu', 'Rơ', 'Nay', 'Kpă', 'Điểu', 'Y', 'H',
  'Hờ', 'Mùa', 'Cứ', 'Lầu', 'Hạng', 'Chảo', 'Tẩn', 'Bàn', 'Sần', 'Lường', 'Cầm', 'Quàng', 'Khà',
];

/** Document type names as written in the header, with their Decree 30 abbreviations (Appendix III). */
export const TYPE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['THÔNG BÁO', 'TB'],
  ['KẾ HOẠCH', 'KH'],
  ['CHỈ THỊ', 'CT'],
  ['QUYẾT ĐỊNH', 'QĐ'],
  ['NGHỊ QUYẾT', 'NQ'],
  ['QUY CHẾ', 'QC'],
  ['QUY ĐỊNH', 'QyĐ'],
  ['THÔNG CÁO', 'TC'],
  ['HƯỚNG DẪN', 'HD'],
  ['CHƯƠNG TRÌNH', 'CTr'],
  ['PHƯƠNG ÁN', 'PA'],
  ['ĐỀ ÁN', 'ĐA'],
  ['DỰ ÁN', 'DA'],
  ['BÁO CÁO', 'BC'],
  ['BIÊN BẢN', 'BB'],
  ['TỜ TRÌNH', 'TTr'],
  ['HỢP ĐỒNG', 'HĐ'],
  ['CÔNG ĐIỆN', 'CĐ'],
  ['BẢN GHI NHỚ', 'BGN'],
  ['BẢN THỎA THUẬN', 'BTT'],
  ['GIẤY ỦY QUYỀN', 'GUQ'],
  ['GIẤY MỜI', 'GM'],
  ['GIẤY GIỚI THIỆU', 'GGT'],
  ['GIẤY NGHỈ PHÉP', 'GNP'],
  ['PHIẾU GỬI', 'PG'],
  ['PHIẾU CHUYỂN', 'PC'],
  ['PHIẾU BÁO', 'PB'],
  ['KẾT LUẬN', 'KL'],
];

/**
 * Words that start the name of a body or an official in a task sentence ("Sở Tài chính chủ trì ...",
 * "Giao Trung tâm Phát triển quỹ đất tỉnh ..."). Matched case-sensitively at a word start, so lower-case
 * verbs ("ban hành") do not start a name. Generic plural heads ("sở", "đơn vị") follow "các".
 */
export const ORG_HEADS: readonly string[] = [
  'Sở', 'Ban', 'Bộ', 'Ủy ban', 'Uỷ ban', 'UBND', 'HĐND', 'Hội đồng', 'Văn phòng', 'VP', 'Cơ quan', 'Cục',
  'Chi cục', 'Tổng cục', 'Tổng Cục', 'Vụ', 'Viện', 'Trung tâm', 'Phòng', 'Tổ', 'Đoàn', 'Công an', 'Bộ Chỉ huy',
  'Bộ đội', 'Thanh tra', 'Kho bạc', 'Ngân hàng', 'Thuế', 'Hải quan', 'Đài', 'Báo', 'Trường', 'Bệnh viện',
  'Công ty', 'Tổng công ty', 'Tập đoàn', 'Chi nhánh', 'Liên đoàn', 'Tổng Liên đoàn', 'Hội', 'Hiệp hội', 'Mặt trận',
  'Tỉnh đoàn', 'Đảng ủy', 'Đảng uỷ', 'Huyện ủy', 'Huyện uỷ', 'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ',
  'Thường trực', 'Thường vụ', 'Nhà đầu tư', 'Chủ đầu tư', 'Chủ tịch', 'Phó Chủ tịch', 'Giám đốc',
  'Thủ trưởng', 'Lãnh đạo', 'Người đứng đầu', 'Chánh Văn phòng', 'Trưởng', 'Thành viên', 'Doanh nghiệp',
  'Chính quyền', 'BCĐ', 'BQL', 'Nhà Đầu tư', 'Nhà thầu', 'Kiểm toán', 'Tòa án', 'Viện kiểm sát', 'Bưu điện', 'VNPT', 'Điện lực',
  'Đơn vị', 'Cấp ủy', 'Bí thư', 'Đồng chí', 'Bộ trưởng', 'Thủ tướng', 'Cảnh sát', 'Quân khu', 'Ủy viên', 'Tòa',
  'Chi bộ', 'Đảng bộ', 'Đảng đoàn', 'Chi ủy', 'Chi uỷ', 'Hạt', 'Trạm', 'Cổng', 'Học viện', 'Đại học', 'Trung đoàn', 'MTTQ',
  // A sector as a whole: "Ngành Quản lý ruộng đất từ Trung ương đến địa phương có trách nhiệm ...", "Ngành Y tế".
  'Ngành',
  // A province's newspaper and broadcaster merged in 2025: "Báo và Phát thanh, Truyền hình Lâm Đồng".
  'Báo và Phát thanh, Truyền hình', 'Báo và Đài Phát thanh, Truyền hình', 'Báo và PTTH',
  'Các', 'các', 'Từng', 'từng', 'Mỗi', 'mỗi', 'Toàn thể', 'Tất cả',
  // The addressees of a công văn, named with respect: "đề nghị Quý cơ quan, đơn vị báo cáo ...".
  'Quý cơ quan', 'quý cơ quan', 'Quý đơn vị', 'quý đơn vị', 'Quý địa phương', 'quý địa phương', 'Quý Sở', 'Quý Ban',
  'Quý Bộ', 'Quý Cục', 'Quý Ủy ban', 'Quý Uỷ ban', 'Quý UBND', 'Quý Công ty', 'quý Công ty', 'Quý Hội', 'Quý Trung tâm',
];

/** Generic, lower-case heads that name bodies only after "các" ("các sở, ban, ngành", "các đơn vị"). */
export const GENERIC_HEADS: readonly string[] = [
  'sở', 'ban', 'ngành', 'bộ', 'cơ quan', 'đơn vị', 'địa phương', 'huyện', 'xã', 'phường', 'tỉnh',
  'thành phố', 'doanh nghiệp', 'tổ chức', 'hội', 'chủ đầu tư', 'nhà đầu tư', 'trường', 'phòng', 'cấp',
  'thành viên', 'chi cục', 'trung tâm', 'công ty', 'chủ mỏ', 'cá nhân', 'đồng chí', 'hộ', 'bên', 'nhà thầu',
  'chính quyền', 'lực lượng', 'đoàn thể', 'thị trấn', 'thôn', 'bản', 'tổ dân phố',
];

/**
 * Words that start the predicate of a task sentence: what comes after the doer. The doer's name ends
 * right before the first of these ("Sở Tài chính | chủ trì, phối hợp ..."). Lower case only: inside names
 * the same words are capitalised ("Sở Xây dựng", "Ban Quản lý").
 */
export const PREDICATE_STARTS: readonly string[] = [
  'chủ trì', 'phối hợp', 'chủ động', 'tích cực', 'khẩn trương', 'tiếp tục', 'rà soát', 'tham mưu',
  'thực hiện', 'triển khai', 'tổ chức', 'nghiên cứu', 'hướng dẫn', 'kiểm tra', 'báo cáo', 'xây dựng',
  'chỉ đạo', 'cần', 'phải', 'có trách nhiệm', 'chịu trách nhiệm', 'chị trách nhiệm', 'sớm', 'nghiêm túc',
  'tăng cường', 'đẩy mạnh', 'đẩy nhanh', 'theo dõi', 'đôn đốc', 'giải quyết', 'hoàn thành', 'hoàn thiện',
  'bố trí', 'lập', 'trình', 'tổng hợp', 'căn cứ', 'làm việc', 'cung cấp', 'xác định', 'tập trung',
  'thẩm định', 'quan tâm', 'bảo đảm', 'đảm bảo', 'nâng cao', 'kịp thời', 'thường xuyên', 'được', 'là',
  'có', 'không', 'chưa', 'đã', 'đang', 'sẽ', 'vẫn', 'cũng', 'đề xuất', 'đăng', 'nộp', 'gửi', 'gởi', 'cập nhật',
  'công bố', 'công khai', 'ban hành', 'phê duyệt', 'xem xét', 'quyết định', 'tiếp nhận', 'xử lý',
  'lựa chọn', 'thống nhất', 'giám sát', 'vận động', 'tuyên truyền', 'phổ biến', 'làm rõ', 'chuẩn bị',
  'mời', 'hỗ trợ', 'kiểm điểm', 'rút kinh nghiệm', 'liên hệ', 'ưu tiên', 'cân đối', 'duy trì', 'góp ý',
  'thông báo', 'trả lời', 'khảo sát', 'đánh giá', 'thu hồi', 'điều chỉnh', 'bổ sung', 'sửa đổi',
  'chấn chỉnh', 'tiến hành', 'quán triệt', 'tham gia', 'nắm', 'giữ', 'đề nghị', 'yêu cầu', 'giao',
  'ký', 'tiếp thu', 'hoàn chỉnh', 'thành lập', 'đầu tư', 'quản lý', 'theo', 'nêu cao', 'bám sát',
  'rà', 'tăng', 'giảm', 'dừng', 'ngừng', 'thẩm tra', 'phân bổ', 'huy động', 'đẩy', 'vào cuộc', 'cam kết',
  'làm', 'thanh tra', 'xem', 'nhận', 'dự', 'thi công', 'bàn giao', 'chi trả', 'niêm yết', 'phân tích',
  'tự', 'rút', 'kiến nghị', 'trực tiếp', 'chủ', 'nhanh chóng', 'chậm nhất', 'trước', 'trong', 'tại',
  'về', 'để', 'nhằm', 'với', 'thì', 'cùng', 'đối với', 'trên cơ sở', 'sau khi', 'khi', 'nếu', 'ngay',
  'đồng thời', 'tìm kiếm', 'kiểm soát', 'xác minh', 'sử dụng', 'vận hành', 'khai thác', 'bảo vệ', 'tuyển dụng',
  'đào tạo', 'phát hiện', 'ngăn chặn', 'khắc phục', 'tháo gỡ', 'chuyển', 'lấy ý kiến', 'hoàn tất', 'áp dụng',
  'thống kê', 'giải ngân', 'đề ra', 'nghiêm', 'nơi', 'định kỳ', 'hằng năm', 'hàng năm', 'hằng quý', 'hàng quý',
  'hằng tháng', 'hàng tháng', 'hằng tuần', 'hàng tuần', 'đột xuất', 'đưa', 'lãnh đạo', 'định hướng', 'giải đáp',
  'kiểm đếm', 'đo đạc', 'kiểm kê', 'cấp giấy', 'cấp phép', 'thanh toán', 'tuần tra', 'xác nhận', 'xử phạt', 'cưỡng chế',
  'di dời', 'tập huấn', 'chấp hành',
  // "cử" and "mở" alone end names too early ("Hội đồng bầu cử"): only with their usual objects.
  'cử cán bộ', 'cử đại diện', 'cử một', 'cử người', 'cử đồng chí', 'cử lãnh đạo', 'cử thành viên', 'mở lớp',
];

/**
 * Predicate words that also occur, in lower case, inside the long names of bodies ("Ban Quản lý dự án đầu tư
 * xây dựng số 1", "Trung tâm Phát triển quỹ đất"): they end a name only when the name is a short one.
 */
export const WEAK_PREDICATES: readonly string[] = [
  'xây dựng', 'đầu tư', 'quản lý', 'kiểm tra', 'phát triển', 'thi công', 'có', 'là', 'được', 'trình', 'làm',
  'nhận', 'xem', 'tăng', 'giảm', 'rà', 'đẩy', 'chủ', 'tự', 'cùng', 'thanh tra', 'ký', 'dự', 'đo đạc', 'cưỡng chế',
];

/** Leading verbs of a directive that names its doer right after it ("Giao Sở X ...", "Đề nghị Nhà đầu tư ..."). */
export const DIRECTIVE_VERBS: readonly string[] = [
  'Giao', 'giao', 'Yêu cầu', 'yêu cầu', 'Đề nghị', 'đề nghị', 'Ủy quyền', 'ủy quyền', 'Uỷ quyền',
  'Phân công', 'phân công',
  // With "cho" before the name, opening a sentence: "Giao cho Sở Tư pháp thẩm định". In lower case, "dự toán giao
  // cho các cơ quan" allots a budget more often than it assigns.
  'Giao cho', 'Ủy quyền cho', 'Uỷ quyền cho', 'Phân công cho',
];

/** Titles of officials, for the chair and the signer ("Phó Chủ tịch", "Ủy viên Ban Thường vụ Tỉnh ủy"). */
export const TITLES: readonly string[] = [
  'Phó Chủ tịch Thường trực', 'Phó Chủ tịch', 'Chủ tịch', 'Phó Bí thư Thường trực', 'Phó Bí thư',
  'Bí thư', 'Ủy viên Ban Thường vụ', 'Uỷ viên Ban Thường vụ', 'Ủy viên', 'Uỷ viên', 'Tỉnh ủy viên',
  'Tỉnh uỷ viên', 'Phó Giám đốc', 'Giám đốc', 'Phó Trưởng ban', 'Trưởng ban', 'Phó Trưởng Ban',
  'Trưởng Ban', 'Phó Chánh Văn phòng', 'Chánh Văn phòng', 'Phó Thủ tướng', 'Thủ tướng', 'Thứ trưởng',
  'Bộ trưởng', 'Trưởng đoàn', 'Phó Trưởng đoàn', 'Trưởng phòng', 'Phó Trưởng phòng', 'Chánh Thanh tra',
  'Tổng Giám đốc', 'Cục trưởng', 'Chi cục trưởng', 'Viện trưởng', 'Hiệu trưởng',
];
