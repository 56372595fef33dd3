import { startTestService, type TestService } from '../../helpers/test-runtime';
import { messageActivity } from '../../../src/cli/chat/activity-factory';

describe('like/dislike card for clients without Teams\' native feedback loop', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(async () => {
    await svc.stop();
  });

  it('sends Thích / Không thích buttons after an answer, and records the press', async () => {
    const who = svc.identity();
    const before = svc.connector.received.length;
    await svc.post({ ...messageActivity(who, 'Những việc nào được phép dùng AI trong công vụ?'), channelId: 'emulator' });
    const replies = svc.connector.received.slice(before).filter((r) => r.activity.type === 'message');
    expect(replies).toHaveLength(2);
    const [answer, card] = replies;
    const actions = (card.activity.attachments as { content: { actions: { title: string; data: Record<string, unknown> }[] } }[])[0].content.actions;
    expect(actions.map((a) => a.title)).toEqual(['👍 Thích', '👎 Không thích']);
    expect(actions[1].data).toEqual({ action: 'feedback', reaction: 'dislike', answerId: answer.id });

    const pressed = await svc.say(who, '', { value: actions[1].data });
    expect(String(pressed[0].activity.text)).toContain('Cảm ơn');
    const stored = [];
    for await (const f of svc.runtime.store.feedback.list({})) stored.push(f);
    expect(stored).toEqual([expect.objectContaining({ answerId: answer.id, reaction: 'dislike' })]);
  });

  it('does not add the buttons in Teams, which has its own', async () => {
    const replies = await svc.say(svc.identity(), 'Những việc nào được phép dùng AI trong công vụ?');
    expect(replies).toHaveLength(1);
  });
});
