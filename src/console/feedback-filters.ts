import { vnDayStart, vnNextDayStart } from '../accounts/vn-time';
import type { FeedbackFilters } from '../feedback/feedback-review';

/** The review list's filters from its query (Vietnam days in from/to); an error names the first bad field. */
export function parseFeedbackFilters(q: Record<string, string>): { kind: 'ok'; filters: FeedbackFilters } | { kind: 'invalid'; field: string } {
  const f: FeedbackFilters = {};
  if (q.reaction) {
    if (q.reaction !== 'like' && q.reaction !== 'dislike') return { kind: 'invalid', field: 'reaction' };
    f.reaction = q.reaction;
  }
  const tri = (v: string | undefined) => (v === 'yes' ? true : v === 'no' ? false : undefined);
  f.hasComment = tri(q.comment);
  f.reviewed = tri(q.reviewed);
  if (q.from) {
    f.from = vnDayStart(q.from);
    if (!f.from) return { kind: 'invalid', field: 'from' };
  }
  if (q.to) {
    f.to = vnNextDayStart(q.to);
    if (!f.to) return { kind: 'invalid', field: 'to' };
  }
  if (f.from && f.to && f.from >= f.to) return { kind: 'invalid', field: 'from' };
  if (q.unit) f.unit = q.unit;
  if (q.topic) f.topic = q.topic.slice(0, 200);
  if (q.document) f.document = q.document.slice(0, 200);
  return { kind: 'ok', filters: f };
}

/** The query names the filters travel under (kept in paging and export links). */
export const FEEDBACK_FILTER_NAMES = ['reaction', 'comment', 'from', 'to', 'unit', 'topic', 'document', 'reviewed'] as const;
