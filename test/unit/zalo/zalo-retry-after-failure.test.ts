import pino from 'pino';
import { createZaloMessageHandler, type ZaloHandlerDeps } from '../../../src/zalo/zalo-message-handler';
import { createMemoryExpiring } from '../../../src/store/expiring/memory-expiring';
import { createRateLimiter } from '../../../src/limits/rate-limiter';
import { createTurnQueue } from '../../../src/limits/turn-queue';
import type { ChannelLinks } from '../../../src/accounts/channel-links';
import type { ZaloInbound } from '../../../src/zalo/outbound';

const message: ZaloInbound = { messageId: 'm-1', userId: 'u-1', userName: 'Chị Lan', chatId: 'u-1', group: false, kind: 'text', text: 'Thủ tục đăng ký kết hôn?' };

function setUp(opts: { accountFails: number; turnFails?: boolean }) {
  let failures = opts.accountFails;
  const sent: string[] = [];
  const turns: string[] = [];
  const links = {
    issue: async () => { throw new Error('not used'); },
    redeem: async () => { throw new Error('not used'); },
    accountOf: async () => {
      if (failures-- > 0) throw new Error('store unavailable');
      return undefined;
    },
  } as unknown as ChannelLinks;
  const deps: ZaloHandlerDeps = {
    channel: 'zalo',
    out: { sendText: async (_chat, text) => { sent.push(text); return undefined; } },
    botName: 'Trợ lý',
    handleTurn: async (turn, port) => {
      turns.push(turn.text);
      if (opts.turnFails) throw new Error('store unavailable mid-turn');
      await port.send({ kind: 'text', text: 'Trả lời' });
      return undefined;
    },
    access: async () => ({ kind: 'allowed' }) as never,
    feedback: async () => ({ kind: 'recorded' }) as never,
    links,
    expiring: createMemoryExpiring({ now: () => new Date() }),
    limiter: createRateLimiter({ perMinute: 100 }),
    queue: createTurnQueue({ concurrency: 2, maxWaiting: 10 }),
    logger: pino({ level: 'silent' }),
  };
  return { handle: createZaloMessageHandler(deps), sent, turns };
}

describe('a Zalo message whose handling failed before anything reached the person', () => {
  it('is given back, so the platform\'s retry of the same message is handled rather than dropped as a duplicate', async () => {
    const { handle, turns } = setUp({ accountFails: 1 });
    await expect(handle(message)).rejects.toThrow('store unavailable');
    expect(turns).toHaveLength(0);
    await expect(handle(message)).resolves.toBe('handled');
    expect(turns).toEqual(['Thủ tục đăng ký kết hôn?']);
    // Handled once: a third delivery is a duplicate.
    await expect(handle(message)).resolves.toBe('duplicate');
  });

  it('is not given back once the turn has started (it may have answered or audited), so nothing is answered twice', async () => {
    const { handle, turns } = setUp({ accountFails: 0, turnFails: true });
    await expect(handle(message)).rejects.toThrow('mid-turn');
    await expect(handle(message)).resolves.toBe('duplicate');
    expect(turns).toHaveLength(1);
  });
});
