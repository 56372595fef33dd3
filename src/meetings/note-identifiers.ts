import type { Category, Gate } from '../gate/types';
import type { FindIdentifiers } from './note-at-rest';

// What identifies a person: names, identity numbers, contacts and addresses. Sensitive facts stay (without a name
// beside them they no longer point at anyone).
const IDENTIFYING = new Set<Category>(['person_name', 'personal_id', 'personal_contact']);

/** Identifying spans as the gate detects them, labelled with the policy's placeholder labels (`placeholders`). */
export function gateIdentifiers(gate: Gate, placeholders: Record<string, string>): FindIdentifiers {
  return (text) =>
    text.trim()
      ? gate.screen(text, { source: 'transcript' }).detections
          .filter((d) => IDENTIFYING.has(d.category))
          .map((d) => ({ start: d.start, end: d.end, label: placeholders[d.kind] ?? (d.category === 'person_name' ? 'NGƯỜI' : 'DỮ_LIỆU') }))
      : [];
}
