import { describe, expect, it } from 'vitest';
import { blockId, uniqueBlockIds } from './block-id';

describe('blockId', () => {
  it('is stable, short and uses only Latin letters, digits and -', () => {
    const ids = ['6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f', 'Note_01', '注釋一', '🎉', 'a'.repeat(500)];
    for (const id of ids) {
      expect(blockId(id)).toMatch(/^gl-[0-9a-f]{8}$/);
      expect(blockId(id)).toBe(blockId(id));
    }
    expect(blockId('Note_01')).toBe('gl-aa913369');
    expect(blockId('a')).not.toBe(blockId('A'));
  });

  it('gives colliding ids a counter so every block id in a file is unique', () => {
    expect(uniqueBlockIds(['x', 'y', 'x'])).toEqual([blockId('x'), blockId('y'), `${blockId('x')}-2`]);
  });
});
