import labels from './citation-verdict-card.vi.json';
import { adaptiveCard } from './adaptive-card';

/** The data the card's button submits (the choices arrive beside it as `c1`, `c2`, …). */
export interface CitationVerdictCardData {
  action: 'citationVerdicts';
  feedbackId: string;
}

/** The input id of citation [n]'s choice. */
export const verdictInputId = (position: number): string => `c${position}`;

/** Teams shows at most 20 citations; the card asks about those. */
const MAX_ASKED = 20;

/**
 * The follow-up to a dislike of a cited answer: for each citation, right / wrong or irrelevant / outdated (optional),
 * so the legal team's worklist knows which source to fix.
 */
export function citationVerdictCard(feedbackId: string, citations: { position: number; label: string }[]): Record<string, unknown> {
  const choices = (['right', 'wrong', 'outdated'] as const).map((v) => ({ title: labels[v], value: v }));
  const asked = citations.slice(0, MAX_ASKED);
  return adaptiveCard(
    [
      { type: 'TextBlock', text: labels.title, wrap: true, weight: 'Bolder', size: 'Small' },
      { type: 'TextBlock', text: labels.hint, wrap: true, size: 'Small', isSubtle: true },
      ...asked.flatMap((c) => [
        { type: 'TextBlock', text: `[${c.position}] ${c.label}`, wrap: true, size: 'Small', spacing: 'Medium' },
        { type: 'Input.ChoiceSet', id: verdictInputId(c.position), style: 'compact', placeholder: labels.placeholder, label: `[${c.position}]`, choices },
      ]),
    ],
    [{ type: 'Action.Submit', title: labels.submit, data: { action: 'citationVerdicts', feedbackId } satisfies CitationVerdictCardData }],
  );
}

/** The reply to a submitted card, by outcome. */
export function citationVerdictReply(kind: string): string {
  switch (kind) {
    case 'recorded': return labels.thanks;
    case 'invalid': return labels.invalid;
    case 'unknown': return labels.unknown;
    case 'denied': return labels.denied;
    default: return labels.unavailable;
  }
}
