import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;

describe('dependency install scripts (npm 11 allowScripts)', () => {
  it('approves exactly the reviewed packages whose install scripts the lockfile records', () => {
    const lock = readJson('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([at]) => at.slice(at.lastIndexOf('node_modules/') + 'node_modules/'.length))
      .sort();
    const allow = (readJson('package.json').allowScripts ?? {}) as Record<string, boolean>;
    const approved = Object.keys(allow).filter((k) => allow[k]).map((k) => k.replace(/(.)@.*$/, '$1')).sort();
    // A new dependency with an install script fails here: read its script, then approve or deny it (README, Development).
    expect(approved).toEqual(withScripts);
    expect(withScripts).toEqual(['botbuilder-dialogs', 'esbuild']);
  });

  it('keeps rimraf installable locally, so botbuilder-dialogs\' `npx rimraf` never needs a download', () => {
    expect((readJson('package.json').devDependencies as Record<string, string>).rimraf).toBeDefined();
  });
});
