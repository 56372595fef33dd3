import { createRefusalMemory, type Refusal } from '../../../src/appeals/refusals';

const refusal = (userId: string, conversationId = 'c-1'): Refusal => ({
  userId, conversationId, conversationType: 'personal', feature: 'qa', zone: 'onprem', time: new Date('2026-03-02T08:00:00Z'),
  record: { decision: 'block', level: 1, categories: ['decision_sanction'], scores: { decision_sanction: 0.7 }, maskedText: 'Phạt ông [NGƯỜI_1] bao nhiêu?' },
});

describe('refusals waiting for an appeal (in memory only)', () => {
  it('gives a refusal only to its author, until it is forgotten or expires', () => {
    let t = 0;
    const memory = createRefusalMemory({ ttlMs: 1000, now: () => t });
    const id = memory.remember(refusal('u-1'));
    expect(memory.get(id, 'u-2')).toBeUndefined();
    expect(memory.get(id, 'u-1')?.record.maskedText).toBe('Phạt ông [NGƯỜI_1] bao nhiêu?');
    t = 1001;
    expect(memory.get(id, 'u-1')).toBeUndefined();
    const again = memory.remember(refusal('u-1'));
    memory.forget(again);
    expect(memory.get(again, 'u-1')).toBeUndefined();
  });

  it('knows the latest refusal per person and conversation, and whether it was their last turn', () => {
    const memory = createRefusalMemory();
    const first = memory.remember(refusal('u-1'));
    const second = memory.remember(refusal('u-1'));
    memory.remember(refusal('u-1', 'c-2'));
    expect(memory.latest('u-1', 'c-1', { justNow: true })).toBe(second);
    memory.turnEnded('u-1', 'c-1');
    expect(memory.latest('u-1', 'c-1', { justNow: true })).toBeUndefined();
    expect(memory.latest('u-1', 'c-1')).toBe(second);
    expect(memory.get(first, 'u-1')).toBeDefined();
    expect(memory.latest('u-2', 'c-1')).toBeUndefined();
  });

  it('keeps at most `max` refusals, dropping the oldest', () => {
    const memory = createRefusalMemory({ max: 2 });
    const ids = [1, 2, 3].map((n) => memory.remember(refusal(`u-${n}`)));
    expect(memory.get(ids[0], 'u-1')).toBeUndefined();
    expect(memory.get(ids[2], 'u-3')).toBeDefined();
  });
});
