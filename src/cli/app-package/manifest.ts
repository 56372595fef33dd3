import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const PLACEHOLDER_APP_ID = '00000000-0000-4000-8000-000000000001';
const PLACEHOLDER_BOT_ID = '00000000-0000-4000-8000-000000000002';

/** Fills the manifest template; ids default to placeholders so the package validates without a registration. */
export function buildManifest(template: string, opts: { botId?: string; appId?: string; domain?: string }): Record<string, unknown> & { manifestVersion: string } {
  const filled = template
    .replaceAll('{{MICROSOFT_APP_ID}}', opts.botId ?? PLACEHOLDER_BOT_ID)
    .replaceAll('{{TEAMS_APP_ID}}', opts.appId ?? opts.botId ?? PLACEHOLDER_APP_ID)
    .replaceAll('{{BOT_DOMAIN}}', opts.domain ?? 'tro-ly-cong-vu.example.gov.vn');
  return JSON.parse(filled);
}

/** The official Teams manifest schema shipped in @microsoft/app-manifest, for the manifest's version. */
export function loadSchema(version: string): Record<string, unknown> {
  const root = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(root, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Reads width and height from a PNG header. */
export function pngSize(png: Buffer): { width: number; height: number } | undefined {
  if (png.length < 24 || png.readUInt32BE(0) !== 0x89504e47) return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Returns the problems found (empty when valid): the JSON schema, then Teams' icon size rules. */
export function validateManifest(manifest: Record<string, unknown> & { manifestVersion: string }, icons: { color: Buffer; outline: Buffer }): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(loadSchema(manifest.manifestVersion));
  const problems = validate(manifest) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
  const color = pngSize(icons.color);
  const outline = pngSize(icons.outline);
  if (!color || color.width !== 192 || color.height !== 192) problems.push('color.png must be a 192×192 PNG');
  if (!outline || outline.width !== 32 || outline.height !== 32) problems.push('outline.png must be a 32×32 PNG');
  return problems;
}
