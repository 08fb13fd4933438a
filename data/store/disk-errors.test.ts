import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../model/invoke';
import { NotebookService } from '../service';
import { useTempDirs } from '../test-support/temp-dir';
import { nodeFs, type DurableFs } from './durable-write';
import { NotebookStore } from './notebook-store';

const tempDir = useTempDirs();

/** A file system whose writes fail with `code` while `failing.on` is set. */
const flakyDisk = (code: 'ENOSPC' | 'EIO') => {
  const failing = { on: false };
  const fs: DurableFs = {
    ...nodeFs,
    async open(path, flags) {
      const handle = await nodeFs.open(path, flags);
      const write = handle.writeFile.bind(handle);
      handle.writeFile = async (data: Parameters<typeof write>[0]) => {
        if (failing.on) throw Object.assign(new Error(`${code}: injected`), { code });
        return write(data);
      };
      return handle;
    },
  };
  return { fs, failing };
};

describe.each(['ENOSPC', 'EIO'] as const)('when the disk fails with %s', (code) => {
  it('keeps the previous file byte-identical, says so in plain words, and a retry succeeds', async () => {
    const dir = tempDir();
    const { fs, failing } = flakyDisk(code);
    const service = new NotebookService(await NotebookStore.open(dir, { fs }));
    const doc = await service.importText({ text: '標題\n\n第一段文字，說明雲端策略。', format: 'text' });
    const a = await service.createAnnotation({ documentId: doc.id, anchor: { exact: '雲端策略' }, color: 'yellow', tags: [], note: 'before' });
    const path = join(dir, 'documents', `${doc.id}.json`);
    const before = readFileSync(path);

    failing.on = true;
    const result = await invoke(service, 'updateAnnotation', { documentId: doc.id, id: a.id, note: 'after' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(code === 'ENOSPC' ? /the disk is full; nothing was changed$/ : /input\/output error; nothing was changed$/) },
    });
    expect(readFileSync(path)).toEqual(before);
    // The service's view did not move ahead of the disk.
    expect((await service.listAnnotations({ documentId: doc.id }))[0].note).toBe('before');

    failing.on = false;
    await service.updateAnnotation({ documentId: doc.id, id: a.id, note: 'after' });
    const reopened = new NotebookService(await NotebookStore.open(dir));
    expect((await reopened.listAnnotations({ documentId: doc.id }))[0].note).toBe('after');
  });
});
