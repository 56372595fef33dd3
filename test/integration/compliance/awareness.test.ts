import path from 'node:path';
import type { ReceivedActivity } from '../../../src/cli/chat/connector-server';
import { startTestService, type TestService } from '../../helpers/test-runtime';

const root = path.resolve(__dirname, '../../..');
const citations = (a: ReceivedActivity) =>
  ((a.activity.entities as { citation?: { appearance: { name: string; abstract: string } }[] }[] | undefined) ?? []).flatMap((e) => e.citation ?? []).map((c) => c.appearance.name);

// Phước Bình Điều 10–11 and Bắc Ninh §3 ask for awareness material: it is knowledge, answered with citations like any
// legal question. Beside the assistant's own documents, the original laws the corpus ships (545 articles) compete.
describe('awareness content answers with its source', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ KNOWLEDGE_PATHS: `${path.join(root, 'knowledge/tro-ly')},${path.join(root, 'knowledge/van-ban-goc')}` });
  }, 120_000);
  afterAll(async () => {
    await svc?.stop();
  });

  it.each([
    ['the signs of a deepfake call', 'Làm sao nhận biết cuộc gọi video deepfake?', /Điều 2 Nhận diện và phòng tránh rủi ro từ AI/],
    ['the signs of a deepfake, typed without diacritics', 'dau hieu nhan biet deepfake', /Điều 2 Nhận diện và phòng tránh rủi ro từ AI/],
    ['phishing cues', 'Dấu hiệu nhận biết email lừa đảo do AI soạn là gì?', /Điều 3 Nhận diện và phòng tránh rủi ro từ AI/],
    ['AI hallucination', 'Hiện tượng ảo giác của AI là gì?', /Điều 1 Nhận diện và phòng tránh rủi ro từ AI/],
    ['the Bắc Ninh do/don\'t table', 'Cán bộ không được làm những gì khi dùng chatbot AI?', /Điều 2 Bảng những việc được làm và không được làm/],
    ['where messages go', 'Tin nhắn của tôi gửi cho trợ lý có đi qua Microsoft không?', /Điều 8 Hỏi đáp về cách sử dụng Trợ lý Công vụ/],
  ])('%s', async (_name, question, cited) => {
    const [answer] = await svc.say(svc.identity(), question);
    const names = citations(answer);
    expect(names.length).toBeGreaterThan(0);
    expect(names[0]).toMatch(cited);
  });
});
