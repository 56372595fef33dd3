import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { AiAnswer } from '../../turns/types';
import { adaptiveCard } from './adaptive-card';
import { aiEntity, dropUnshownMarkers, noticeBlock, teamsText } from './ai-entity';

/** Renders an AI answer as one Teams message: [n] markers, citations, AI label, sensitivity label, feedback loop, notices. */
export function toAnswerActivity(answer: AiAnswer): Partial<Activity> {
  const body = [dropUnshownMarkers(answer.text), noticeBlock(answer.notices)].filter(Boolean).join('\n\n');
  return {
    type: ActivityTypes.Message,
    text: teamsText(body),
    textFormat: 'markdown',
    entities: [aiEntity(answer) as unknown as NonNullable<Activity['entities']>[number]],
    channelData: { feedbackLoopEnabled: true },
    ...(answer.actions?.length ? { attachments: [CardFactory.adaptiveCard(actionsCard(answer.actions))] } : {}),
  };
}

// Buttons under the answer (e.g. "Lưu vào Sổ tay"); their data comes back as turn.value.
function actionsCard(actions: NonNullable<AiAnswer['actions']>): Record<string, unknown> {
  return adaptiveCard([], actions.map((a) => ({ type: 'Action.Submit', title: a.title, data: a.data })));
}
