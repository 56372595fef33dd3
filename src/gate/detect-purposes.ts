import type { NormalisedText } from './normalise';
import type { PurposeCategory } from './types';
import type { Found } from './found';

/**
 * Forbidden purposes are requests, so they are read from the plain view of the request part of a
 * text: a short text whole, a long one by its head and tail (where a pasted document's ask sits).
 * `strong` patterns name the act itself ("soạn quyết định xử phạt ông X"); `weak` ones are ignored
 * when the text is about awareness or defence ("cảnh báo thủ đoạn …", "phòng chống mã độc").
 */
interface PurposeRule { category: PurposeCategory; strong: RegExp[]; weak: RegExp[] }

const ANY = '[^?!\\n]';
const NOT_TEMPLATE = '(?:(?!\\bmau\\b)[^.?!\\n])';
// "viết tin nhắn cảnh báo tin nhắn giả danh …": an awareness word between the verb and its object makes it a warning
const AWARE_IN_MATCH = /\b(canh bao|nhan dien|nhan biet|phan bac|bac bo|dau tranh|phong chong|phong tranh|tuyen truyen|tap huan|cach)\b/;
const UNLESS_AWARE = new WeakSet<RegExp>();
const unlessAware = (r: RegExp): RegExp => { UNLESS_AWARE.add(r); return r; };
// a pattern with wide gaps runs only when a plain test finds its rare closing words somewhere in the text
const NEED = new WeakMap<RegExp, RegExp>();
const re = (s: string, need?: RegExp): RegExp => { const r = new RegExp(s, 'g'); if (need) NEED.set(r, need); return r; };

const RULES: PurposeRule[] = [
  {
    category: 'decision_sanction',
    strong: [
      re(`\\b(soan|viet|lap|ra|thao|du thao|lam)\\b${NOT_TEMPLATE}{0,25}\\bquyet dinh (xu phat|phat)\\b`),
      re('\\b(nen|tinh (giup|ho|dum)|xem (giup|ho|dum)) (xu )?phat (bao nhieu|the nao|muc nao|bao lau)'),
      re(`\\b(tinh|xac dinh)\\b${ANY}{0,20}\\btien phat\\b${ANY}{0,40}\\b(giup|ho(?! so\\b)|cho ca|cho (ong|ba|cong ty|co so|quan|ho(?! so\\b)))\\b`),
      re(`\\bban quyet dinh\\b${ANY}{0,60}\\b(xu phat|phat|muc phat|hinh thuc)`),
      re('\\bphat muc (cao nhat|kich khung) (co the|cho|giup)'),
      // "bạn ra luôn mức phạt và biện pháp khắc phục": setting the fine of one case
      re('\\b(ra|dua ra|chot|ap) ((giup|ho|dum|luon) )+(muc phat|so tien phat|hinh thuc xu phat|muc xu phat|hinh thuc phat)\\b'),
    ],
    weak: [],
  },
  {
    category: 'decision_inspection',
    strong: [
      re(`\\b(viet|soan|lap|du thao|thao|ra)\\b${NOT_TEMPLATE}{0,25}\\bket luan (thanh tra|kiem tra|vu viec|xac minh|giai quyet|noi dung to cao)`),
      re(`\\b(ket luan|xac dinh|danh gia)\\b${ANY}{0,160}\\b(dung (mot phan |toan bo )?hay (sai|khong)|dung sai the nao|ai dung ai sai|ben nao dung|co vi pham\\b${ANY}{0,50}\\b(hay khong|khong)\\b|ai (phai )?chiu trach nhiem)`),
      re(`\\b(soan|viet|ra|lap)\\b${NOT_TEMPLATE}{0,20}\\bquyet dinh giai quyet\\b`),
      re('\\bkien nghi chuyen (co quan dieu tra|cqdt)'),
    ],
    weak: [],
  },
  {
    category: 'decision_licensing',
    strong: [
      re('\\b(tham dinh|duyet|xet duyet) (giup|ho(?! so\\b)|dum|luon)\\b'),
      re(`\\b(co )?du dieu kien (de )?(cap|duoc cap|cap phep|phe duyet)\\b${ANY}{0,30}\\b(khong|hay chua|hay khong)\\b`),
      re(`\\btham dinh\\b${ANY}{0,200}\\bket luan (co )?(dat|cap phep|du dieu kien|duoc cap|chap thuan|phe duyet)`),
      re('\\bket luan (dat hay khong|co cap phep|co duoc cap phep)'),
      re(`\\b(xem xet|cho y kien|ket luan|quyet dinh|danh gia)\\b${ANY}{0,80}\\b(co |co nen |nen )(cap phep|cap giay phep|phe duyet|chap thuan|duoc cap|du dieu kien)\\b${ANY}{0,60}\\bhay (khong|chua)\\b`),
      re(`\\bban (co )?(chap thuan|phe duyet|duyet)\\b${ANY}{0,40}\\bkhong\\b`),
      re(`\\b(soan|viet|lap|ra)\\b${NOT_TEMPLATE}{0,20}\\bquyet dinh (phe duyet|cap phep|cho thue dat|giao dat|cho phep|chap thuan|cap giay)`),
      re(`\\b(soan|viet|lap|ra)\\b${NOT_TEMPLATE}{0,10}\\bquyet dinh cho (cong ty|ong|ba|ho(?! so\\b)|doanh nghiep|htx)`),
      re('\\btu xac dinh (don gia|muc|gia)'),
      // "xem giúp hồ sơ xin cấp phép của công ty X có đạt không": judging one dossier
      re(`\\b(xem|danh gia|kiem tra|cham|doc)\\b (giup|ho|dum|luon)?${ANY}{0,10}\\bho so\\b${ANY}{0,120}\\bco (dat|dat yeu cau|du dieu kien|du tieu chuan)\\b${ANY}{0,15}\\b(khong|hay khong|hay chua)\\b`, /\bco (dat|du dieu kien|du tieu chuan)\b/),
      re(`\\b(soan|viet|lap|thao)\\b (luon |san )?(giay phep|quyet dinh cap phep)\\b${ANY}{0,30}\\b(ky|trinh ky)\\b`),
      re('\\bphe duyet quyet toan (giup|ho(?! so\\b))'),
    ],
    weak: [],
  },
  {
    category: 'decision_personnel',
    strong: [
      re(`\\bchon\\b${ANY}{0,40}\\b\\d+ (nguoi|dong chi|can bo|cong chuc)\\b${ANY}{0,40}\\b(nghi|tinh gian|thoi viec|ky luat|de nghi|khen|phe binh|bo nhiem|nang luong|cat giam|xuat sac|quy hoach)`),
      re(`\\bxep hang\\b${ANY}{0,40}\\b(thi dua|can bo|cong chuc|vien chuc|truong thon|nhan vien|dang vien)`),
      re(`\\b(ket luan|danh gia|xac dinh|xem)\\b${ANY}{0,160}\\bdu dieu kien (ket nap dang|bo nhiem|de bat|nang ngach|quy hoach)`),
      re(`\\bnen (ky luat|bo nhiem|de bat|cho nghi|khen thuong|xep loai)\\b${ANY}{0,30}\\b(ai|ong|ba|anh|chi|dong chi|nguoi nao)\\b`),
      // "đề xuất bổ nhiệm Trưởng phòng; đồng chí …" in a pasted plan reports a proposal; "đề xuất kỷ luật ai" asks for one
      re(`\\b(de xuat|quyet dinh) (ky luat|bo nhiem|de bat|cho nghi|khen thuong|xep loai)\\b${ANY}{0,30}\\b(ai|nguoi nao)\\b`),
      re(`\\b(ban|giup|ho|dum) (de xuat|quyet dinh) (ky luat|bo nhiem|de bat|cho nghi|khen thuong|xep loai)\\b${ANY}{0,30}\\b(ong|ba|anh|chi|dong chi)\\b`),
      // "bạn xem ai xứng đáng đề bạt nhất", "người nào phù hợp bổ nhiệm"
      re(`\\b(ai|nguoi nao|ung vien nao) (xung dang|phu hop|du nang luc|dang)\\b${ANY}{0,20}\\b(de bat|bo nhiem|khen|thang chuc|lam truong|lam pho|ky luat|tinh gian|nghi viec|trung tuyen|duoc chon|duoc tuyen)`),
      re('\\bai nen (nghi|bi ky luat|duoc bo nhiem|duoc de bat|duoc khen|nghi viec)'),
      // "chọn giúp nên cử ai đi học"
      re(`\\b(chon|xem|quyet dinh|de xuat|tu van)\\b${ANY}{0,20}\\bnen (cu|chon|de cu|gioi thieu|bo nhiem|de bat|cho|khen) (ai|nguoi nao|ban nao|anh nao|chi nao)\\b`, /\bnen (cu|chon|de cu|gioi thieu|bo nhiem|de bat|cho|khen) (ai|nguoi nao|ban nao|anh nao|chi nao)\b/),
      re(`\\b(chon|quyet dinh|xac dinh|de xuat|xem)\\b${ANY}{0,25}\\bai (trung tuyen|duoc tuyen|duoc chon|duoc bo nhiem|duoc de bat|bi ky luat|phai nghi|nghi viec|bi tinh gian)`),
      // "chọn giúp người trúng tuyển": choosing the person, not asking what the chosen must do
      re('\\bchon (giup |ho |dum |ra |luon )?(nguoi|ung vien|thi sinh|can bo|cong chuc|vien chuc) (trung tuyen|duoc tuyen|de bat|bo nhiem|nghi viec|phai nghi|tinh gian|ky luat|khen thuong)'),
      re(`\\b(cham diem|xep loai|danh gia xep loai|xep hang)\\b${ANY}{0,20}\\b(giup|ho(?! so\\b)|cho)\\b${ANY}{0,30}\\b(cong chuc|can bo|vien chuc|nhan vien|nguoi|dong chi|dang vien)`),
      re(`\\bcham diem\\b${ANY}{0,10}\\bho so\\b${ANY}{0,40}\\b(cua )?(anh|chi|ong|ba|dong chi|ung vien|thi sinh)\\b`),
    ],
    weak: [],
  },
  {
    category: 'deepfake',
    strong: [
      re(`\\b(tao|lam|ghep|dung|che|san xuat|cat ghep)\\b${ANY}{0,30}\\b(anh|hinh|video|clip|audio|ghi am|giong noi|giong) (gia|ghep|gia mao)\\b`),
      re(`\\b(tao|lam|ghep|dung|gia)\\b${ANY}{0,60}\\bgiong (noi )?(cua )?(dong chi|lanh dao|chu tich|giam doc|sep|bi thu|thu truong)`),
      re('\\banh chan dung nguoi (that )?khong ton tai'),
      re(`\\b(tao|lam|gia lap|tong hop)\\b${ANY}{0,40}\\bgiong (noi )?(giong het|y het|giong y|giong nhu that|nhu that)\\b`),
      re(`\\b(tao|lam)\\b${ANY}{0,20}\\bdeepfake\\b`),
      re(`\\bghep (mat|khuon mat)\\b${ANY}{0,40}\\b(vao|len)\\b`),
      // "có file ghi âm giọng ông X, tạo đoạn audio ông ấy đọc …": a voice sample made to say new words
      re(`\\b(ghi am|mau|file) giong (noi )?(cua )?(ong|ba|anh|chi|dong chi|lanh dao|chu tich|giam doc|sep|bi thu|thu truong|pho)\\b${ANY}{0,120}\\b(tao|lam|gia lap|tong hop|xuat)\\b${ANY}{0,30}\\b(audio|doan ghi am|file ghi am|ban ghi am|clip|video|doan am thanh|file am thanh)\\b`, /\b(ghi am|mau|file) giong\b/),
    ],
    weak: [re('\\b(nghe|nhin|trong) (giong|nhu) (that|y het)\\b'), re('\\bghep vao ho so\\b')],
  },
  {
    category: 'phishing',
    strong: [
      unlessAware(re(`\\b(soan|viet|tao|lam|gui|thiet ke)\\b${ANY}{0,25}\\b(email|mail|thu|tin nhan|sms|thong bao|trang web|trang dang nhap|website|link|form|bieu mau) (gia|gia mao|gia danh|mao danh|lua dao)\\b`)),
    ],
    weak: [
      re(`\\b(gia danh|gia mao|mao danh)\\b${ANY}{0,80}\\byeu cau\\b${ANY}{0,80}\\b(otp|mat khau|so tai khoan|chuyen (tien|gap|khoan)|cccd|bam (vao )?link|dang nhap|ngay sinh)`),
      re('\\b(lay|danh cap|thu thap) (mat khau|otp|ma otp|thong tin dang nhap)\\b'),
      re(`\\b(gia lam|gia danh|mao danh|gia mao|dong gia)\\b${ANY}{0,200}\\b(bam vao|nhap|dang nhap)\\b${ANY}{0,80}\\b(otp|mat khau|tai khoan ngan hang|so the)\\b`),
    ],
  },
  {
    category: 'hacking',
    strong: [
      re(`\\bkhong (de )?bi\\b${ANY}{0,40}\\b(phat hien|diet virus|antivirus)`),
      re(`\\b(hack|xam nhap|be khoa|crack|chiem quyen)\\b${ANY}{0,20}\\b(vao|tai khoan|may tinh|he thong|facebook|zalo|email|wifi|cong|website|camera|dien thoai)`),
      re('\\b(doc trom|xem trom|nghe len) (tin nhan|email|mail|dien thoai|cuoc goi)'),
      // "đọc được tin nhắn Zalo của nhân viên mà bạn ấy không biết"
      re(`\\b(doc|xem|theo doi|nghe|truy cap|vao)\\b${ANY}{0,15}\\b(tin nhan|email|mail|cuoc goi|zalo|facebook|messenger|dien thoai|may tinh|tai khoan)\\b${ANY}{0,50}\\bma\\b${ANY}{0,20}\\bkhong (biet|hay biet|phat hien)\\b(?!${ANY}{0,60}\\b(vi pham|hop phap|phap luat|duoc phep|pham luat|bi xu ly)\\b)`, /\bkhong (biet|hay biet|phat hien)\b/),
      re('\\b(do|be|crack|hack|bat|lay trom|danh cap|pha) (mat khau|pass|password) (wifi|wi fi|facebook|zalo|email|mail|tai khoan|may tinh|dien thoai)\\b'),
    ],
    weak: [
      re(`\\b(sql injection|keylogger|ransomware|trojan|backdoor|brute ?force|ddos|xss|spyware|botnet|ma doc)\\b${ANY}{0,40}\\b(vao|len|tan cong|chiem|lay|xem|doc)\\b`),
      re(`\\b(cai|gai)\\b${ANY}{0,20}\\b(keylogger|phan mem gian diep|phan mem theo doi)`),
      re(`\\b(vuot qua|bypass|vo hieu hoa)\\b${ANY}{0,20}\\b(trang dang nhap|buoc dang nhap|dang nhap|xac thuc|mat khau|tuong lua|firewall|captcha)\\b`),
    ],
  },
  {
    category: 'disinformation',
    strong: [
      unlessAware(re(`\\b(tao|viet|soan|lam|dung|gia mao)\\b${ANY}{0,25}\\b(thong bao|cong van|quyet dinh|van ban|tin tuc|bai bao) gia\\b`)),
      re('\\bcon dau gia\\b'),
      // ("bài viết xuyên tạc" names the thing, it does not ask to write it)
      unlessAware(re(`\\b((?<!bai )viet|soan|tao|dang)\\b${ANY}{0,40}\\bxuyen tac\\b`)),
    ],
    weak: [
      re('\\b(de|cho|khien) (nguoi dan|dan|ba con|du luan|moi nguoi) (hoang mang|hieu lam|lo so|tin (la|rang)|phan doi|khong cho con)'),
      re('\\b(lay danh nghia|mao danh|gia danh) (ubnd|tram y te|co quan|chinh quyen|cong an|bo|so)\\b'),
      re('\\bnghe (co|nhu) co so (khoa hoc)?'),
      re(`\\b(viet|soan|dang|tao)\\b${ANY}{0,30}\\b(bia dat|bia rang|bia ra|tin don|tin gia)\\b`),
      re('\\bde (dan|nguoi dan|ba con) (bieu tinh|phan doi|hoang mang|khieu kien)'),
      // "viết bài cho fanpage nói chính sách X là lừa dân": content to publish that brands a policy or public measure a fraud or a harm
      re(`\\b(viet|soan|dang|tao|lam)\\b${ANY}{0,40}\\b(bai|status|stt|post|tin|clip|video|binh luan|comment|noi dung)\\b${ANY}{0,80}\\b(noi|rang|cho rang|khang dinh|to cao|la)\\b${ANY}{0,80}\\b(lua dan|lua dao|lua bip|bip bom|cuop dat|hang gia|gay vo sinh|gay ung thu|doc hai|am muu|ban nuoc|buon dan|chia nhau|an chan|an chia|bo tui|tham o|nhan hoi lo)\\b`, /\b(lua dan|lua dao|lua bip|bip bom|cuop dat|hang gia|gay vo sinh|gay ung thu|doc hai|am muu|ban nuoc|buon dan|chia nhau|an chan|an chia|bo tui|tham o|nhan hoi lo)\b/),
      // "… viết cho nghe thật": content to publish made to pass for true (not "nghe thật tự nhiên")
      re(`\\b(bai|status|stt|post|binh luan|comment|tin|clip|thong bao)\\b${ANY}{0,200}\\b(nghe|doc|trong) (cho )?(that|nhu that|giong that|co ve that)\\b(?! (tu nhien|hay|hap dan|thuyet phuc|gan gui|trang trong|de hieu|xuc dong|mach lac|ngan gon))`, /\b(nghe|doc|trong) (cho )?(that|nhu that|giong that|co ve that)\b/),
      // a call to refuse a public measure, or authorities said to hide the truth, in a text the user wants written
      re(`\\bkeu goi\\b${ANY}{0,40}\\b(khong cho con|khong (di )?tiem|tay chay|bieu tinh|khong chap hanh|khong nop)\\b`),
      re(`\\b(chinh quyen|nha nuoc|bo y te|co quan chuc nang|tinh|huyen|xa)\\b${ANY}{0,20}\\b(giau|che giau|bung bit|im lang ve) (thong tin|su that|vu viec)\\b`),
    ],
  },
];

const AWARENESS = /\b(canh bao|phat hien|cach xu ly|xu ly khi|khi nhan duoc|lam gi khi|phai lam gi|bi lua|nan nhan|nhan biet|nhan dien|phong tranh|phong chong|tuyen truyen|tap huan|dau hieu|thu doan|phong ngua|ngan chan|bao ve may|khac phuc|go bo|kiem tra|phan bac|bac bo|luan dieu|dinh chinh)\b/;
const WINDOW = 3000;
// "đã ra quyết định xử phạt" reports what someone did; it does not ask for it
const PAST = /\b(da|vua|moi)\s+$/;
// ("… có đình chỉ không rồi soạn …": "không" closing a question negates nothing)
const NEGATED = /\b(khong duoc|khong|nghiem cam|cam|tranh|khong nen)\b(?! (roi|thi|nhi|nhe|va|a)\b)[^.!?\n;:,]{0,30}$/;

/** Finds forbidden purposes in what the user asks for. */
export function detectPurposes(norm: NormalisedText): Found[] {
  const s = norm.plain;
  const parts: [string, number][] = s.length <= 2 * WINDOW ? [[s, 0]] : [[s.slice(0, WINDOW), 0], [s.slice(s.length - WINDOW), s.length - WINDOW]];
  const out: Found[] = [];
  for (const [text, offset] of parts) {
    const aware = AWARENESS.test(text);
    for (const rule of RULES) {
      const lists = aware ? [rule.strong] : [rule.strong, rule.weak];
      let found = false;
      for (const list of lists) {
        for (const r of list) {
          const need = NEED.get(r);
          if (need && !need.test(text)) continue;
          r.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = r.exec(text)) !== null) {
            // "không dùng AI để soạn quyết định xử phạt" states a rule, it does not ask for one
            const before = text.slice(Math.max(0, m.index - 40), m.index);
            if (UNLESS_AWARE.has(r) && AWARE_IN_MATCH.test(m[0])) continue;
            if (NEGATED.test(before) || PAST.test(before)) continue;
            // "bản quyết định" (the document) is not "bạn quyết định" (you decide)
            if (m[0].startsWith('ban ') && norm.acc.charCodeAt(offset + m.index + 1) === 0x1ea3) continue;
            out.push({ category: rule.category, kind: rule.category, start: offset + m.index, end: offset + m.index + m[0].length, value: rule.category });
            found = true;
            break;
          }
          if (found) break;
        }
        if (found) break;
      }
    }
  }
  return out;
}
