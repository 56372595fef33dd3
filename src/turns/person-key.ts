import type { Turn } from './types';

/**
 * The key the stores know a turn's person by, derived in one place: the Entra object id in Teams (or, for a Zalo user
 * linked to an account, that account's), else the channel's own user id (an unlinked Zalo user: "zalo:<id>").
 */
export function personKeyOf(turn: Pick<Turn, 'user'>): string {
  return turn.user.aadObjectId ?? turn.user.id;
}
