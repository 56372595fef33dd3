import type { Finding } from '../check/findings';
import { fill, messages } from '../messages';

const m = messages.chat;
const SHOWN = 60;

/** The findings as a readable message, grouped by part of the document, errors first within a part. */
export function renderFindings(findings: Finding[], opts: { pasted: boolean }): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (!findings.length) return `${m.checkClean}\n\n_${m.humanCheck}_`;
  const title = fill(opts.pasted ? m.checkTitleText : m.checkTitle, { errors, warnings });
  const groups = new Map<string, Finding[]>();
  for (const f of findings.slice(0, SHOWN)) {
    const label = messages.parts[f.part];
    groups.set(label, [...(groups.get(label) ?? []), f]);
  }
  const lines = [title, ''];
  for (const [label, list] of groups) {
    lines.push(`**${label[0].toUpperCase()}${label.slice(1)}**`);
    for (const f of list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))) {
      const fix = f.fixLabel ? ` (${m.fixLabel}: ${f.fixLabel})` : '';
      lines.push(`- ${m.severity[f.severity]} [${f.rule}]: ${f.message}${fix}. ${f.where}`);
    }
    lines.push('');
  }
  if (findings.length > SHOWN) lines.push(fill(m.checkMore, { n: findings.length - SHOWN }), '');
  lines.push(`_${m.humanCheck}_`);
  return lines.join('\n');
}

/** The findings as JSON Lines objects of `npm run doc:check` ({rule, message, where, severity, fix?}). */
export function findingRecord(f: Finding): Record<string, string> {
  return { rule: f.rule, message: f.message, where: f.where, severity: f.severity, ...(f.fixLabel ? { fix: f.fixLabel } : {}) };
}
