import { readDocx, type DocxModel, type Para } from '../docx/read-docx';
import { createSpellingChecker, type SpellingChecker, type SpellingIssue } from '../spelling/check-spelling';
import type { Lexicon } from '../spelling/lexicon';
import { fill, messages } from '../messages';
import { checkCase } from './check-case';
import { checkFonts, partOf } from './check-fonts';
import { checkHeader } from './check-header';
import { checkPage } from './check-page';
import { checkParts } from './check-parts';
import { finding, whereOf, type Finding, RULE_CODES } from './findings';
import { findParts, type DocParts } from './parts';
import type { Segment } from './segments';

/** The result of checking one document. */
export interface CheckReport {
  findings: Finding[];
  /** The type the document names (tên loại), công văn, or undefined. */
  type?: string;
  paragraphs: number;
}

/** What a check needs: the spelling lexicon (shared, read once). */
export interface CheckDeps {
  lexicon: Lexicon;
}

/** Creates the checker of .docx files and pasted text. */
export function createDocumentChecker(deps: CheckDeps) {
  const spelling = createSpellingChecker(deps.lexicon);

  /** Checks a .docx: layout, formatting and text rules. Throws when the file is not a readable .docx. */
  async function checkDocx(buffer: Buffer | Uint8Array): Promise<CheckReport & { model: DocxModel }> {
    const model = await readDocx(buffer);
    const parts = findParts(model.paras);
    // A table of data (not the header or signature table) allows a page in landscape.
    const layoutTables = new Set(model.paras.filter((p) => p.cell && parts.layout.has(p.index)).map((p) => p.cell?.table));
    const hasTables = model.paras.some((p) => p.cell && !layoutTables.has(p.cell.table));
    const findings = [
      ...checkPage(model, hasTables),
      ...checkFonts(parts),
      ...checkHeader(parts, model.paras, model),
      ...checkParts(parts, model.paras, model),
      ...checkCase(parts.body, deps.lexicon),
      ...checkSpelling(parts, spelling),
    ];
    return { findings: order(findings), type: parts.type?.code, paragraphs: model.paras.length, model };
  }

  /** Checks pasted text: only the rules that text shows (parts, forms, capitals, spelling). */
  function checkText(text: string): CheckReport {
    const paras = textParas(text);
    const parts = findParts(paras);
    const findings = [...checkHeader(parts, paras, undefined), ...checkParts(parts, paras, undefined), ...checkCase(parts.body, deps.lexicon), ...checkSpelling(parts, spelling)];
    return { findings: order(findings), type: parts.type?.code, paragraphs: paras.length };
  }

  return { checkDocx, checkText };
}

export type DocumentChecker = ReturnType<typeof createDocumentChecker>;

/** Paragraphs of plain text (one a line), without formatting. */
export function textParas(text: string): Para[] {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n').map((line, index) => ({
    index, text: line, runs: line ? [{ text: line, size: 13, bold: false, italic: false, underline: false, color: 'auto', caps: false, el: undefined as never }] : [],
    ppr: { align: 'left' }, lines: [], el: undefined as never,
  }));
}

const SPELL_KEYS: Record<SpellingIssue['kind'], keyof typeof messages.checks> = {
  misspelt: 'misspelt', unknownSyllable: 'unknownSyllable', realWord: 'realWord', repeated: 'repeated', spaceBefore: 'spaceBefore', mixedPlacement: 'mixedPlacement',
};

function checkSpelling(parts: DocParts, spelling: SpellingChecker): Finding[] {
  const out: Finding[] = [];
  const placements = new Map<'modern' | 'traditional', string>();
  const firstOf = new Map<string, Segment>();
  for (const seg of parts.segments) {
    if (!seg.text.trim() || seg === parts.soKyHieu) continue;
    const found = new Map<'modern' | 'traditional', string>();
    for (const issue of spelling.check(seg.text, found)) out.push(spellingFinding(parts, seg, issue));
    for (const [k, w] of found) if (!placements.has(k)) {
      placements.set(k, w);
      firstOf.set(k, seg);
    }
  }
  if (placements.size === 2) {
    const a = placements.get('traditional') ?? '';
    const b = placements.get('modern') ?? '';
    const seg = firstOf.get('modern');
    out.push(finding('chinh_ta', 'mixedPlacement', { part: seg ? partOf(parts, seg) : 'document', seg, severity: 'warning', values: { a, b } }));
  }
  return out;
}

function spellingFinding(parts: DocParts, seg: Segment, issue: SpellingIssue): Finding {
  const fixed = issue.fixed ?? issue.suggestion;
  const suggest = fixed && issue.kind !== 'realWord' && issue.kind !== 'repeated' && issue.kind !== 'spaceBefore' ? fill(messages.checks.suggest, { fixed }) : '';
  const part = partOf(parts, seg);
  const from = seg.text.slice(issue.start, issue.end);
  const to = issue.kind === 'spaceBefore' ? issue.found : issue.fixed;
  return {
    ...finding('chinh_ta', SPELL_KEYS[issue.kind], {
      part, seg, values: { found: issue.found, fixed: fixed ?? '', suggest },
      severity: issue.kind === 'unknownSyllable' || issue.kind === 'spaceBefore' ? 'warning' : 'error',
      fix: to !== undefined ? { kind: 'text', paragraph: seg.para.index, from, to, at: seg.offset + issue.start } : undefined,
      fixLabel: to !== undefined ? (issue.kind === 'spaceBefore' ? `“${issue.found}” liền chữ trước` : to) : undefined,
    }),
    where: whereOf(part, seg, { start: issue.start, end: issue.end }),
  };
}

// Findings in reading order, page-level first; rule order breaks ties.
function order(findings: Finding[]): Finding[] {
  const rank = (f: Finding) => (f.paragraph === undefined ? -1 : f.paragraph);
  return findings.sort((a, b) => rank(a) - rank(b) || RULE_CODES.indexOf(a.rule) - RULE_CODES.indexOf(b.rule));
}
