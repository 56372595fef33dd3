import labels from './feedback-card.vi.json';
import { adaptiveCard } from './adaptive-card';

/** The value a fallback button submits; the bot passes it (with the user) to createRecordFeedback. */
export interface FeedbackCardData {
  action: 'feedback';
  reaction: 'like' | 'dislike';
  answerId: string;
}

/** Adaptive Card (1.5) with Thích / Không thích buttons for clients without Teams' native feedback loop; plain data. */
export function buildFeedbackCard(answerId: string): Record<string, unknown> {
  const button = (reaction: FeedbackCardData['reaction'], title: string) => ({
    type: 'Action.Submit',
    title,
    data: { action: 'feedback', reaction, answerId } satisfies FeedbackCardData,
  });
  return adaptiveCard(
    [{ type: 'TextBlock', text: labels.prompt, wrap: true, size: 'Small', isSubtle: true }],
    [button('like', labels.like), button('dislike', labels.dislike)],
  );
}
