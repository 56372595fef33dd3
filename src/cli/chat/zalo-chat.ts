import { randomUUID } from 'node:crypto';
import type { Config } from '../../config';
import { format } from '../../messages';
import type { ChatInput } from './input-batcher';
import { runChatLoop, type ChatLoop } from './chat-loop';
import { startZaloApiServer } from './zalo-api-server';
import m from './messages.vi.json';

const z = m.zalo;

/**
 * `npm run chat -- --channel zalo`: talks to /api/zalo exactly as the Zalo Bot Platform does (the secret token header,
 * Zalo's update shape) and hosts the Bot API the server replies through, printing what the bot sends. The server must
 * be started with ZALO_API_BASE_URL pointing at it (the client prints the line to use).
 */
export async function runZaloChat(opts: { config: Config; url?: string; user: string; pasteMs: number; zaloPort: number }): Promise<void> {
  const bot = opts.config.zalo.bot;
  if (!bot) {
    console.error(format(z.notConfigured, { port: opts.zaloPort }));
    process.exitCode = 2;
    return;
  }
  const url = opts.url ?? `http://127.0.0.1:${opts.config.port}/api/zalo`;
  const userId = `local-${randomUUID().slice(0, 8)}`;
  const groupId = `group-${randomUUID().slice(0, 8)}`;
  let group = false;
  const api = await startZaloApiServer({
    port: opts.zaloPort,
    onSent: (sent) => {
      if (sent.method === 'sendChatAction') return void console.log(z.typing);
      console.log(`\n${m.botPrefix} ${sent.text}\n`);
    },
  });
  if (api.baseUrl !== bot.apiBaseUrl) console.log(format(z.pointServer, { baseUrl: api.baseUrl }));

  const send = async (text: string, event = 'message.text.received') => {
    const update = {
      event_name: event,
      message: {
        message_id: randomUUID(),
        from: { id: userId, display_name: opts.user, is_bot: false },
        chat: { id: group ? groupId : userId, chat_type: group ? 'GROUP' : 'PRIVATE' },
        date: Date.now(),
        ...(event === 'message.text.received' ? { text: group ? `@${bot.botName} ${text}` : text } : {}),
      },
    };
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': bot.webhookSecret }, body: JSON.stringify(update) });
      if (!res.ok) console.error(format(m.httpError, { status: res.status, body: await res.text() }));
    } catch (err) {
      console.error(format(m.unreachable, { url, error: (err as Error).message }));
    }
  };

  const handle = async (input: ChatInput, loop: ChatLoop): Promise<void> => {
    if (input.kind === 'paste-started') return void console.log(m.pasteStarted);
    const text = input.text;
    if (input.kind === 'message') return send(text);
    if (text === ':quit') return loop.quit();
    if (text === ':group' || text === ':personal') {
      group = text === ':group';
      return void console.log(group ? format(z.groupChat, { name: bot.botName }) : m.personalChat);
    }
    if (text === ':sticker') return send('', 'message.sticker.received');
    if (text === ':image') return send('', 'message.image.received');
    if (text === ':help') return void console.log(z.help.join('\n'));
    return send(text);
  };
  console.log(`${format(z.connected, { url })} ${z.help.join('\n')}\n`);
  await runChatLoop({ pasteMs: opts.pasteMs, handle });
  await api.close();
}
