import type { UserStatus } from '../store/types';
import { foldDiacritics as foldVietnamese } from '../core/vietnamese';

/** A chat command of the accounts feature, parsed from the message text (arguments keep their original spelling). */
export type AccountCommand =
  | { kind: 'help' }
  | { kind: 'add'; parts: string[] }
  | { kind: 'status'; status: UserStatus; id: string }
  | { kind: 'list'; unit?: string }
  | { kind: 'usage'; period: string[]; unit?: string }
  | { kind: 'compromise' }
  /** A one-time code that links the sender's Zalo account to theirs (`/taikhoan lienket`). */
  | { kind: 'link' }
  | { kind: 'unknown'; word: string };

const SUBCOMMANDS = new Map<string, 'help' | 'add' | 'list' | 'link' | UserStatus>(Object.entries({
  '': 'help', trogiup: 'help', huongdan: 'help', help: 'help',
  them: 'add', cap: 'add', add: 'add',
  thuhoi: 'revoked', revoke: 'revoked', huy: 'revoked',
  khoa: 'locked', lock: 'locked',
  khoiphuc: 'active', mokhoa: 'active', restore: 'active',
  ds: 'list', danhsach: 'list', list: 'list',
  lienket: 'link', link: 'link', zalo: 'link',
}) as [string, 'help' | 'add' | 'list' | 'link' | UserStatus][]);

// "Tài khoản của tôi bị xâm nhập" and close variants, as a statement at the start of the message
// (a question such as "Nếu tài khoản … thì sao?" starts otherwise and goes to Q&A).
const COMPROMISE = /^(xin |toi muon |toi can )?(bao cao |bao )?tai khoan (cua )?(toi|minh|em) (da |vua |co the da |dang )?bi (xam nhap|hack|chiem quyen|chiem doat|danh cap|gia mao|lo mat khau)/;

/** Folds, drops punctuation and collapses spaces: how command words are compared. */
function plain(text: string): string {
  return foldVietnamese(text).replace(/[^\p{L}\p{N}/ ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Splits "/cmd rest" into the folded command word and the rest as typed. */
function head(text: string): { word: string; rest: string } {
  const trimmed = text.trim();
  const m = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  return { word: m ? foldVietnamese(m[1]) : '', rest: m ? m[2].trim() : '' };
}

/** The sub-command word, typed as one word or two ("thuhoi", "thu hồi", "khôi phục"), and the rest. */
function subcommand(rest: string): { word: string; rest: string } {
  const m = /^(\S+)\s+(\S+)\s*([\s\S]*)$/.exec(rest);
  const joined = m ? foldVietnamese(m[1] + m[2]) : '';
  if (m && SUBCOMMANDS.has(joined)) return { word: joined, rest: m[3].trim() };
  return head(rest);
}

/** Parses an accounts-feature message; undefined when the message is not for this feature. */
export function parseAccountCommand(text: string): AccountCommand | undefined {
  const folded = plain(text);
  if (COMPROMISE.test(folded) || /^\/baocao xam ?nhap\b/.test(folded)) return { kind: 'compromise' };
  const { word, rest } = head(text);
  if (word === '/thongke') {
    const [period, unit] = rest.split(';').map((s) => s.trim());
    const tokens = (period ?? '').split(/\s+/).filter((t) => t && !['tu', 'den', '-'].includes(foldVietnamese(t)));
    return { kind: 'usage', period: tokens, unit: unit || undefined };
  }
  if (word !== '/taikhoan') return undefined;
  const sub = subcommand(rest);
  const kind = SUBCOMMANDS.get(sub.word);
  if (!kind) return { kind: 'unknown', word: sub.word };
  if (kind === 'help') return { kind: 'help' };
  if (kind === 'add') return { kind: 'add', parts: sub.rest.split(';').map((s) => s.trim()) };
  if (kind === 'list') return { kind: 'list', unit: sub.rest || undefined };
  if (kind === 'link') return { kind: 'link' };
  return { kind: 'status', status: kind, id: sub.rest.split(/\s+/)[0] ?? '' };
}
