import type { ZaloEventKind } from './update-schema';

/** How a Zalo channel sends: the Bot Platform's sendMessage/sendChatAction, or the OA's consultation messages. */
export interface ZaloOutbound {
  /** Sends one text message (at most 2,000 characters); resolves with the platform's message id where it gives one. */
  sendText(chatId: string, text: string): Promise<string | undefined>;
  /** Shows "typing…" where the platform can. */
  typing?(chatId: string): Promise<void>;
}

/** One incoming Zalo message, whichever API it came through. */
export interface ZaloInbound {
  messageId: string;
  userId: string;
  userName?: string;
  chatId: string;
  group: boolean;
  kind: ZaloEventKind;
  text: string;
}
