/** The result of asking for the transcript of a Teams meeting. */
export type TranscriptFetch =
  | { kind: 'ok'; text: string; format: 'vtt' | 'txt' }
  | { kind: 'not_found' };

/**
 * Where a Teams meeting's own transcript comes from (Microsoft Graph onlineMeetings/{id}/transcripts when
 * the deployment configures it). The text still passes the gate before anything else sees it.
 */
export interface TranscriptSource {
  /** Fetches the latest transcript of the meeting this conversation (meeting chat) belongs to. */
  fetchForConversation(input: { conversationId: string; userId: string; tenantId?: string }): Promise<TranscriptFetch>;
}
