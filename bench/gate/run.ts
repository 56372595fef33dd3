/**
 * Gate throughput and latency on one core: (a) chat-sized messages, (b) meeting transcripts of 50–200 KB.
 * Usage: npx tsx bench/gate/run.ts [--zone onprem|external] [--rounds N]
 * Synthetic texts are generated here; the dev set texts (../shared/data/gate/dev.jsonl) are mixed in when present.
 */
import path from 'node:path';
import { createGate, loadGatePolicy, type Zone } from '../../src/gate';
import { readDevSet } from './dev-set';

const args = process.argv.slice(2);
const zone = (args.includes('--zone') ? args[args.indexOf('--zone') + 1] : 'onprem') as Zone;
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 10;

// deterministic pseudo-random numbers so every run screens the same texts
let seed = 42;
const rnd = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

const SURN = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MID = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Khôi', 'Linh', 'Nam', 'Yến'];
const name = (): string => `${pick(SURN)} ${pick(MID)} ${pick(GIVEN)}`;
const phone = (): string => `09${Math.floor(rnd() * 1e8).toString().padStart(8, '0')}`;
const CHAT = [
  (): string => 'Cho mình hỏi thủ tục đăng ký khai sinh cho con thứ hai, nộp trực tuyến được không?',
  (): string => `Soạn giúp công văn trả lời ông ${name()}, số điện thoại ${phone()}, về việc sửa đường điện chiếu sáng ngõ 7.`,
  (): string => 'Tóm tắt Nghị định 30/2020/NĐ-CP về công tác văn thư thành 5 ý chính, có dẫn điều khoản.',
  (): string => 'Mật độ dân số của phường năm 2025 là 3.250 người/km², viết giúp đoạn giới thiệu địa bàn.',
  (): string => 'Ô tô chạy quá tốc độ 15 km/h bị phạt bao nhiêu tiền? Có bị tước bằng lái không?',
  (): string => `Dự toán mua sắm năm sau (chưa trình HĐND) khoảng ${Math.floor(rnd() * 90 + 10)} tỷ đồng, viết tờ trình giúp em.`,
];
const SENT = [
  (): string => `Đồng chí chủ trì đề nghị các phòng hoàn thành báo cáo sơ kết trước ngày ${Math.floor(rnd() * 28 + 1)}/${Math.floor(rnd() * 12 + 1)}.`,
  (): string => 'Phòng Kinh tế báo cáo tiến độ giải ngân vốn đầu tư công đạt 62% kế hoạch, một số dự án còn vướng mặt bằng.',
  (): string => `Chị ${name()} phát biểu: cần đẩy mạnh tuyên truyền dịch vụ công trực tuyến tới người dân các khu phố.`,
  (): string => 'Thống nhất giao Văn phòng tổng hợp ý kiến, hoàn thiện dự thảo kế hoạch chuyển đổi số năm 2026 để trình ký.',
  (): string => `Anh ${name()} (điện thoại ${phone()}) phụ trách điều phối tổ công nghệ số cộng đồng tại các thôn.`,
  (): string => 'Về công tác cải cách hành chính, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%, không có hồ sơ quá hạn.',
  (): string => 'Ý kiến thảo luận tập trung vào việc bố trí kinh phí sửa chữa trụ sở và mua sắm thiết bị một cửa.',
];

function transcript(bytes: number): string {
  const parts: string[] = ['BIÊN BẢN CUỘC HỌP GIAO BAN\n'];
  let size = 0;
  while (size < bytes) {
    const s = `${pick(SENT)()}\n`;
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('');
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

// Wall-clock and CPU time per message: the CPU figure leaves out time the OS gave to other processes.
function measure(label: string, texts: string[], screen: (t: string) => unknown): string[] {
  for (const t of texts.slice(0, 50)) screen(t); // warm up the JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const c = process.cpuUsage();
      const a = process.hrtime.bigint();
      screen(t);
      wall.push(Number(process.hrtime.bigint() - a) / 1e6);
      const d = process.cpuUsage(c);
      cpu.push((d.user + d.system) / 1000);
      bytes += Buffer.byteLength(t);
    }
  }
  const totalWall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cu = process.cpuUsage(c0);
  const totalCpu = (cu.user + cu.system) / 1e6;
  wall.sort((x, y) => x - y);
  cpu.sort((x, y) => x - y);
  const avg = bytes / wall.length / 1024;
  const row = (kind: string, xs: number[], total: number): string =>
    `| ${label} | ${kind} | ${xs.length} | ${avg.toFixed(1)} KB | ${(xs.length / total).toFixed(0)} | ${(bytes / total / 1e6).toFixed(1)} | ${pct(xs, 0.5).toFixed(3)} | ${pct(xs, 0.99).toFixed(3)} |`;
  return [row('wall', wall, totalWall), row('cpu', cpu, totalCpu)];
}

const gate = createGate({ policy: loadGatePolicy(path.resolve('policy/gate-policy.json')), zone, hashSalt: 'bench' });
const dev = (readDevSet() ?? []).map((d) => d.text);
const chat: string[] = [];
for (let i = 0; i < 500; i++) chat.push(pick(CHAT)());
const chatMix = [...chat, ...dev.filter((t) => Buffer.byteLength(t) <= 4096)];
// messages of 1–4 KB: a pasted paragraph or two (dev texts and synthetic sentences)
const mid: string[] = [];
for (let i = 0; i < 300; i++) {
  const target = 1024 + Math.floor(rnd() * 3000);
  let t = i % 2 === 0 && dev.length ? pick(dev) : '';
  while (Buffer.byteLength(t) < target) t += `${pick(SENT)()}\n`;
  while (Buffer.byteLength(t) > 4096) t = t.slice(0, t.length - 100);
  mid.push(t);
}
const long: string[] = [];
for (let i = 0; i < 12; i++) {
  const body = transcript(50_000 + Math.floor(rnd() * 150_000));
  long.push(i % 3 === 0 && dev.length ? `${body}\n${dev.join('\n')}` : body);
}
console.log(`zone=${zone} rounds=${rounds} node=${process.version}`);
console.log('| set | clock | messages | mean size | msg/s | MB/s | p50 ms | p99 ms |');
console.log('|---|---|---|---|---|---|---|---|');
for (const l of measure('chat (synthetic + dev ≤ 4 KB)', chatMix, (t) => gate.screen(t))) console.log(l);
for (const l of measure('messages 1–4 KB', mid, (t) => gate.screen(t))) console.log(l);
for (const l of measure('transcripts 50–200 KB', long, (t) => gate.screen(t, { source: 'transcript' }))) console.log(l);
