import { newNotebookKey } from '../../../src/cli/notebook-key';
import { createNoteSealer } from '../../../src/meetings/note-sealing';
import { parseNotebookKeys } from '../../../src/meetings/notebook-keys';
import { emptyMinutes } from '../../../src/meetings/minutes';
import { createSummaryCache } from '../../../src/meetings/summary-cache';
import type { FindIdentifiers } from '../../../src/meetings/note-at-rest';
import { createMemoryExpiring } from '../../../src/store/expiring/memory-expiring';

const clock = { now: () => new Date('2026-12-03T08:00:00Z') };
// Stands in for the gate's name detector: finds one given name.
const find: FindIdentifiers = (s) => [...s.matchAll(/Lò Thị Sáu/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, label: 'NGƯỜI' }));

function pendingOf() {
  const minutes = { ...emptyMinutes(), title: 'Họp tiếp dân', mainPoints: ['Bà Lò Thị Sáu, CCCD [CCCD_1], đề nghị cấp lại sổ đỏ.'] };
  const restored = { ...minutes, mainPoints: ['Bà Lò Thị Sáu, CCCD 034185001234, đề nghị cấp lại sổ đỏ.'] };
  return { title: 'Họp tiếp dân', markdown: restored.mainPoints[0], minutes: restored, atRest: { minutes, values: { CCCD_1: '034185001234' } } };
}

describe('summaries waiting for "lưu" in the shared store', () => {
  it('are kept with nobody named in clear, and the values come back on any instance holding the notebook key', async () => {
    const expiring = createMemoryExpiring(clock);
    const sealer = createNoteSealer(parseNotebookKeys([newNotebookKey('k1')]));
    const a = createSummaryCache({ clock, expiring, atRest: { find, sealer } });
    const b = createSummaryCache({ clock, expiring, atRest: { find, sealer } });
    const put = await a.put('user\u0000chat', pendingOf());
    const raw = JSON.stringify(await expiring.get('meeting-summary', put.id));
    expect(raw).not.toContain('Lò Thị Sáu');
    expect(raw).not.toContain('034185001234');
    const back = await b.latest('user\u0000chat');
    expect(back?.atRest?.values).toEqual({ CCCD_1: '034185001234', NGƯỜI_1: 'Lò Thị Sáu' });
    expect(back?.valuesWithheld).toBeUndefined();
  });

  it('drop the values without a notebook key, and say so to the note saved from them', async () => {
    const expiring = createMemoryExpiring(clock);
    const cache = createSummaryCache({ clock, expiring, atRest: { find } });
    await cache.put('user\u0000chat', pendingOf());
    const back = await cache.latest('user\u0000chat');
    expect(JSON.stringify(back)).not.toContain('Lò Thị Sáu');
    expect(back?.atRest?.values).toEqual({});
    expect(back?.valuesWithheld).toBe(true);
  });

  it('another chat never gets them', async () => {
    const cache = createSummaryCache({ clock, atRest: { find } });
    const put = await cache.put('user\u0000chat', pendingOf());
    expect(await cache.get('user\u0000other-chat', put.id)).toBeUndefined();
  });
});
