import { extractTask } from '../../../src/meetings/extract-tasks';

describe('assignments in Vietnamese meeting language', () => {
  it.each([
    ['Giao Phòng Tài chính – Kế hoạch chủ trì, phối hợp với Văn phòng HĐND-UBND rà soát dự toán ngân sách năm 2027, hoàn thành trước ngày 15/12.', 'Phòng Tài chính – Kế hoạch', 'Trước ngày 15/12'],
    ['Đề nghị đồng chí Phó Chủ tịch UBND phường chỉ đạo Công an phường tăng cường tuần tra trong tháng 12.', 'đồng chí Phó Chủ tịch UBND phường', 'Trong tháng 12'],
    ['Phòng Văn hóa – Xã hội chịu trách nhiệm tổng hợp danh sách hộ cận nghèo trước 30/11/2026.', 'Phòng Văn hóa – Xã hội', 'Trước 30/11/2026'],
    ['Trạm Y tế phường: tổ chức tiêm chủng mở rộng, hoàn thành trong 10 ngày.', 'Trạm Y tế phường', 'Trong 10 ngày'],
    ['Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì lập phương án thoát nước trước ngày 10/01/2027.', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Trước ngày 10/01/2027'],
    ['UBND phường giao anh Tuấn hoàn thành hồ sơ cấp giấy chứng nhận trước ngày 5/12 nhé.', 'anh Tuấn', 'Trước ngày 5/12'],
    ['Văn phòng HĐND-UBND có trách nhiệm ban hành thông báo kết luận trong quý IV năm 2026.', 'Văn phòng HĐND-UBND', 'Trong quý IV năm 2026'],
  ])('%s', (sentence, owner, deadline) => {
    const task = extractTask(sentence);
    expect(task).toBeDefined();
    expect(task?.owner).toBe(owner);
    expect(task?.deadline).toBe(deadline);
    expect(task?.task.length).toBeGreaterThan(5);
  });

  it('recognises assignments typed without diacritics', () => {
    const task = extractTask('giao phong kinh te ha tang va do thi kiem tra cac cong trinh xay dung trai phep truoc ngay 20/12');
    expect(task).toEqual({ owner: 'phong kinh te ha tang va do thi', task: 'Kiem tra cac cong trinh xay dung trai phep', deadline: 'Truoc ngay 20/12' });
  });

  it.each([
    'Tình hình giao thông trên địa bàn cơ bản ổn định.',
    'Hôm nay chúng ta tổ chức họp giao ban tháng 11.',
    'Tôi đề nghị chúng ta tập trung vào vấn đề rác thải.',
    'Trong tháng 11, phòng đã kiểm tra 38 công trình, lập biên bản 6 trường hợp.',
  ])('is not fooled by "%s"', (sentence) => {
    expect(extractTask(sentence)).toBeUndefined();
  });
});
