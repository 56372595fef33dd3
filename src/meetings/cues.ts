// Vietnamese meeting language, matched on folded text (lower case, no diacritics; see fold.ts).
// Kept together so that a province can extend the vocabulary in one place.

/** Phrases that make a sentence an assignment ("giao", "đề nghị", "chịu trách nhiệm"…). */
export const TASK_CUE = /\b(?:(?<!hop |buoi |cuoc hop )giao(?!\s+(?:thong|duc|dich|luu|tiep|hang|dien|thua|ket|nhan|lam|ban\b))|de nghi|chiu trach nhiem|co trach nhiem|chu tri(?:,)?\s*phoi hop|phan cong|yeu cau|phu trach|giao nhiem vu|tham muu|khan truong|to chuc thuc hien|dam nhan|dau moi)\b/;

/** Cues after which the owner follows ("giao Phòng X …", "đề nghị đồng chí Y …"). */
export const FORWARD_CUE = /\b(?:giao nhiem vu(?:\s+cho)?|(?<!hop |buoi |cuoc hop )giao(?!\s+(?:thong|duc|dich|luu|tiep|hang|dien|thua|ket|nhan|lam|ban\b))(?:\s+cho)?|de nghi|yeu cau|phan cong(?:\s+cho)?)\s+/g;

/** Cues that follow the owner ("Phòng X chịu trách nhiệm …"). */
export const BACKWARD_CUE = /\b(?:chiu trach nhiem|co trach nhiem|chu tri(?!\s+(?:cuoc hop|hoi nghi|buoi hop|phien hop))|phu trach|tham muu|dau moi|dam nhan)\b/;

/** Deadlines: "trước ngày 15/12", "trước 30/11/2026", "trong tháng 12", "hoàn thành trong 10 ngày", "trong quý IV"… */
export const DEADLINE = new RegExp([
  String.raw`(?:truoc|cham nhat(?: la)?(?: vao)?|han chot(?: la)?|thoi han(?: la)?|xong truoc|hoan thanh truoc|den het|het|trong|cuoi|dau|giua|vao)\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?`,
  String.raw`(?:truoc|cham nhat(?: la)?)\s+(?:ngay\s+)?\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?`,
  String.raw`(?:hoan thanh\s+)?trong\s+(?:vong\s+)?(?:\d+|mot|hai|ba|bon|nam|bay|muoi|muoi lam)\s+(?:ngay(?: lam viec)?|tuan|thang)(?:\s+ke tu[^,.;]{0,30})?`,
  String.raw`(?:trong|cuoi|dau|giua|truoc|het|ngay trong)\s+(?:thang\s+\d{1,2}(?:\s*(?:nam|/)\s*\d{4})?|quy\s+(?:iv|iii|ii|i|[1-4])\b(?:\s*(?:nam|/)\s*\d{4})?|nam\s+\d{4}|tuan\s+(?:nay|toi|sau)|thang\s+(?:nay|toi|sau)|nam\s+nay)`,
  String.raw`truoc\s+(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu nhat)(?:\s+tuan\s+(?:nay|toi|sau))?`,
  String.raw`truoc\s+tet(?:\s+nguyen\s+dan)?|truoc\s+ky\s+hop\s+[^,.;]{0,30}`,
  String.raw`thuong xuyen|ngay sau cuoc hop|ngay trong (?:hom nay|tuan nay)`,
].join('|'));

/** Words that start the action after the owner ("… Phòng Tài chính – Kế hoạch | chủ trì …"). */
export const ACTION_START = /\b(?:chu tri|phoi hop|thuc hien|xay dung|ra soat|tong hop|bao cao|hoan thien|hoan thanh|trien khai|to chuc|kiem tra|lap|chuan bi|tham muu|lien he|van dong|cap nhat|du thao|soan thao|soan|gui|nop|dam bao|tuyen truyen|xu ly|giai quyet|theo doi|don doc|khan truong|tiep tuc|chiu trach nhiem|co trach nhiem|phu trach|chi dao|phan cong|boc tach|thong bao|di|lam viec|doi chieu|thong ke|ke khai|niem yet|trinh|tiep nhan|cung cap|nghien cuu|de xuat|bo tri|sap xep|quan ly|can|phai|som|kip thoi|nhanh chong|khan cap|tang cuong|huong dan|ra quan|bao dam|xac minh|xac nhan|hoan tat|ban hanh|sua chua|nao vet|cuong che|chan chinh|quan tam|ho tro|bo sung|dieu chinh|khao sat|hop|lam ro|mua|thu)\b/;

/** Heads of an owner: units, titles and forms of address that open the name of whoever does the task. */
export const OWNER_HEAD = /\b(?:phong|ban|to|doi|trung tam|van phong|ubnd|uy ban|cong an|quan su|ban chi huy|hoi|doan|mat tran|tram y te|truong|dong chi|d\/c|ong|ba|anh|chi|chu tich|pho chu tich|bi thu|pho bi thu|to truong|khu pho|thon|can bo|cong chuc|bo phan|so|chi cuc|hop tac xa|dang uy|ban quan ly|hdnd|bch|bqt|thu ky)\b/;

/** Conclusions and agreements. */
export const CONCLUSION_CUE = /\b(?:ket luan|(?<!chua )thong nhat|nhat tri|chot lai|quyet nghi|thong qua|dong y voi|tan thanh|chot phuong an)\b/;

/** Open issues and points that need a higher decision. */
export const ISSUE_CUE = /\b(?:con ton tai|ton tai|ton dong|vuong mac|kho khan|chua thong nhat|chua giai quyet|chua duoc giai quyet|xin y kien|chua co phuong an|chua ro|chua du|thieu kinh phi|thieu nhan luc|can lam ro|kien nghi|de xuat cap tren|chua dat|cham tien do|bao cao cap tren|chua the)\b/;

/** Small talk and procedure that never belongs in a summary. */
export const FILLER = /^(?:vang|da|a|alo|ok|u|vang a|da vang|cam on|xin cam on|moi nguoi nghe ro khong|nghe ro|toi xin phep|xin chao|chao|xin moi|moi dong chi|tiep theo|con gi nua khong|het a|kinh thua|thua cac dong chi|xin moi)\b/;

/** Running the meeting (microphones, greetings, giving the floor): never content, wherever it appears. */
export const PROCEDURE = /\b(?:cam on|micro|diem cau|nghe ro|thanh phan du hop|xin moi|kinh thua|chu tri cuoc hop|bao cao ngan gon|con y kien gi|cuoc hop ket thuc)\b/;
