import type { AiAnswer, OutboundFile, Reply } from './types';

/** The channels the assistant speaks on; stored with answers and feedback so exports show where they came from. */
export type ChannelName = 'teams' | 'zalo' | 'zalo-oa';

/**
 * What the channel-neutral delivery step needs from a channel (Teams in src/bot/, Zalo in src/zalo/).
 * Each channel renders the plain replies within its own limits.
 */
export interface Channel {
  name: ChannelName;
  /** Sends one reply; resolves with the id of the message that carried it, when the channel gives one. */
  send(reply: Reply): Promise<string | undefined>;
  /** Streams an answer as it is written, where the channel can; resolves with the id of the final message. */
  stream?(answer: AiAnswer): Promise<string | undefined>;
  /** Offers a file the channel cannot carry inside a message (Teams' file consent); absent: the file is sent as a reply. */
  offerFile?(file: OutboundFile, text: string): Promise<void>;
  /** Shows the assistant working; started only once the sender passed the access check. */
  typing?: { start(): void; stop(): void };
  /** True when answers need a feedback prompt of their own (no native feedback control on the answer). */
  asksFeedback: boolean;
}

/** Reaches a person outside the current turn (e.g. a unit administrator told of an attempt). */
export interface PersonNotifier {
  /** True when a message was delivered. */
  notify(userId: string, text: string): Promise<boolean>;
}
