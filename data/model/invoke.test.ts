import { describe, expect, it, vi } from 'vitest';
import type { Implementation } from './api';
import { invoke } from './invoke';
import { GlossaError } from './result';

const impl = (overrides: Partial<Implementation>) => overrides as Implementation;

describe('invoke', () => {
  it('validates input with the contract and passes the parsed value (with defaults) on', async () => {
    const createAnnotation = vi.fn(async (input) => ({ ...input, id: 'a1' }));
    const result = await invoke(impl({ createAnnotation } as never), 'createAnnotation', {
      documentId: 'd1',
      anchor: { start: 1, end: 3 },
    });
    expect(result).toMatchObject({ ok: true, value: { id: 'a1', color: 'yellow', tags: [], note: '' } });
    expect(createAnnotation).toHaveBeenCalledWith({ documentId: 'd1', anchor: { start: 1, end: 3 }, color: 'yellow', tags: [], note: '' });
  });

  it('refuses invalid input without calling the implementation, naming the field', async () => {
    const createAnnotation = vi.fn();
    const result = await invoke(impl({ createAnnotation } as never), 'createAnnotation', {
      documentId: 'd1',
      color: 'chartreuse',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('color') } });
    expect(createAnnotation).not.toHaveBeenCalled();
  });

  it('refuses names that are not operations, including prototype members', async () => {
    for (const name of ['nope', 'constructor', '__proto__', 'toString', 42]) {
      expect(await invoke(impl({}), name, {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
  });

  it('turns a GlossaError into its code and any other throw into internal, reported to the log', async () => {
    const known = await invoke(impl({ listDocuments: async () => { throw new GlossaError('not_found', 'gone'); } }), 'listDocuments', {});
    expect(known).toEqual({ ok: false, error: { code: 'not_found', message: 'gone' } });
    const log = vi.fn();
    const boom = new TypeError('secret internals');
    const unknown = await invoke(impl({ listDocuments: async () => { throw boom; } }), 'listDocuments', {}, log);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(unknown)).not.toContain('secret internals');
    expect(log).toHaveBeenCalledWith(boom);
  });

  it("keeps a GlossaError's reason and parameters, so an interface can translate it", async () => {
    const refusal = { reason: 'empty', params: { file: 'a.txt' } } as const;
    const importText = async () => {
      throw new GlossaError('import_refused', 'a.txt: the file is empty', refusal);
    };
    expect(await invoke(impl({ importText }), 'importText', { text: '' })).toEqual({
      ok: false,
      error: { code: 'import_refused', message: 'a.txt: the file is empty', ...refusal },
    });
  });
});
