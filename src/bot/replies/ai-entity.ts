import type { AIEntity, ClientCitation, SensitivityUsageInfo } from '@microsoft/teams-ai/lib/types';
import type { AiAnswer, Citation } from '../../turns/types';
import strings from './messages.vi.json';

/** Teams shows at most 20 citations; name ≤ 80 and abstract ≤ 160 characters. */
export const MAX_CITATIONS = 20;
const NAME_MAX = 80;
const ABSTRACT_MAX = 160;

/** Cuts text to `max` characters, ending with "…" when cut (Teams rejects longer values). */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The citations Teams can show, in position order (at most 20). */
export function shownCitations(answer: AiAnswer): Citation[] {
  return [...answer.citations].sort((a, b) => a.position - b.position).filter((c) => c.position >= 1 && c.position <= MAX_CITATIONS).slice(0, MAX_CITATIONS);
}

/** One citation pop-up, as teams-ai's SayCommand builds it, plus the link where known. */
export function toClientCitation(c: Citation): ClientCitation {
  return {
    '@type': 'Claim',
    position: c.position,
    appearance: {
      '@type': 'DigitalDocument',
      name: clip(c.name, NAME_MAX),
      abstract: clip(c.abstract, ABSTRACT_MAX),
      ...(c.url ? { url: c.url } : {}),
    },
  };
}

/** The sensitivity label shown on internal (level-2) content. */
export function internalLabel(): SensitivityUsageInfo {
  return {
    type: 'https://schema.org/Message',
    '@type': 'CreativeWork',
    name: strings.sensitivityName,
    description: strings.sensitivityDescription,
  };
}

/** The ONE schema.org Message entity: AI label, citations and sensitivity label together. */
export function aiEntity(answer: AiAnswer): AIEntity {
  const citations = shownCitations(answer).map(toClientCitation);
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    additionalType: ['AIGeneratedContent'],
    ...(citations.length > 0 ? { citation: citations } : {}),
    ...(answer.sensitivity === 'internal' ? { usageInfo: internalLabel() } : {}),
  };
}

/** Teams collapses single line breaks in bot text; teams-ai's SayCommand sends them as <br>. */
export function teamsText(text: string): string {
  return text.replace(/\r?\n/g, '<br>');
}

/** The notices shown under the answer, in italics. */
export function noticeBlock(notices: string[]): string {
  return notices.filter(Boolean).map((n) => `_${n}_`).join('\n');
}

/** Removes [n] markers beyond what Teams can show, so every marker left has its pop-up. */
export function dropUnshownMarkers(text: string): string {
  return text.replace(/\s?\[(\d+)\]/g, (m, n: string) => (Number(n) <= MAX_CITATIONS ? m : ''));
}
