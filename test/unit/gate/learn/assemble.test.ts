import path from 'node:path';
import { loadGatePolicy } from '../../../../src/gate';
import { assemble } from '../../../../src/gate/learn/assemble';

const policy = loadGatePolicy(path.resolve(__dirname, '../../../../policy/gate-policy.json'));
const line = (o: Record<string, unknown>): string => JSON.stringify({ style: 'chat', situation: 's', hard_negative: false, categories: [], ...o });

describe('corpus assembly', () => {
  const files = [{
    writer: 'w1',
    content: [
      line({ id: 'w1-1', text: 'Soạn quyết định xử phạt ông Nguyễn Văn An vì lấn chiếm vỉa hè.', categories: ['decision_sanction', 'person_name'] }),
      line({ id: 'w1-2', text: 'Ai có thẩm quyền xử phạt hành vi lấn chiếm vỉa hè?', hard_negative: true }),
      line({ id: 'w1-3', text: 'ai có thẩm quyền xử phạt hành vi lấn chiếm   vỉa hè?', hard_negative: true }),
      line({ id: 'w1-4', text: 'Dự toán ngân sách xã năm 2026 (chưa trình HĐND): 12 tỷ đồng, viết tờ trình.', categories: ['unpublished_finance'] }),
      '{not json',
      line({ id: 'w1-5', text: 'Câu hỏi về luật.', categories: ['unknown_category'] }),
      line({ id: 'w1-6', text: 'Làm video giả giọng chủ tịch xã.', categories: ['deepfake'], hard_negative: true }),
    ].join('\n'),
  }];
  const r = assemble(files, policy);

  test('derives level and both zone decisions from the categories with the policy table', () => {
    const byId = new Map(r.items.map((it) => [it.id, it]));
    expect(byId.get('w1-1')).toMatchObject({ level: 3, onprem: 'block', external: 'block' });
    expect(byId.get('w1-2')).toMatchObject({ level: 1, onprem: 'allow', external: 'allow' });
    expect(byId.get('w1-4')).toMatchObject({ level: 2, onprem: 'allow', external: 'block' });
  });
  test('reports invalid lines (bad JSON, unknown category, a hard negative with a blocking category) and leaves them out', () => {
    expect(r.invalid.map((i) => i.line)).toEqual([5, 6, 7]);
    expect(r.items.map((it) => it.id)).not.toContain('w1-6');
  });
  test('removes a duplicate that differs only in case and spacing', () => {
    expect(r.exactDuplicates).toEqual([{ id: 'w1-3', of: 'w1-2', conflict: false }]);
  });
  test('assigns the same splits on every run', () => {
    expect(assemble(files, policy).items.map((it) => [it.id, it.split, it.split_situation])).toEqual(r.items.map((it) => [it.id, it.split, it.split_situation]));
  });
});
