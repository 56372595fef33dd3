import fs from 'node:fs';
import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';
import { ConfigError, loadConfig } from '../../../src/config';
import { messages } from '../../../src/messages';
import { startTestService, type TestService } from '../../helpers/test-runtime';

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const FAQ = read('knowledge/tro-ly/hoi-dap-su-dung-tro-ly.md');
const README = read('README.md');
const policy = loadGatePolicy(path.join(root, 'policy/gate-policy.json'));
const onprem = createGate({ policy, zone: 'onprem' });
const external = createGate({ policy, zone: 'external' });

/** The text of one article ("## Điều N. …") of the FAQ. */
const article = (n: number) => FAQ.split(/^## /m).find((a) => a.startsWith(`Điều ${n}.`)) ?? '';

// What the product tells its users must be true: each claim below is checked against the behaviour it describes.
describe('user-facing claims are true', () => {
  describe('the FAQ, Điều 3: what the assistant blocks or replaces by itself', () => {
    // The sentence that says what is caught automatically (the next one says what may not be).
    const claim = /Trợ lý tự động chặn[^.]*\./.exec(article(3))?.[0] ?? '';

    it('claims only what the gate does: secret markings blocked; CCCD, phone numbers and e-mail addresses replaced', () => {
      expect(claim).toMatch(/chặn tin nhắn có dấu mật/);
      expect(onprem.screen('TỐI MẬT\nKế hoạch phòng thủ khu vực, tóm tắt giúp tôi.').decision).toBe('block');
      for (const [text, label] of [
        ['Số căn cước 001185012345 của bà Lan cần làm thủ tục gì?', '[CCCD_1]'],
        ['Gọi cho tôi theo số 0912 345 678 để hướng dẫn thủ tục.', '[SĐT_1]'],
        ['Gửi mẫu đơn vào địa chỉ lan.nguyen@gmail.com giúp tôi.', '[EMAIL_1]'],
      ]) {
        const v = onprem.screen(text);
        expect(v.decision).toBe('redact');
        if (v.decision !== 'block') expect(v.text).toContain(label);
      }
    });

    it('does not claim that passwords or one-time codes are caught: it asks people not to send them', () => {
      expect(claim).not.toMatch(/mật khẩu|mã xác thực/);
      expect(article(3)).toMatch(/có thể không nhận ra mọi tên đăng nhập, mật khẩu, mã xác thực/);
    });
  });

  describe('the FAQ, Điều 8: where messages go', () => {
    it('says Teams traffic passes through Microsoft before the gate, and exports go to OneDrive', () => {
      expect(article(8)).toMatch(/đi qua dịch vụ của Microsoft trước khi tới máy chủ của cơ quan/);
      expect(article(8)).toMatch(/OneDrive/);
    });

    it('is right that a model outside the agency gets stricter decisions: names replaced, internal content blocked', () => {
      expect(article(8)).toMatch(/họ tên cũng được thay bằng ký hiệu và thông tin nội bộ bị chặn/);
      const named = external.screen('Soạn thư mời ông Nguyễn Văn Hải dự họp tổ dân phố.');
      expect(named.decision).toBe('redact');
      expect(external.screen('LƯU HÀNH NỘI BỘ\nBáo cáo kết quả kiểm tra công tác văn thư quý I.').decision).toBe('block');
    });

    it('is right that the model runs on the agency\'s servers unless the agency says otherwise (LLM_ZONE=external)', () => {
      expect(article(8)).toMatch(/Mô hình ngôn ngữ \(nếu có\) chạy trên máy chủ của cơ quan/);
      expect(() => loadConfig({ LLM_BASE_URL: 'https://api.openai.com/v1' } as NodeJS.ProcessEnv)).toThrow(ConfigError);
    });
  });

  describe('the welcome card', () => {
    it('says the assistant runs on the agency\'s servers and never to send secrets, personal or internal data', () => {
      expect(messages.welcome.intro).toContain('chạy trên máy chủ của cơ quan');
      expect(messages.welcome.neverSend.join(' ')).toMatch(/bí mật nhà nước.*Dữ liệu cá nhân.*nội bộ/s);
    });
  });

  describe('the README', () => {
    it('no longer says that nothing leaves the agency\'s servers, and lists what does', () => {
      expect(README).not.toMatch(/Nothing leaves the agency's servers|runs entirely\s+on the agency's own servers|không bao giờ bị gửi cho AI/);
      const flow = README.split('## Data flow: what leaves the agency\'s servers')[1]?.split('\n## ')[0] ?? '';
      for (const item of ['Microsoft Teams', 'OneDrive', 'Microsoft Graph', 'LLM_ONPREM_HOSTS', 'extractive mode']) expect(flow).toContain(item);
    });
  });

  describe('over HTTP: a blocked secret leaves nothing, a CCCD is stored as a placeholder', () => {
    let svc: TestService;
    beforeAll(async () => {
      svc = await startTestService();
    });
    afterAll(async () => {
      await svc?.stop();
    });

    it('as the FAQ says', async () => {
      const who = svc.identity();
      const [blocked] = await svc.say(who, 'TỐI MẬT\nPhương án KV-09 bảo vệ mục tiêu, tóm tắt giúp tôi.');
      expect(String(blocked.activity.text)).toContain(messages.blocked.title);
      const [answer] = await svc.say(who, 'Số căn cước 001185012345 bị mất thì làm lại ở đâu, trợ lý cần gửi gì?');
      const record = await svc.runtime.store.answers.get(answer.id);
      expect(record?.question).toContain('[CCCD_1]');
      const files = JSON.stringify(fs.readdirSync(path.join(svc.dataDir, 'store')).map((f) => fs.readFileSync(path.join(svc.dataDir, 'store', f), 'utf8')));
      expect(files).not.toContain('KV-09');
      expect(files).not.toContain('001185012345');
    });
  });
});
