import { describe, expect, it } from 'vitest';
import { normaliseNote } from './note-markdown';

describe('normaliseNote', () => {
  it('keeps Markdown as written, with LF and no blank edges', () => {
    expect(normaliseNote('\r\n\r\n**bold**\r\n\r\n- a\r\n- b  \r\n\r\n')).toBe('**bold**\n\n- a\n- b');
    expect(normaliseNote('  \n\t\n')).toBe('');
    expect(normaliseNote('line one  \nline two')).toBe('line one  \nline two');
  });

  it('closes a code fence the user left open', () => {
    expect(normaliseNote('```js\nconst x = 1;')).toBe('```js\nconst x = 1;\n```');
    expect(normaliseNote('~~~~\ncode\n~~~')).toBe('~~~~\ncode\n~~~\n~~~~');
    expect(normaliseNote('```\na\n```\n\ntext')).toBe('```\na\n```\n\ntext');
    expect(normaliseNote('``` not `a` fence\ntext')).toBe('``` not `a` fence\ntext');
  });
});
