/**
 * `npm run --silent doc:draft -- --type TYPE --fields FIELDS.json --out OUT.docx`: writes a draft in the layout of
 * Nghị định 30/2020/NĐ-CP from the fields of FIELDS.json (see src/documents/draft/draft-fields.ts; `--type` overrides
 * its "type"). The body is the structured skeleton of the type with the person's points and the "Căn cứ" lines the
 * fields give (the chat command /soanthao also finds them in the knowledge base, and drafts with the model when one
 * is configured). Exit code 0 on success, 2 on a bad argument or invalid fields (each problem on stderr).
 */
import fs from 'node:fs';
import { buildDraftDocx } from '../documents/draft/build-draft';
import { draftBody } from '../documents/draft/draft-body';
import { DRAFT_TYPES, draftFieldsSchema } from '../documents/draft/draft-fields';

/** Runs the command; resolves with the exit code. */
export async function main(argv: string[], errors: NodeJS.WritableStream, now = new Date()): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const type = arg('--type');
  const fieldsFile = arg('--fields');
  const out = arg('--out');
  if (!fieldsFile || !out) {
    errors.write(`Usage: doc:draft --type ${DRAFT_TYPES.join('|')} --fields FIELDS.json --out OUT.docx\n`);
    return 2;
  }
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(fs.readFileSync(fieldsFile, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    errors.write(`doc:draft: cannot read ${fieldsFile}: ${(e as Error).message}\n`);
    return 2;
  }
  const parsed = draftFieldsSchema.safeParse({ ...raw, ...(type ? { type } : {}) });
  if (!parsed.success) {
    for (const i of parsed.error.issues) errors.write(`doc:draft: ${i.path.join('.') || 'fields'}: ${i.message}\n`);
    return 2;
  }
  const { body } = await draftBody(parsed.data, {});
  fs.writeFileSync(out, await buildDraftDocx(parsed.data, body, now));
  errors.write(`doc:draft: ${parsed.data.type} → ${out}\n`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2), process.stderr).then((code) => process.exit(code));
}
