import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { buildManifest, validateManifest } from './app-package/manifest';

function arg(name: string, argv: string[]): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Builds build/appPackage.zip from appPackage/ and validates the manifest against the official schema, offline. */
async function main() {
  const argv = process.argv.slice(2);
  const dir = path.resolve('appPackage');
  const manifest = buildManifest(fs.readFileSync(path.join(dir, 'manifest.template.json'), 'utf8'), {
    botId: arg('bot-id', argv),
    appId: arg('app-id', argv),
    domain: arg('domain', argv),
  });
  const problems = validateManifest(manifest, {
    color: fs.readFileSync(path.join(dir, 'color.png')),
    outline: fs.readFileSync(path.join(dir, 'outline.png')),
  });
  if (problems.length) {
    console.error(`Manifest invalid:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file('color.png', fs.readFileSync(path.join(dir, 'color.png')));
  zip.file('outline.png', fs.readFileSync(path.join(dir, 'outline.png')));
  const out = path.resolve(arg('out', argv) ?? 'build/appPackage.zip');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  console.log(`App package written to ${out} (manifest ${manifest.manifestVersion} valid).`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
