import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';
import { committedScreenModel } from '../../../src/gate/screen/committed';

const policy = loadGatePolicy(path.resolve('policy/gate-policy.json'));
const model = committedScreenModel();
// A band wider than any margin puts every category the screen scores in the uncertain band.
const unsure = createGate({ policy, zone: 'onprem', hashSalt: 'settle-test-salt-0123', screenModel: { ...model, band: 1e9 } });
const usual = createGate({ policy, zone: 'onprem', hashSalt: 'settle-test-salt-0123' });
const QUESTION = 'Luật Xử lý vi phạm hành chính quy định những hình thức xử phạt nào?';
const REQUEST = 'Soạn giúp quyết định xử phạt ông Nguyễn Văn An vì đã lấn chiếm vỉa hè trước cửa hàng, mức phạt 5 triệu đồng.';

describe('gate: a second opinion settles only categories in the uncertain band', () => {
  it('adds a category the screen did not find when the opinion says it is there', () => {
    const local = unsure.screen(QUESTION);
    // the purpose the screen finds least likely: never the one it names
    const [unlikely] = Object.entries(local.screen.margins).filter(([c]) => c.startsWith('decision_')).sort((a, b) => a[1] - b[1])[0];
    expect(local.categories).not.toContain(unlikely);
    const settled = unsure.screen(QUESTION, { settle: { [unlikely]: true } });
    expect(settled.categories).toContain(unlikely);
    expect(settled.decision).toBe('block');
  });

  it('removes a category the screen found when the opinion says it is not there; rule findings stay', () => {
    const local = unsure.screen(REQUEST);
    expect(local.categories).toContain('decision_sanction');
    const settled = unsure.screen(REQUEST, { settle: { decision_sanction: false } });
    expect(settled.categories).not.toContain('decision_sanction');
    expect(settled.categories).toContain('person_name');
  });

  it('ignores an opinion on a category outside the band, and on categories the screen does not score', () => {
    const local = usual.screen(REQUEST);
    const outside = (Object.keys(local.screen.margins) as (keyof typeof local.screen.margins)[]).filter((c) => !local.screen.uncertain.includes(c));
    const settle = Object.fromEntries(outside.map((c) => [c, !local.categories.includes(c)]));
    const settled = usual.screen(REQUEST, { settle: { ...settle, person_name: false, secret_marking: true } });
    expect(settled.categories).toEqual(local.categories);
    expect(settled.decision).toBe(local.decision);
  });
});
