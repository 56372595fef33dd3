import JSZip from 'jszip';
import { fileAttachment, fileConsentActivity } from '../../../src/cli/chat/activity-factory';
import type { ReceivedActivity } from '../../../src/cli/chat/connector-server';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { renderSpec } from '../../helpers/document-spec';
import { cleanSpec } from '../../helpers/planted-documents';
import { filesContaining, textOf } from '../meetings/support';

// /kiemtra and /soanthao through POST /api/messages in Teams' wire protocol (1:1 chat, no model).
const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
type Offer = { contentType: string; name: string; content: { sizeInBytes: number; acceptContext: { uploadId: string } } };

describe('checking and drafting documents over /api/messages', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(() => svc.stop());

  /** Accepts a file consent card and returns the uploaded bytes. */
  async function accept(who: ReturnType<TestService['identity']>, card: ReceivedActivity): Promise<Buffer> {
    const offer = (card.activity.attachments as Offer[])[0];
    expect(offer.contentType).toBe(FILE_CONSENT);
    const name = `${Date.now()}-${offer.name}`;
    await svc.post(fileConsentActivity(who, card.id, offer.content.acceptContext.uploadId, { accept: { name, uploadUrl: svc.connector.uploadUrl(name) } }));
    return svc.connector.uploads.get(name) as Buffer;
  }

  it('answers a .docx sent with /kiemtra in a 1:1 chat with its findings by part and a corrected copy', async () => {
    const spec = cleanSpec(4);
    spec.date.text = spec.date.text.replace(/ngày \d+ tháng \S+/, 'ngày 5 tháng 1');
    spec.quocHieu.bold = false;
    spec.body[0] = { ...spec.body[0], text: 'Các phòng chuyên môn phối hợp chặt chẻ với Văn phòng trong quá trình thực hiện.' };
    const content = await renderSpec(spec);
    const who = svc.identity();
    const url = svc.connector.serveFile(`${Date.now()}-bao-cao.docx`, content);
    const replies = await svc.say(who, '/kiemtra', { attachments: [fileAttachment('bao-cao.docx', url, content.length)] });
    expect(replies).toHaveLength(2);
    const text = textOf(replies[0]);
    expect(text).toContain('Kết quả kiểm tra thể thức, chính tả');
    expect(text).toContain('**Địa danh và thời gian**');
    expect(text).toContain('[dia_danh_ngay]');
    expect(text).toContain('[quoc_hieu]');
    expect(text).toContain('chẽ');
    expect(text).toContain('Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4');
    expect(textOf(replies[1])).toContain('điểm đã được sửa tự động');
    const fixed = await accept(who, replies[1]);
    const xml = await (await JSZip.loadAsync(fixed)).file('word/document.xml')!.async('string');
    expect(xml).toContain('ngày 05 tháng 01');
    expect(xml).toContain('chặt chẽ');
  });

  it('takes a .docx sent with "kiểm tra thể thức" as a document to check, not as minutes', async () => {
    const content = await renderSpec(cleanSpec(5));
    const url = svc.connector.serveFile(`${Date.now()}-cv.docx`, content);
    const replies = await svc.say(svc.identity(), 'kiểm tra thể thức giúp tôi', { attachments: [fileAttachment('cv.docx', url, content.length)] });
    expect(textOf(replies[0])).toContain('Không phát hiện lỗi thể thức, chính tả');
  });

  it('refuses a secret-marked document before any check and keeps nothing of it', async () => {
    const spec = cleanSpec(6);
    spec.body.unshift({ ...spec.body[0], text: 'TỐI MẬT' });
    spec.body[1] = { ...spec.body[1], text: 'Phương án bố trí lực lượng tại chốt KX-93 trong đợt cao điểm.' };
    const content = await renderSpec(spec);
    const url = svc.connector.serveFile(`${Date.now()}-mat.docx`, content);
    const replies = await svc.say(svc.identity(), '/kiemtra', { attachments: [fileAttachment('mat.docx', url, content.length)] });
    expect(replies).toHaveLength(1);
    const text = textOf(replies[0]) + JSON.stringify(replies[0].activity.attachments ?? []);
    expect(text).toContain('tài liệu mật (bí mật nhà nước)');
    expect(text).not.toContain('Kết quả kiểm tra');
    expect(filesContaining(svc.dataDir, 'KX-93')).toEqual([]);
    expect(svc.logLines.join('\n')).not.toContain('KX-93');
  });

  it('offers the drafting form, and turns its submitted fields into a .docx draft that passes the checker', async () => {
    const who = svc.identity();
    const [card, intro] = await svc.say(who, '/soanthao');
    expect(JSON.stringify(card.activity.attachments)).toContain('doc_draft');
    expect(textOf(intro)).toContain('Bạn muốn soạn loại văn bản nào?');
    const value = {
      action: 'doc_draft', type: 'to_trinh', parentIssuer: 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH', issuer: 'SỞ NỘI VỤ', issuerCode: 'SNV', place: 'Bắc Ninh',
      recipients: 'Ủy ban nhân dân tỉnh', subject: 'Đề nghị tổ chức hội nghị tập huấn công tác văn thư', points: 'Tổ chức trong quý II\nMời đại diện các sở, ngành',
      authority: 'KT.', headTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Nguyễn Văn An',
    };
    const [reply] = await svc.say(who, '', { value });
    expect(textOf(reply)).toContain('Dự thảo tờ trình');
    const docx = await accept(who, reply);
    const check = await svc.say(who, '/kiemtra', { attachments: [fileAttachment('du-thao.docx', svc.connector.serveFile(`${Date.now()}-dt.docx`, docx), docx.length)] });
    expect(textOf(check[0])).toContain('Không phát hiện lỗi thể thức, chính tả');
  });

  it('refuses to draft a decision on a specific sanction', async () => {
    const who = svc.identity();
    const value = { action: 'doc_draft', type: 'to_trinh', issuer: 'SỞ NỘI VỤ', issuerCode: 'SNV', place: 'Bắc Ninh', subject: 'Soạn quyết định xử phạt vi phạm hành chính đối với ông Trần Văn Bình', signerTitle: 'GIÁM ĐỐC', signerName: 'Nguyễn Văn An' };
    const [reply] = await svc.say(who, '', { value });
    expect(textOf(reply)).not.toContain('Dự thảo tờ trình');
    expect(reply.activity.attachments ?? []).not.toEqual(expect.arrayContaining([expect.objectContaining({ contentType: FILE_CONSENT })]));
  });
});
