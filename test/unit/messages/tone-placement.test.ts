import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

// The product writes the traditional tone placement of administrative documents ("khóa", "hủy", "hòa", "khỏe"):
// in an open syllable ending in oa, oe or uy the mark sits on the first vowel. "qu" + y is not such a syllable ("quý").
const MODERN = /(?:o[áàảãạ]|o[éèẻẽẹ]|(?<!q)u[ýỳỷỹỵ])$/u;

/** The syllables of a text written with the modern placement ("khoá", "huỷ", "hoà"). */
function modernPlacements(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => MODERN.test(w));
}

function walk(dir: string, keep: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, keep) : keep(p) ? [p] : [];
  });
}

/** Every file whose text users (or operators) read: message files, gate reasons, prompts, the app manifest, the assistant's own documents. */
function userFacingFiles(): string[] {
  const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join('/');
  return [
    // src/knowledge/data holds search lexicons that match both placements in questions on purpose.
    ...walk(path.join(ROOT, 'src'), (p) => p.endsWith('.json') && !rel(p).startsWith('src/knowledge/data/')),
    ...walk(path.join(ROOT, 'policy'), (p) => p.endsWith('.json')),
    ...walk(path.join(ROOT, 'prompts'), (p) => p.endsWith('.md')),
    ...fs.readdirSync(path.join(ROOT, 'knowledge')).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, 'knowledge', f)),
    path.join(ROOT, 'appPackage/manifest.template.json'),
    path.join(ROOT, 'README.md'),
    path.join(ROOT, '.env.example'),
  ].map(rel);
}

describe('one tone placement across every user-facing string', () => {
  it('tells the two placements apart', () => {
    expect(modernPlacements('Tài khoản đã bị khoá; đã huỷ; hoà giải; sức khoẻ; thuỷ lợi')).toEqual(['khoá', 'huỷ', 'hoà', 'khoẻ', 'thuỷ']);
    expect(modernPlacements('Tài khoản đã bị khóa; đã hủy; hòa giải; sức khỏe; thủy lợi; quý; quỹ; hoàn thành; khoản 2; toán; xuyên')).toEqual([]);
    expect(modernPlacements('KHOÁ NGAY')).toEqual(['khoá']);
  });

  it('scans the message files, gate reasons, prompts, manifest and the assistant\'s documents', () => {
    const files = userFacingFiles();
    expect(files).toEqual(expect.arrayContaining(['src/messages/vi.json', 'src/accounts/messages.vi.json', 'src/qa/messages.vi.json', 'policy/gate-reasons.vi.json', 'prompts/qa/system.vi.md']));
    const found = files.flatMap((f) => modernPlacements(fs.readFileSync(path.join(ROOT, f), 'utf8')).map((w) => `${f}: ${w}`));
    expect(found).toEqual([]);
  });
});
