import type { Verdict } from '../gate/types';
import type { UserRecord } from '../store/types';
import type { Turn, TurnResult } from './types';

/** The gate verdict a gated feature receives: never a block (blocked turns stop in the router). */
export type PassedVerdict = Exclude<Verdict, { decision: 'block' }>;

/** Per-turn context handed to features. */
export interface TurnContext {
  /** The provisioned user record, when the accounts module knows the person. */
  user?: UserRecord;
  /** The gate's verdict on `turn.text` (present for gated features). */
  verdict?: PassedVerdict;
  /** Whether replies can be streamed (1:1 chats). */
  canStream: boolean;
}

/**
 * One capability of the assistant (help, Q&A, meeting summary, notebook, accounts…).
 * The router asks each feature in order whether it takes the turn.
 */
export interface FeatureHandler {
  name: string;
  /** True when this feature takes the turn (commands match on their keyword; some look in the store, e.g. "lưu"). */
  matches(turn: Turn): boolean | Promise<boolean>;
  /**
   * When true, the router screens `turn.text` with the gate first and never calls `handle`
   * for a blocked text. Commands that never reach a model (e.g. /sotay) may set false.
   */
  gated: boolean;
  handle(turn: Turn, ctx: TurnContext): Promise<TurnResult>;
}
