import path from 'node:path';
import { startTestService, type TestService } from '../../helpers/test-runtime';

const SECRET = 'TỐI MẬT\nKế hoạch phòng thủ khu vực, tóm tắt giúp tôi.';
const textOf = (replies: { activity: { text?: string } }[]) => replies.map((r) => r.activity.text ?? '').join('\n');

describe('a refusal over HTTP cites the national law first, then the agency rules configured (AGENCY_RULES_PATH)', () => {
  let plain: TestService;
  let agency: TestService;
  beforeAll(async () => {
    plain = await startTestService();
    agency = await startTestService({ AGENCY_RULES_PATH: path.resolve('policy/agency-rules.cao-bang.example.json') });
  });
  afterAll(async () => {
    await plain?.stop();
    await agency?.stop();
  });

  it('with nothing configured: the law, and no province or Party committee', async () => {
    const text = textOf(await plain.say(plain.identity(), SECRET));
    expect(text).toContain('Căn cứ: Luật Bảo vệ bí mật nhà nước 2018 (Luật số 29/2018/QH14), Điều 5 khoản 2 và khoản 5');
    expect(text).not.toMatch(/Cao Bằng|Phước Bình|Đảng ủy|tỉnh/);
    expect(text).toContain('Gợi ý: ');
  });

  it('with the agency file: the law, then the agency\'s own article', async () => {
    const text = textOf(await agency.say(agency.identity(), SECRET));
    expect(text).toContain('Căn cứ: Luật Bảo vệ bí mật nhà nước 2018 (Luật số 29/2018/QH14), Điều 5 khoản 2 và khoản 5; Khung AI tin cậy tỉnh Cao Bằng, Điều 7 khoản 1');
    expect(agency.logLines.join('')).toContain('agency rules cited after the national law');
  });
});
