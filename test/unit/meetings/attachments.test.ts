import { Document, Packer, Paragraph } from 'docx';
import fs from 'node:fs';
import path from 'node:path';
import { formatOf, isFileAttachment, readAttachment } from '../../../src/meetings/attachments';
import { downloadAttachment, startFileServer, teamsFile, type FileServer } from './support/file-server';

const fixtures = path.resolve(__dirname, '../../fixtures/meetings');
const MAX = 200_000;

async function docxOf(lines: string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }));
}

describe('meeting attachments', () => {
  let server: FileServer;
  beforeAll(async () => { server = await startFileServer(); });
  afterAll(async () => { await server.close(); });

  it('reads a .txt transcript (UTF-8 with BOM) from the file endpoint', async () => {
    server.put('hop.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(path.join(fixtures, 'giao-ban-phuong-2-gio.txt'))]));
    const read = await readAttachment(teamsFile(server, 'hop.txt'), { maxBytes: MAX, download: downloadAttachment });
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.format).toBe('txt');
    expect(read.text.startsWith('[00:00:05] Vũ Đức Thắng:')).toBe(true);
  });

  it('reads a UTF-16 .txt as Notepad saves it', async () => {
    server.put('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Giao Phòng Tài chính – Kế hoạch rà soát trước ngày 15/12.', 'utf16le')]));
    const read = await readAttachment(teamsFile(server, 'utf16.txt'), { maxBytes: MAX, download: downloadAttachment });
    expect(read).toMatchObject({ kind: 'ok', text: 'Giao Phòng Tài chính – Kế hoạch rà soát trước ngày 15/12.' });
  });

  it('reads a Teams .vtt export as "Speaker: text" lines, without timestamps or cue ids', async () => {
    server.put('hop.vtt', fs.readFileSync(path.join(fixtures, 'giao-ban-phuong-2-gio.vtt')));
    const read = await readAttachment(teamsFile(server, 'hop.vtt'), { maxBytes: MAX, download: downloadAttachment });
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.format).toBe('vtt');
    expect(read.text.split('\n')[0]).toMatch(/^Vũ Đức Thắng: Alo, mọi người nghe rõ không ạ\? Đề nghị các đồng chí ở điểm cầu/);
    expect(read.text.split('\n')[1]).toMatch(/^Nguyễn Văn Hùng: Vâng, cảm ơn đồng chí Thắng\./);
    expect(read.text).not.toMatch(/-->|WEBVTT|\d{2}:\d{2}:\d{2}\.\d{3}/);
  });

  it('reads a .docx (mammoth raw text)', async () => {
    server.put('bien-ban.docx', await docxOf(['BIÊN BẢN HỌP', 'Giao Phòng Văn hóa – Xã hội tổng hợp danh sách trước ngày 15/12/2026.']));
    const read = await readAttachment(teamsFile(server, 'bien-ban.docx'), { maxBytes: MAX, download: downloadAttachment });
    expect(read.kind).toBe('ok');
    if (read.kind === 'ok') expect(read.text).toContain('Giao Phòng Văn hóa – Xã hội tổng hợp danh sách trước ngày 15/12/2026.');
  });

  it('refuses unsupported types without downloading them', async () => {
    for (const name of ['bien-ban.pdf', 'ghi-am.mp3', 'anh.png']) {
      const before = server.hits.length;
      expect(await readAttachment(teamsFile(server, name), { maxBytes: MAX, download: downloadAttachment })).toEqual({ kind: 'unsupported' });
      expect(server.hits.length).toBe(before);
    }
  });

  it('refuses a file declared too large before downloading, and one that turns out too large while downloading', async () => {
    server.put('lon.txt', 'a'.repeat(5000));
    const before = server.hits.length;
    expect(await readAttachment(teamsFile(server, 'lon.txt', 5000), { maxBytes: 1000, download: downloadAttachment })).toEqual({ kind: 'too_large', bytes: 5000 });
    expect(server.hits.length).toBe(before);
    expect(await readAttachment(teamsFile(server, 'lon.txt'), { maxBytes: 1000, download: downloadAttachment })).toEqual({ kind: 'too_large' });
  });

  it('reports a broken .docx as unreadable and a missing file as a failed download', async () => {
    server.put('hong.docx', 'not a zip');
    expect(await readAttachment(teamsFile(server, 'hong.docx'), { maxBytes: MAX, download: downloadAttachment })).toEqual({ kind: 'unreadable' });
    expect(await readAttachment(teamsFile(server, 'khong-co.txt'), { maxBytes: MAX, download: downloadAttachment })).toEqual({ kind: 'download_failed' });
  });

  it('ignores the HTML copy of the message and cards; knows formats by extension or content type', () => {
    expect(isFileAttachment({ name: '', contentType: 'text/html' })).toBe(false);
    expect(isFileAttachment({ name: '', contentType: 'application/vnd.microsoft.card.adaptive' })).toBe(false);
    expect(formatOf({ name: 'Biên bản.DOCX', contentType: 'application/vnd.microsoft.teams.file.download.info' })).toBe('docx');
    expect(formatOf({ name: 'transcript', contentType: 'text/vtt' })).toBe('vtt');
    expect(formatOf({ name: 'x.pdf', contentType: 'text/plain' })).toBeUndefined();
  });
});
