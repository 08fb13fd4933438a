import { describe, expect, it } from 'vitest';
import { finalizeBlocks } from './finalize-blocks';

describe('finalizeBlocks', () => {
  it('drops empty and whitespace-only blocks but keeps rules', () => {
    expect(
      finalizeBlocks([
        { kind: 'paragraph', runs: [] },
        { kind: 'paragraph', runs: [{ text: ' \n\u3000' }] },
        { kind: 'rule', runs: [{ text: 'ignored' }] },
        { kind: 'code', runs: [{ text: '\n\n' }] },
      ]),
    ).toEqual([{ kind: 'rule', runs: [] }]);
  });

  it('shrinks blank lines inside prose blocks, within and across runs, and trims edges', () => {
    expect(
      finalizeBlocks([
        { kind: 'quote', runs: [{ text: '\na\n\n\nb\n' }, { text: '\nc', bold: true }, { text: '  ' }] },
      ]),
    ).toEqual([{ kind: 'quote', runs: [{ text: 'a\nb\n' }, { text: 'c', bold: true }] }]);
  });

  it('leaves code blocks as they are', () => {
    const code = { kind: 'code' as const, lang: 'py', runs: [{ text: 'a\n\n\nb' }] };
    expect(finalizeBlocks([code])).toEqual([code]);
  });
});
