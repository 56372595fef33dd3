import { fillTemplate } from '../../../src/core/template';

describe('fillTemplate', () => {
  it('fills strings and numbers, and leaves missing or non-scalar values as written', () => {
    expect(fillTemplate('{a} và {b}, {c}, {d}', { a: 'Một', b: 2, d: undefined })).toBe('Một và 2, {c}, {d}');
  });
  it('fills double braces for prompt files, leaving single ones alone', () => {
    expect(fillTemplate('{{question}} {x}', { question: 'Hỏi?', x: 'y' }, { double: true })).toBe('Hỏi? {x}');
  });
});
