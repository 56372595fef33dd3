import fs from 'node:fs';
import path from 'node:path';
import { createLogger } from '../../../src/core/logger';
import { createMeetingFeature, createNotebookFeature, createSummaryCache } from '../../../src/meetings';
import type { AuditEventInput } from '../../../src/store/types';
import { createTurnRouter } from '../../../src/turns/route-turn';
import { startOpenAiTestServer } from '../../helpers/openai-test-server';
import { createOpenAiChatModel } from '../../../src/llm/openai-chat-model';
import { createFakeNoteRepository } from '../../helpers/fake-notes';
import { downloadAttachment } from './support/file-server';
import { gateForTests } from './support/meeting-gate';
import { makeTurn } from './support/turns';

const read = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../fixtures/meetings', name), 'utf8');

describe('meeting and notebook features behind the turn router', () => {
  it('routes /tomtat, "lưu" and /sotay; a pasted secret is stopped before the feature and the model; audit carries outcomes only', async () => {
    const llm = await startOpenAiTestServer(() => ({ text: 'không phải JSON' }));
    try {
      const clock = { now: () => new Date('2026-11-22T09:00:00Z') };
      const gate = gateForTests('onprem');
      const summaries = createSummaryCache({ clock });
      const notes = createFakeNoteRepository();
      const events: AuditEventInput[] = [];
      const model = createOpenAiChatModel({ baseUrl: llm.baseUrl, model: 'test-model', timeoutMs: 5000, maxRetries: 0 });
      const route = createTurnRouter({
        features: [
          createNotebookFeature({ notes, summaries, clock }),
          createMeetingFeature({ gate, summaries, downloadAttachment, maxBytes: 2_000_000, clock, model }),
        ],
        gate,
        audit: { record: async (e) => { events.push(e); } },
        logger: createLogger('silent'),
        clock,
      });

      const secret = await route(makeTurn(`/tomtat ${read('bien-ban-toi-mat.txt')}`), { canStream: false });
      expect(secret.outcome).toMatchObject({ feature: 'meeting', outcome: 'blocked' });
      expect(llm.requests).toHaveLength(0);

      const summary = await route(makeTurn(`/tomtat\n${read('giao-ban-phuong-2-gio.txt')}`), { canStream: false });
      expect(summary.outcome).toMatchObject({ feature: 'meeting', outcome: 'summarised' });
      // The model answered with something that is not minutes: every chunk falls back to the extractive summary.
      expect(summary.replies[0].kind).toBe('answer');

      expect((await route(makeTurn('lưu'), { canStream: false })).outcome).toMatchObject({ feature: 'notebook', outcome: 'saved' });
      expect((await route(makeTurn('/sotay'), { canStream: false })).outcome).toMatchObject({ feature: 'notebook', outcome: 'listed' });
      expect(await notes.list('user-a')).toHaveLength(1);

      expect(events.map((e) => `${e.feature}:${e.outcome}`)).toEqual(['meeting:blocked', 'meeting:summarised', 'notebook:saved', 'notebook:listed']);
      expect(JSON.stringify(events)).not.toMatch(/Phòng Tài chính|KV-07/);
    } finally {
      await llm.close();
    }
  });
});
