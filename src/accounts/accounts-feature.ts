import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { AuditRepository, UserRepository } from '../store/types';
import type { FeatureHandler, TurnContext } from '../turns/feature';
import type { Turn, TurnResult } from '../turns/types';
import { createAccountService } from './account-service';
import type { AuditRecorder } from './audit-recorder';
import { parseAccountCommand, type AccountCommand } from './chat-commands';
import { accountResultText, refusalText, usageText, userListText } from './chat-replies';
import { format, vi } from './messages';
import { principalOf, type Principal } from './principal';
import { createCompromiseReport, type Notifier } from './report-compromise';
import { isAdminRole } from './roles';
import { resolvePeriod } from './usage-period';
import { createUsageService } from './usage-service';
import { newUserSchema } from './user-input';
import { vnDay } from './vn-time';
import { LINK_CODE_TTL_MS, type ChannelLinks } from './channel-links';
import { personKeyOf } from '../turns/person-key';

export interface AccountsFeatureDeps {
  users: UserRepository;
  /** Where admin and security events are written (e.g. `{ record: (e) => store.audit.append(e) }`). */
  audit: AuditRecorder;
  /** The audit log read by /thongke. */
  auditLog: Pick<AuditRepository, 'list'>;
  notifier: Notifier;
  /** One-time codes that link another channel's identity (Zalo) to an account; without it `/taikhoan lienket` is off. */
  links?: ChannelLinks;
  clock: Clock;
  logger?: Logger;
}

const text = (t: string, feature: 'account' | 'usage', outcome: string, command: string): TurnResult => ({
  replies: [{ kind: 'text', text: t }],
  outcome: { feature, outcome, details: { command } },
});

/** The chat side of accounts: /taikhoan …, /thongke and the compromise report; never gated, never sent to a model. */
export function createAccountsFeature(deps: AccountsFeatureDeps): FeatureHandler {
  const accounts = createAccountService(deps);
  const usage = createUsageService(deps);
  const reportCompromise = createCompromiseReport(deps);

  async function run(cmd: AccountCommand, turn: Turn, ctx: TurnContext): Promise<TurnResult> {
    if (cmd.kind === 'compromise') {
      const r = await reportCompromise(turn, ctx.user);
      return text(r.notified > 0 ? vi.compromise.reply : vi.compromise.replyNobodyNotified, 'account', 'compromise_reported', 'compromise');
    }
    // Account lists and usage figures must not be posted where a whole group or channel can read them.
    if (turn.conversation.type !== 'personal') return text(vi.accounts.personalOnly, cmd.kind === 'usage' ? 'usage' : 'account', 'refused_conversation', cmd.kind);
    // Without a user record (no access check in front) the sender is treated as a plain user.
    const p: Principal = ctx.user ? principalOf(ctx.user, 'chat') : { actor: personKeyOf(turn), role: 'user', via: 'chat' };
    if (cmd.kind === 'usage') return runUsage(cmd, p);
    if (cmd.kind === 'link') return runLink(p);
    if (!isAdminRole(p.role)) return text(vi.accounts.forbidden, 'account', 'forbidden', cmd.kind);
    switch (cmd.kind) {
      case 'help':
        return text(vi.accounts.help, 'account', 'help', 'help');
      case 'unknown':
        return text(format(vi.accounts.unknownCommand, { command: cmd.word }), 'account', 'invalid', 'unknown');
      case 'list': {
        const r = await accounts.list(p, cmd.unit);
        return r.kind === 'ok' ? text(userListText(r.users, r.unit), 'account', 'listed', 'list') : text(refusalText(r), 'account', 'forbidden', 'list');
      }
      case 'status': {
        if (!cmd.id) return text(format(vi.accounts.invalid, { problem: vi.accounts.idUsage }), 'account', 'invalid', cmd.status);
        const r = await accounts.setStatus(p, cmd.id, cmd.status);
        return text(accountResultText(r), 'account', r.kind === 'ok' ? r.change : r.kind, cmd.status);
      }
      case 'add': {
        const problem = addProblem(cmd.parts);
        if (problem) return text(format(vi.accounts.invalid, { problem }), 'account', 'invalid', 'add');
        const [id, name, unit, role] = cmd.parts;
        const r = await accounts.add(p, newUserSchema.parse({ id, name, unit, role }));
        return text(accountResultText(r), 'account', r.kind === 'ok' ? r.change : r.kind, 'add');
      }
    }
  }

  // Any provisioned, active person may link their own Zalo account; the code is shown only in this 1:1 chat.
  async function runLink(p: Principal): Promise<TurnResult> {
    if (!deps.links) return text(vi.link.off, 'account', 'link_off', 'link');
    const r = await deps.links.issue(p, p.actor);
    if (r.kind === 'issued') {
      const code = `${r.code.slice(0, 4)} ${r.code.slice(4)}`;
      return text(format(vi.link.issued, { code, minutes: Math.round(LINK_CODE_TTL_MS / 60_000) }), 'account', 'link_code_issued', 'link');
    }
    return text(r.kind === 'not_active' ? vi.link.notActive : vi.link.notProvisioned, 'account', r.kind, 'link');
  }

  async function runUsage(cmd: Extract<AccountCommand, { kind: 'usage' }>, p: Principal): Promise<TurnResult> {
    if (!isAdminRole(p.role)) return text(vi.usage.forbidden, 'usage', 'forbidden', 'usage');
    const period = periodOf(cmd.period, deps.clock.now());
    if (!period) return text(vi.usage.badPeriod, 'usage', 'invalid', 'usage');
    const r = await usage(p, period, cmd.unit);
    return r.kind === 'ok' ? text(usageText(r.report, period), 'usage', 'reported', 'usage') : text(refusalText(r), 'usage', 'forbidden', 'usage');
  }

  return {
    name: 'account',
    gated: false,
    matches: (turn) => parseAccountCommand(turn.text) !== undefined,
    handle: async (turn, ctx) => run(parseAccountCommand(turn.text) ?? { kind: 'help' }, turn, ctx),
  };
}

/** What is wrong with "/taikhoan them" arguments, in Vietnamese; undefined when they are valid. */
function addProblem(parts: string[]): string | undefined {
  if (parts.length < 3 || parts.length > 4 || parts.slice(0, 3).some((p) => !p)) return vi.accounts.addUsage;
  const [id, name, unit, role] = parts;
  const r = newUserSchema.safeParse({ id, name, unit, role });
  if (r.success) return undefined;
  const field = r.error.issues[0]?.path[0];
  if (field === 'id') return vi.accounts.badId;
  if (field === 'role') return format(vi.accounts.badRole, { role: role ?? '' });
  return vi.accounts.addUsage;
}

/** "/thongke" periods: nothing (7 days), a number of days, one date (until today) or two dates. */
function periodOf(tokens: string[], now: Date) {
  if (tokens.length === 0) return resolvePeriod({}, now);
  if (tokens.length === 1 && /^\d{1,3}$/.test(tokens[0])) return resolvePeriod({}, now, Number(tokens[0]));
  if (tokens.length === 1) return resolvePeriod({ from: tokens[0], to: vnDay(now) }, now);
  if (tokens.length === 2) return resolvePeriod({ from: tokens[0], to: tokens[1] }, now);
  return undefined;
}
