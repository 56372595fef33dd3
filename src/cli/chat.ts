import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { randomUUID } from 'node:crypto';
import { startConnectorServer, type ReceivedActivity } from './chat/connector-server';
import { cardActionActivity, feedbackActivity, fileAttachment, fileConsentActivity, installActivity, messageActivity, type ChatIdentity } from './chat/activity-factory';

const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';
import { renderForTerminal } from './chat/render-terminal';
import { loadConfig } from '../config';

const HELP = `Lệnh của ứng dụng chat thử:
  :group / :personal   chuyển sang nhóm chat (tự nhắc @tên trợ lý) hoặc chat 1:1
  :file <đường dẫn>    gửi tệp đính kèm (.txt, .vtt, .docx)
  :like [nhận xét]     đánh giá Thích câu trả lời gần nhất
  :dislike [nhận xét]  đánh giá Không thích câu trả lời gần nhất
  :khieunai [lý do]    bấm nút "Khiếu nại" dưới thông báo từ chối gần nhất (hoặc gõ /khieunai như mọi kênh)
  :quit                thoát`;

function parseArgs(argv: string[]): { url?: string; user: string } {
  const args = { url: undefined as string | undefined, user: 'Cán bộ dùng thử' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') args.url = argv[++i];
    else if (argv[i] === '--user') args.user = argv[++i];
  }
  return args;
}

/** A terminal client that talks to a running server through /api/messages exactly as Teams would. */
async function main() {
  const args = parseArgs(process.argv.slice(2));
  const url = args.url ?? `http://127.0.0.1:${loadConfig().port}/api/messages`;
  const connector = await startConnectorServer();
  const who: ChatIdentity = {
    serviceUrl: connector.serviceUrl,
    conversationId: `a:chat-${randomUUID()}`,
    conversationType: 'personal',
    user: { id: `29:${randomUUID()}`, name: args.user, aadObjectId: randomUUID() },
    bot: { id: '28:tro-ly-cong-vu', name: 'Trợ lý Công vụ' },
    tenantId: 'local-tenant',
  };
  let lastAnswerId: string | undefined;
  let lastRefusal: { activityId: string; refusalId: string } | undefined;
  connector.onActivity((item: ReceivedActivity) => {
    const text = renderForTerminal(item);
    if (!text) return;
    if ((item.activity.channelData as { feedbackLoopEnabled?: boolean } | undefined)?.feedbackLoopEnabled) lastAnswerId = item.id;
    const refusalId = appealRefusalId(item.activity);
    if (refusalId) lastRefusal = { activityId: item.id, refusalId };
    for (const att of (item.activity.attachments as { contentType?: string; contentUrl?: string; name?: string; content?: { acceptContext?: { uploadId?: string } } }[] | undefined) ?? []) {
      const save = (name: string, bytes: Buffer) => {
        const file = path.resolve('chat-downloads', name);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, bytes);
        console.log(`  [đã lưu tệp] ${file}`);
      };
      if (att.contentUrl?.startsWith('data:') && att.name) save(att.name, Buffer.from(att.contentUrl.slice(att.contentUrl.indexOf(',') + 1), 'base64'));
      // Like a user pressing "Cho phép" on Teams' file consent card: the bot uploads to this stand-in OneDrive.
      const uploadId = att.content?.acceptContext?.uploadId;
      if (att.contentType === FILE_CONSENT_CARD && att.name && uploadId) {
        console.log('  [tự động chấp nhận lưu tệp]');
        void send(fileConsentActivity(who, item.id, uploadId, { accept: { name: att.name, uploadUrl: connector.uploadUrl(att.name) } }));
      }
      if (att.contentType === FILE_INFO_CARD && att.name && connector.uploads.has(att.name)) save(att.name, connector.uploads.get(att.name)!);
    }
    console.log(`\nTrợ lý: ${text}\n`);
  });

  const send = async (activity: object) => {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      if (!res.ok && res.status !== 200) console.error(`(máy chủ trả về HTTP ${res.status}: ${await res.text()})`);
    } catch (err) {
      console.error(`Không kết nối được tới ${url}: ${(err as Error).message}. Máy chủ đã chạy chưa (npm start)?`);
    }
  };

  console.log(`Đang nói chuyện với ${url} như Microsoft Teams. ${HELP}\n`);
  await send(installActivity(who));
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'Bạn: ' });
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === ':quit') break;
    if (text === ':group' || text === ':personal') {
      who.conversationType = text === ':group' ? 'groupChat' : 'personal';
      who.conversationId = `19:chat-${randomUUID()}@thread.v2`;
      console.log(text === ':group' ? '(đang ở nhóm chat: tin nhắn tự nhắc @Trợ lý Công vụ)' : '(đang chat 1:1)');
    } else if (text.startsWith(':like') || text.startsWith(':dislike')) {
      const reaction = text.startsWith(':like') ? 'like' : 'dislike';
      if (!lastAnswerId) console.log('(chưa có câu trả lời nào để đánh giá)');
      else await send(feedbackActivity(who, lastAnswerId, reaction, text.replace(/^:(like|dislike)\s*/, '')));
    } else if (text === ':khieunai' || text.startsWith(':khieunai ')) {
      if (!lastRefusal) console.log('(chưa có thông báo từ chối nào có nút Khiếu nại)');
      else {
        // Like Teams: the button's invoke is answered in place, with a card that replaces the refusal's.
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(cardActionActivity(who, lastRefusal.activityId, 'appeal', { refusalId: lastRefusal.refusalId, comment: text.slice(9).trim() })) });
        const body = (await res.json().catch(() => undefined)) as { value?: { body?: { text?: string }[] } } | undefined;
        console.log(`\nTrợ lý: ${(body?.value?.body ?? []).map((b) => b.text ?? '').join('\n') || `(HTTP ${res.status})`}\n`);
      }
    } else if (text.startsWith(':file ')) {
      const file = path.resolve(text.slice(6).trim());
      if (!fs.existsSync(file)) console.log('(không tìm thấy tệp)');
      else {
        const content = fs.readFileSync(file);
        const att = fileAttachment(path.basename(file), connector.serveFile(path.basename(file), content), content.length);
        await send(messageActivity(who, '', { mention: who.conversationType !== 'personal', attachments: [att] }));
      }
    } else if (text === ':help') console.log(HELP);
    else if (text) await send(messageActivity(who, text, { mention: who.conversationType !== 'personal' }));
    rl.prompt();
  }
  rl.close();
  await connector.close();
}

/** The refusal id of an appeal button (Action.Execute "appeal") on a bot activity, if it has one. */
function appealRefusalId(activity: Record<string, unknown>): string | undefined {
  type Card = { actions?: { type?: string; verb?: string; data?: { refusalId?: string } }[] };
  for (const att of (activity.attachments as { contentType?: string; content?: Card }[] | undefined) ?? []) {
    const action = att.content?.actions?.find((a) => a.type === 'Action.Execute' && a.verb === 'appeal');
    if (action?.data?.refusalId) return action.data.refusalId;
  }
  return undefined;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
