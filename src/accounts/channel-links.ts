import { randomInt } from 'node:crypto';
import type { Clock } from '../core/clock';
import type { ExpiringRepository, StateRepository, UserRecord, UserRepository } from '../store/types';
import type { ChannelName } from '../turns/channel';
import { recordAdmin, type AuditRecorder } from './audit-recorder';
import { normalizeUserId } from './identity';
import { checkManage, type Refusal } from './policy';
import type { Principal } from './principal';

/** How long a one-time link code can be used. */
export const LINK_CODE_TTL_MS = 15 * 60_000;
const CODES = 'channel-link-code';
const linkKey = (channel: ChannelName, channelUserId: string) => `channel-link/${channel}/${channelUserId}`;

/** A code as people type it: 8 digits, spaces or a dash allowed in between ("4821 0937"). */
const CODE_PATTERN = /^\s*(?:\/lienket\s+)?(\d{4})[\s-]?(\d{4})\s*$/i;

/** The code a message consists of, normalised; undefined when the message is not a link code. */
export function linkCodeIn(text: string): string | undefined {
  const m = CODE_PATTERN.exec(text);
  return m ? `${m[1]}${m[2]}` : undefined;
}

export type IssueResult = { kind: 'issued'; code: string; expiresAt: Date; user: UserRecord } | { kind: 'not_found'; id: string } | { kind: 'not_active'; user: UserRecord } | Refusal;
export type RedeemResult = { kind: 'linked'; user: UserRecord } | { kind: 'invalid' } | { kind: 'refused'; user: UserRecord };

/**
 * Links a person's identity on another channel (a Zalo user id) to their provisioned account, with a one-time code
 * obtained in Teams (`/taikhoan lienket`) or from an administrator. The link only names the account: its status is read
 * on every message, so a revocation or lock applies on every linked channel at the next message.
 */
export function createChannelLinks(deps: { expiring: ExpiringRepository; state: StateRepository; users: UserRepository; audit: AuditRecorder; clock: Clock }) {
  const { expiring, state, users, audit, clock } = deps;

  /** Issues a code for `accountId`: a person for their own account, or an administrator within their rights. */
  async function issue(p: Principal, accountId: string): Promise<IssueResult> {
    const user = await users.get(normalizeUserId(accountId));
    if (!user) return { kind: 'not_found', id: accountId };
    const own = p.actor === user.id;
    const refusal = own ? undefined : checkManage(p, user);
    if (refusal) {
      await recordAdmin(audit, clock, p, { action: 'user.link_code', target: user.id, unit: user.unit, outcome: 'forbidden' });
      return refusal;
    }
    if (user.status !== 'active') return { kind: 'not_active', user };
    let code = '';
    // A collision with a live code is astronomically rare; trying again keeps every code one person's.
    for (let i = 0; i < 5; i++) {
      code = String(randomInt(0, 100_000_000)).padStart(8, '0');
      if (await expiring.putIfAbsent(CODES, code, { accountId: user.id }, LINK_CODE_TTL_MS)) break;
    }
    await recordAdmin(audit, clock, p, { action: 'user.link_code', target: user.id, unit: user.unit, outcome: 'issued' });
    return { kind: 'issued', code, expiresAt: new Date(clock.now().getTime() + LINK_CODE_TTL_MS), user };
  }

  /** Uses a code once: links `channelUserId` on `channel` to the code's account when that account is active. */
  async function redeem(code: string, channel: ChannelName, channelUserId: string): Promise<RedeemResult> {
    const taken = await expiring.take<{ accountId: string }>(CODES, code);
    const user = taken ? await users.get(taken.accountId) : undefined;
    const event = { time: clock.now(), type: 'security' as const, action: 'account.channel_link', details: { channel } };
    if (!user) {
      await audit.record({ ...event, actor: `${channel}:${channelUserId}`, outcome: 'invalid_code' });
      return { kind: 'invalid' };
    }
    if (user.status !== 'active') {
      await audit.record({ ...event, actor: user.id, unit: user.unit, target: user.id, outcome: user.status });
      return { kind: 'refused', user };
    }
    await state.write({ [linkKey(channel, channelUserId)]: { accountId: user.id, linkedAt: clock.now().toISOString() } });
    await audit.record({ ...event, actor: user.id, unit: user.unit, target: user.id, outcome: 'linked' });
    return { kind: 'linked', user };
  }

  /** The account a channel identity is linked to, if any (its status is checked by the access check, not here). */
  async function accountOf(channel: ChannelName, channelUserId: string): Promise<UserRecord | undefined> {
    const key = linkKey(channel, channelUserId);
    const link = (await state.read([key]))[key] as { accountId?: string } | undefined;
    return link?.accountId ? users.get(link.accountId) : undefined;
  }

  return { issue, redeem, accountOf };
}

export type ChannelLinks = ReturnType<typeof createChannelLinks>;
