import { describe, expect, it } from 'vitest';
import { noteFirstLine } from './note-line';

describe('noteFirstLine', () => {
  it('takes the first non-empty line without block markers', () => {
    expect(noteFirstLine('\n\n- 收入\n- 利潤')).toBe('收入');
    expect(noteFirstLine('## Why it matters\nbody')).toBe('Why it matters');
    expect(noteFirstLine('> quoted')).toBe('quoted');
    expect(noteFirstLine('1. first')).toBe('first');
    expect(noteFirstLine('- [x] done')).toBe('done');
    expect(noteFirstLine('#tag stays')).toBe('#tag stays');
    expect(noteFirstLine('')).toBe('');
  });
});
