import { fileConsentActivity, type ChatIdentity } from '../../../src/cli/chat/activity-factory';
import type { ReceivedActivity } from '../../../src/cli/chat/connector-server';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { readFixture, textOf } from './support';

// Teams cannot receive a file's bytes in a message: the .docx export is offered with a FileConsentCard, and the bot
// uploads it to the user's OneDrive only after the user allows it, only for that user, only once.
const WARD = readFixture('giao-ban-phuong-2-gio.txt');
const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

type Offer = { contentType: string; name: string; content: { sizeInBytes: number; acceptContext: { uploadId: string }; declineContext: { uploadId: string } } };

describe('exporting a note to the user’s OneDrive through the file consent card', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(() => svc.stop());

  /** A user with one saved note, and the consent card of its export. */
  async function exportOffer(name = 'Cán bộ xuất biên bản'): Promise<{ who: ChatIdentity; card: ReceivedActivity; offer: Offer }> {
    const who = svc.identity('personal', { name });
    await svc.say(who, `/tomtat\n${WARD}`);
    await svc.say(who, 'lưu');
    const [card] = await svc.say(who, '/sotay xuat 1');
    const offer = (card.activity.attachments as Offer[])[0];
    expect(offer.contentType).toBe(FILE_CONSENT);
    return { who, card, offer };
  }
  /** The user's answer to the card; returns the HTTP status and the bot's messages in reply. */
  async function answer(who: ChatIdentity, card: ReceivedActivity, uploadId: string, a: Parameters<typeof fileConsentActivity>[3]) {
    const before = svc.connector.received.length;
    const res = await svc.post(fileConsentActivity(who, card.id, uploadId, a));
    return { status: res.status, replies: svc.connector.received.slice(before).filter((r) => r.activity.type === 'message') };
  }

  it('uploads once the user allows, then confirms with a file card; the same card cannot upload twice', async () => {
    const { who, card, offer } = await exportOffer();
    expect(textOf(card)).toContain('Biên bản');
    const name = `mot-lan-${offer.name}`;
    const accepted = await answer(who, card, offer.content.acceptContext.uploadId, { accept: { name, uploadUrl: svc.connector.uploadUrl(name) } });
    expect(accepted.status).toBe(200);
    expect(svc.connector.uploads.get(name)).toHaveLength(offer.content.sizeInBytes);
    const [done] = accepted.replies;
    expect(textOf(done)).toContain(`Đã lưu tệp "${name}" vào OneDrive`);
    expect(done.activity.attachments).toEqual([expect.objectContaining({ contentType: FILE_INFO, name, contentUrl: svc.connector.uploadUrl(name) })]);

    const again = await answer(who, card, offer.content.acceptContext.uploadId, { accept: { name: `lai-${name}`, uploadUrl: svc.connector.uploadUrl(`lai-${name}`) } });
    expect(again.status).toBe(200);
    expect(textOf(again.replies[0])).toContain('không còn được giữ');
    expect(svc.connector.uploads.has(`lai-${name}`)).toBe(false);
  });

  it('uploads nothing for someone else answering the card, and still lets its owner accept it', async () => {
    const { who, card, offer } = await exportOffer();
    const intruder = svc.identity('personal', { name: 'Người khác' });
    const name = `nguoi-khac-${offer.name}`;
    const stolen = await answer(intruder, card, offer.content.acceptContext.uploadId, { accept: { name, uploadUrl: svc.connector.uploadUrl(name) } });
    expect(textOf(stolen.replies[0])).toContain('không còn được giữ');
    expect(svc.connector.uploads.has(name)).toBe(false);
    const own = await answer(who, card, offer.content.acceptContext.uploadId, { accept: { name, uploadUrl: svc.connector.uploadUrl(name) } });
    expect(textOf(own.replies[0])).toContain('Đã lưu tệp');
    expect(svc.connector.uploads.has(name)).toBe(true);
  });

  it('drops the file when the user declines', async () => {
    const { who, card, offer } = await exportOffer();
    const declined = await answer(who, card, offer.content.declineContext.uploadId, 'decline');
    expect(declined.status).toBe(200);
    expect(textOf(declined.replies[0])).toContain('Đã hủy');
    const name = `sau-khi-huy-${offer.name}`;
    const late = await answer(who, card, offer.content.acceptContext.uploadId, { accept: { name, uploadUrl: svc.connector.uploadUrl(name) } });
    expect(textOf(late.replies[0])).toContain('không còn được giữ');
    expect(svc.connector.uploads.has(name)).toBe(false);
  });

  it('sends the file nowhere but https (or this machine), and says the upload failed', async () => {
    const { who, card, offer } = await exportOffer();
    const refused = await answer(who, card, offer.content.acceptContext.uploadId, { accept: { name: offer.name, uploadUrl: 'http://files.example.org/upload' } });
    expect(refused.status).toBe(200);
    expect(textOf(refused.replies[0])).toContain('Chưa tải được tệp lên OneDrive');
    expect(svc.logLines.some((l) => l.includes('file upload to OneDrive failed'))).toBe(true);
  });

  it('answers a malformed consent invoke with 400 and no message', async () => {
    const { who, card, offer } = await exportOffer();
    const before = svc.connector.received.length;
    const bad = fileConsentActivity(who, card.id, offer.content.acceptContext.uploadId, { accept: { name: offer.name, uploadUrl: svc.connector.uploadUrl(offer.name) } });
    delete (bad.value as { uploadInfo?: unknown }).uploadInfo;
    expect((await svc.post(bad)).status).toBe(400);
    expect(svc.connector.received.slice(before).filter((r) => r.activity.type === 'message')).toEqual([]);
  });
});
