import fs from 'node:fs';
import path from 'node:path';
import { buildManifest, pngSize, validateManifest } from '../../../src/cli/app-package/manifest';

const dir = path.resolve('appPackage');
const template = fs.readFileSync(path.join(dir, 'manifest.template.json'), 'utf8');
const icons = { color: fs.readFileSync(path.join(dir, 'color.png')), outline: fs.readFileSync(path.join(dir, 'outline.png')) };

describe('Teams app package', () => {
  it('builds a manifest that validates against the official schema, with the right icons', () => {
    const manifest = buildManifest(template, { botId: '11111111-2222-4333-8444-555555555555', domain: 'bot.ubnd.example.gov.vn' });
    expect(validateManifest(manifest, icons)).toEqual([]);
    const bot = (manifest.bots as { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[])[0];
    expect(bot.botId).toBe('11111111-2222-4333-8444-555555555555');
    expect(bot.scopes).toEqual(expect.arrayContaining(['personal', 'team', 'groupChat']));
    expect(bot.commandLists[0].commands.map((c) => c.title)).toContain('/tomtat');
    expect(pngSize(icons.color)).toEqual({ width: 192, height: 192 });
    expect(pngSize(icons.outline)).toEqual({ width: 32, height: 32 });
  });

  it('reports schema violations and wrong icon sizes', () => {
    const manifest = buildManifest(template, {});
    (manifest as Record<string, unknown>).accentColor = 'red';
    delete (manifest as Record<string, unknown>).description;
    const problems = validateManifest(manifest, { color: icons.outline, outline: icons.outline });
    expect(problems.join('\n')).toMatch(/description/);
    expect(problems.join('\n')).toMatch(/accentColor/);
    expect(problems).toContain('color.png must be a 192×192 PNG');
  });
});
