import JSZip from 'jszip';
import { fileConsentActivity, type ChatIdentity } from '../../../src/cli/chat/activity-factory';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { readFixture, textOf } from './support';

// "Sổ tay AI" through chat: save a summary, list, open, export as .docx, delete; each user sees only their own notes.
const WARD = readFixture('giao-ban-phuong-2-gio.txt');
const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';

describe('notebook over /api/messages', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(async () => {
    await svc.stop();
  });

  const say = async (who: ChatIdentity, text: string, opts?: Parameters<TestService['say']>[2]) => {
    const replies = await svc.say(who, text, opts);
    expect(replies).toHaveLength(1);
    return replies[0];
  };
  const summarise = (who: ChatIdentity) => say(who, `/tomtat\n${WARD}`);

  it('saves with "lưu", lists, opens, exports a .docx biên bản, and deletes for the owner only', async () => {
    const owner = svc.identity('personal', { name: 'Chủ sổ tay' });
    const other = svc.identity('personal', { name: 'Cán bộ khác' });
    await summarise(owner);

    expect(textOf(await say(owner, 'lưu'))).toContain('Đã lưu vào Sổ tay AI');
    const listed = textOf(await say(owner, '/sotay'));
    expect(listed).toContain('Sổ tay AI của bạn (1 ghi chép)');
    // Titled by the meeting's date, not by "Hôm nay" (read weeks later in the list).
    // The ward's unpublished budget figures make it internal: the label travels with the note.
    expect(listed).toMatch(/^1\. Cuộc họp ngày 20\/11\/2026 \(\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\) — Nội bộ$/m);

    const opened = textOf(await say(owner, '/sotay mo 1'));
    expect(opened).toContain('Phân công nhiệm vụ');
    expect(opened).toMatch(/\| Công an phường \| [^|]+ \| Trước ngày 05\/12\/2026 \|/);

    // In Teams the .docx is offered with a file consent card and uploaded to the user's OneDrive once allowed.
    const exported = await say(owner, '/sotay xuat 1');
    const [offer] = exported.activity.attachments as { contentType: string; name: string; content: { sizeInBytes: number; acceptContext: { uploadId: string } } }[];
    expect(offer.contentType).toBe(FILE_CONSENT);
    expect(offer.name).toMatch(/^bien-ban-\d{8}-\d{4}\.docx$/);
    const accepted = await svc.post(fileConsentActivity(owner, exported.id, offer.content.acceptContext.uploadId, { accept: { name: offer.name, uploadUrl: svc.connector.uploadUrl(offer.name) } }));
    expect(accepted.status).toBe(200);
    const uploaded = svc.connector.uploads.get(offer.name)!;
    expect(uploaded).toHaveLength(offer.content.sizeInBytes);
    const zip = await JSZip.loadAsync(uploaded);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('BIÊN BẢN TÓM TẮT CUỘC HỌP');
    expect(xml).toContain('Phân công nhiệm vụ');
    expect(xml).toContain('Công an phường');
    expect(xml).toContain('Trước ngày 05/12/2026');

    // Another civil servant sees none of it and can neither open, export nor delete it.
    expect(textOf(await say(other, '/sotay'))).toContain('chưa có ghi chép');
    for (const cmd of ['/sotay mo 1', '/sotay xuat 1', '/sotay xoa 1']) {
      const reply = await say(other, cmd);
      expect(textOf(reply)).toContain('Không tìm thấy ghi chép số 1');
      expect(reply.activity.attachments ?? []).toEqual([]);
    }
    expect(textOf(await say(owner, '/sotay'))).toContain('(1 ghi chép)');

    expect(textOf(await say(owner, '/sotay xoa 1'))).toContain('Đã xóa ghi chép');
    expect(textOf(await say(owner, '/sotay'))).toContain('chưa có ghi chép');
    expect(textOf(await say(owner, '/sotay mo 1'))).toContain('Không tìm thấy ghi chép số 1');
  });

  it('saves through the "Lưu vào Sổ tay" button of the summary card', async () => {
    const owner = svc.identity();
    const summary = await summarise(owner);
    const card = (summary.activity.attachments as { content: { actions: { title: string; data: unknown }[] } }[])[0].content;
    const button = card.actions.find((a) => a.title === 'Lưu vào Sổ tay');
    expect(button).toBeDefined();
    expect(textOf(await say(owner, '', { value: button!.data }))).toContain('Đã lưu vào Sổ tay AI');
    expect(textOf(await say(owner, '/sotay'))).toContain('(1 ghi chép)');
    // The same summary cannot be saved twice.
    expect(textOf(await say(owner, '', { value: button!.data }))).toContain('Không có bản tóm tắt nào vừa tạo để lưu');
    expect(textOf(await say(owner, '/sotay'))).toContain('(1 ghi chép)');
  });

  it('keeps notes private: in a group chat it saves but will not list or open', async () => {
    const group = svc.identity('groupChat');
    await say(group, `/tomtat\n${WARD}`, { mention: true });
    expect(textOf(await say(group, 'lưu', { mention: true }))).toContain('Đã lưu vào Sổ tay AI');
    for (const cmd of ['/sotay', '/sotay mo 1']) {
      expect(textOf(await say(group, cmd, { mention: true }))).toContain('Sổ tay AI là sổ cá nhân');
    }
  });

  it('does not let another member of the group chat save someone else\'s summary, by "lưu" or by the button', async () => {
    const asker = svc.identity('groupChat');
    const member: ChatIdentity = { ...asker, user: { id: '29:member-b', name: 'Thành viên khác', aadObjectId: 'aad-member-b' } };
    const summary = await say(asker, `/tomtat\n${WARD}`, { mention: true });
    const button = (summary.activity.attachments as { content: { actions: { data: unknown }[] } }[])[0].content.actions[0];
    expect((await svc.say(member, 'lưu', { mention: true })).map(textOf).join('\n')).not.toContain('Đã lưu vào Sổ tay');
    expect(textOf(await say(member, '', { value: button.data }))).toContain('Không có bản tóm tắt nào vừa tạo để lưu');
    const memberDm: ChatIdentity = { ...svc.identity(), user: member.user };
    expect(textOf(await say(memberDm, '/sotay'))).toContain('chưa có ghi chép');
    // The asker still can.
    expect(textOf(await say(asker, 'lưu', { mention: true }))).toContain('Đã lưu vào Sổ tay AI');
  });
});
