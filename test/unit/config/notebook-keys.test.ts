import { ConfigError, loadConfig } from '../../../src/config';
import { newNotebookKey } from '../../../src/cli/notebook-key';

const load = (env: Record<string, string>) => loadConfig(env as NodeJS.ProcessEnv);

describe('NOTEBOOK_KEYS', () => {
  it('is empty by default: notes then keep placeholders only', () => {
    expect(load({}).notebook.keys).toEqual([]);
  });

  it('reads the current key first, then older ones', () => {
    const keys = load({ NOTEBOOK_KEYS: `${newNotebookKey('k2')}, ${newNotebookKey('k1')}` }).notebook.keys;
    expect(keys.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(keys.every((k) => k.key.length === 32)).toBe(true);
  });

  it('stops the start on a malformed key with one line that names the variable but never shows a key', () => {
    const secret = Buffer.alloc(16, 7).toString('base64');
    let err: unknown;
    try {
      load({ NOTEBOOK_KEYS: `k1:${secret}` });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variable).toBe('NOTEBOOK_KEYS');
    expect((err as ConfigError).message).not.toContain(secret);
    expect((err as ConfigError).message).not.toContain('\n');
  });
});
