import { promises as fsp } from 'node:fs';
import type { DurableFs } from '../../data/store/durable-write';

/**
 * DurableFs wrappers for the benchmarks. `counting` records every file write the store makes
 * (what a save costs on disk); `withoutFsync` skips fsync, only to *generate* a large
 * notebook quickly; nothing is measured through it.
 */
export interface WriteLog {
  writes: Array<{ path: string; bytes: number }>;
}

export const countingFs = (log: WriteLog): DurableFs => ({
  open: async (path, flags) => {
    const handle = await fsp.open(path, flags);
    const writeFile = handle.writeFile.bind(handle);
    handle.writeFile = (data: string | Uint8Array) => {
      log.writes.push({ path, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength });
      return writeFile(data);
    };
    return handle;
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
});

export const withoutFsync: DurableFs = {
  open: async (path, flags) => {
    const handle = await fsp.open(path, flags);
    handle.sync = async () => {};
    return handle;
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
};
