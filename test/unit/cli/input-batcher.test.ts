import { createInputBatcher, type ChatInput } from '../../../src/cli/chat/input-batcher';

/** A batcher on fake timers: `tick` lets the paste window pass. */
function setup() {
  const inputs: ChatInput[] = [];
  let due: (() => void) | undefined;
  const batcher = createInputBatcher({
    pasteMs: 80,
    onInput: (i) => inputs.push(i),
    timers: { set: (fn) => ((due = fn), 1), clear: () => (due = undefined) },
  });
  const tick = () => {
    const fn = due;
    due = undefined;
    fn?.();
  };
  const paste = (text: string) => text.split('\n').forEach((l) => batcher.push(l));
  return { batcher, inputs, tick, paste };
}

describe('chat input: a paste is one message, as in Teams', () => {
  it('sends lines that arrive together (a paste) as one message, the command line with it', () => {
    const { inputs, tick, paste } = setup();
    paste('/tomtat [00:00:05] Chủ trì: Khai mạc.\n[00:01:00] Thư ký: Báo cáo thu ngân sách.\n\n[00:02:00] Chủ trì: Kết luận.\n');
    expect(inputs).toEqual([]);
    tick();
    expect(inputs).toEqual([{ kind: 'message', text: '/tomtat [00:00:05] Chủ trì: Khai mạc.\n[00:01:00] Thư ký: Báo cáo thu ngân sách.\n\n[00:02:00] Chủ trì: Kết luận.' }]);
  });

  it('keeps lines typed one by one as separate messages and commands', () => {
    const { batcher, inputs, tick } = setup();
    batcher.push('Thủ tục đăng ký kết hôn gồm những bước nào?');
    tick();
    batcher.push(':like rõ ràng');
    tick();
    batcher.push('   ');
    tick();
    expect(inputs).toEqual([
      { kind: 'message', text: 'Thủ tục đăng ký kết hôn gồm những bước nào?' },
      { kind: 'command', text: ':like rõ ràng' },
    ]);
  });

  it('collects a :paste … :end block typed line by line into one message', () => {
    const { batcher, inputs, tick } = setup();
    for (const line of [':paste', '/tomtat', 'Dòng 1', 'Dòng 2', ':end', ':like']) {
      batcher.push(line);
      tick();
    }
    expect(inputs).toEqual([{ kind: 'paste-started' }, { kind: 'message', text: '/tomtat\nDòng 1\nDòng 2' }, { kind: 'command', text: ':like' }]);
  });

  it('treats a :quit inside a paste as text, and sends an unclosed block at the end of input', () => {
    const { batcher, inputs, tick, paste } = setup();
    paste('Ý kiến 1\n:quit');
    tick();
    batcher.push(':paste');
    tick();
    batcher.push('còn dở');
    batcher.end();
    expect(inputs).toEqual([{ kind: 'message', text: 'Ý kiến 1\n:quit' }, { kind: 'paste-started' }, { kind: 'message', text: 'còn dở' }]);
  });
});
