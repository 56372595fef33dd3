import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';

// The detectors on their own (screenModel: null): since the learned screen, these rules are its signals, kept as written;
// the whole gate's decisions are measured over sets of messages (categories.test.ts, fresh-set.test.ts, corpus-split.test.ts).
const gate = createGate({ policy: loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json')), zone: 'external', hashSalt: 't', screenModel: null });
const screen = (t: string): { decision: string; categories: string[] } => gate.screen(t);

test('a person word, a capitalised syllable, Văn/Thị and a given name make a name even with an unlisted surname', () => {
  expect(screen('Viết thiệp mừng thọ cho bà Yên Thị Lụa ở tổ 4.').categories).toContain('person_name');
  expect(screen('Sùng A Páo ở bản Lao Chải xin hỗ trợ giống ngô.').categories).toContain('person_name');
  // without a person word a capitalised run before "Văn" is a heading ("Hội Văn học")
  expect(screen('Hội Văn Học Nghệ Thuật tỉnh tổ chức trại sáng tác.').categories).not.toContain('person_name');
});

test('a sensitive attribute in a later sentence is tied to the person named earlier by the given name', () => {
  const v = screen('Hòa giải giữa hộ ông Cù Văn Thịnh và hộ bà Đào Thị Lựu. Ông Thịnh cho biết đang điều trị ung thư nên xin hoãn.');
  expect(v.categories).toContain('personal_sensitive');
  expect(v.decision).toBe('block');
  // a place that shares nothing with the named person stays public
  expect(screen('Anh Lê Văn Nam nộp hồ sơ. Hà Nội đang điều trị cho nhiều bệnh nhân sốt xuất huyết.').categories).not.toContain('personal_sensitive');
});
