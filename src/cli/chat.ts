import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { startConnectorServer, type ReceivedActivity } from './chat/connector-server';
import { cardActionActivity, feedbackActivity, fileAttachment, fileConsentActivity, installActivity, messageActivity, type ChatIdentity } from './chat/activity-factory';
import type { ChatInput } from './chat/input-batcher';
import { runChatLoop, type ChatLoop } from './chat/chat-loop';
import { renderForTerminal } from './chat/render-terminal';
import { runZaloChat } from './chat/zalo-chat';
import m from './chat/messages.vi.json';
import { loadConfig } from '../config';
import { format, messages } from '../messages';

const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';
const HELP = m.help.join('\n');
// Lines closer together than this came in one paste (a person does not press Enter twice within it).
const DEFAULT_PASTE_MS = 80;

/** Where the Zalo chat hosts its stand-in of the Zalo Bot API (the server's ZALO_API_BASE_URL). */
const DEFAULT_ZALO_PORT = 3979;

function parseArgs(argv: string[]): { url?: string; user: string; pasteMs: number; channel: 'teams' | 'zalo'; zaloPort: number } {
  const args = { url: undefined as string | undefined, user: 'Cán bộ dùng thử', pasteMs: DEFAULT_PASTE_MS, channel: 'teams' as 'teams' | 'zalo', zaloPort: DEFAULT_ZALO_PORT };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') args.url = argv[++i];
    else if (argv[i] === '--user') args.user = argv[++i];
    else if (argv[i] === '--paste-ms') args.pasteMs = Number(argv[++i]) || DEFAULT_PASTE_MS;
    else if (argv[i] === '--channel') args.channel = argv[++i] === 'zalo' ? 'zalo' : 'teams';
    else if (argv[i] === '--zalo-port') args.zaloPort = Number(argv[++i]) || DEFAULT_ZALO_PORT;
  }
  return args;
}

/** A terminal client that talks to a running server through /api/messages exactly as Teams would (or /api/zalo as Zalo does). */
async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.channel === 'zalo') return runZaloChat({ config: loadConfig(), url: args.url, user: args.user, pasteMs: args.pasteMs, zaloPort: args.zaloPort });
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
        console.log(format(m.savedFile, { file }));
      };
      if (att.contentUrl?.startsWith('data:') && att.name) save(att.name, Buffer.from(att.contentUrl.slice(att.contentUrl.indexOf(',') + 1), 'base64'));
      // Like a user pressing "Cho phép" on Teams' file consent card: the bot uploads to this stand-in OneDrive.
      const uploadId = att.content?.acceptContext?.uploadId;
      if (att.contentType === FILE_CONSENT_CARD && att.name && uploadId) {
        console.log(m.autoAcceptFile);
        void send(fileConsentActivity(who, item.id, uploadId, { accept: { name: att.name, uploadUrl: connector.uploadUrl(att.name) } }));
      }
      if (att.contentType === FILE_INFO_CARD && att.name && connector.uploads.has(att.name)) save(att.name, connector.uploads.get(att.name)!);
    }
    console.log(`\n${m.botPrefix} ${text}\n`);
  });

  /** POSTs an activity; resolves with the HTTP status (0 when the server cannot be reached). */
  const send = async (activity: object): Promise<number> => {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      const body = await res.text();
      if (!res.ok) console.error(format(m.httpError, { status: res.status, body }));
      return res.status;
    } catch (err) {
      console.error(format(m.unreachable, { url, error: (err as Error).message }));
      return 0;
    }
  };

  // Teams shows its own confirmation when the feedback invoke is accepted; the terminal says so, with the bot's thanks.
  const sendFeedback = async (reaction: 'like' | 'dislike', comment: string) => {
    if (!lastAnswerId) return console.log(m.noAnswerYet);
    const status = await send(feedbackActivity(who, lastAnswerId, reaction, comment));
    if (status === 200) console.log(format(m.feedbackSent, { reaction: m.reactions[reaction], id: lastAnswerId.slice(0, 8), thanks: messages.feedback.thanks }));
    else if (status) console.log(format(m.feedbackRefused, { status }));
  };

  const handle = async (input: ChatInput, loop: ChatLoop): Promise<void> => {
    if (input.kind === 'paste-started') return void console.log(m.pasteStarted);
    const text = input.text;
    if (input.kind === 'message') return void (await send(messageActivity(who, text, { mention: who.conversationType !== 'personal' })));
    if (text === ':quit') return loop.quit();
    if (text === ':group' || text === ':personal') {
      who.conversationType = text === ':group' ? 'groupChat' : 'personal';
      who.conversationId = `19:chat-${randomUUID()}@thread.v2`;
      console.log(text === ':group' ? m.groupChat : m.personalChat);
    } else if (/^:(like|dislike)(\s|$)/.test(text)) {
      await sendFeedback(text.startsWith(':like') ? 'like' : 'dislike', text.replace(/^:(like|dislike)\s*/, ''));
    } else if (text === ':khieunai' || text.startsWith(':khieunai ')) {
      if (!lastRefusal) console.log(m.noRefusalYet);
      else {
        // Like Teams: the button's invoke is answered in place, with a card that replaces the refusal's.
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(cardActionActivity(who, lastRefusal.activityId, 'appeal', { refusalId: lastRefusal.refusalId, comment: text.slice(9).trim() })) });
        const body = (await res.json().catch(() => undefined)) as { value?: { body?: { text?: string }[] } } | undefined;
        console.log(`\n${m.botPrefix} ${(body?.value?.body ?? []).map((b) => b.text ?? '').join('\n') || `(HTTP ${res.status})`}\n`);
      }
    } else if (text.startsWith(':file ')) {
      const file = path.resolve(text.slice(6).trim());
      if (!fs.existsSync(file)) return void console.log(m.fileNotFound);
      const content = fs.readFileSync(file);
      const att = fileAttachment(path.basename(file), connector.serveFile(path.basename(file), content), content.length);
      await send(messageActivity(who, '', { mention: who.conversationType !== 'personal', attachments: [att] }));
    } else if (text === ':help') console.log(HELP);
    // Anything else that starts with ':' is an ordinary message, as before.
    else await send(messageActivity(who, text, { mention: who.conversationType !== 'personal' }));
  };

  console.log(`${format(m.connected, { url })} ${HELP}\n`);
  // One input at a time, in order: a paste is sent only after the reply to the line before it.
  await runChatLoop({ pasteMs: args.pasteMs, start: () => send(installActivity(who)), handle });
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
