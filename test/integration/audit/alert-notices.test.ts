import type { TestService } from '../../helpers/test-runtime';
import { provision, startService } from '../accounts/service-harness';

const SECRET = 'TỐI MẬT: phương án bố trí lực lượng bảo vệ mục tiêu năm 2026';

describe('alerts reach the unit\'s administrators in Teams', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({});
  }, 60_000);
  afterAll(async () => svc?.stop());

  it('a level-4 attempt is told to the unit administrator who chatted with the bot: category, person and time, never the text', async () => {
    const unit = 'UBND phường Đông Ngàn';
    const admin = svc.identity('personal', { name: 'Hoàng Quản Trị' });
    const staff = svc.identity('personal', { name: 'Đỗ Văn Thử' });
    await provision(svc, admin, unit, 'unit_admin');
    await provision(svc, staff, unit);
    expect(await svc.say(admin, '/help')).toHaveLength(1);
    const before = svc.connector.received.length;
    await svc.say(staff, SECRET);
    let notice: string | undefined;
    for (let i = 0; i < 50 && !notice; i++) {
      notice = svc.connector.received.slice(before).find((r) => r.conversationId === admin.conversationId && r.activity.type === 'message')?.activity.text as string | undefined;
      if (!notice) await new Promise((r) => setTimeout(r, 100));
    }
    expect(notice).toContain('Đỗ Văn Thử');
    expect(notice).toContain(unit);
    expect(notice).toContain('Bí mật nhà nước');
    expect(notice).not.toContain('phương án');
    expect(svc.logLines.join('')).not.toContain('phương án bố trí');
  });
});
