import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The file-system calls a durable write needs, injectable so tests can trace their order
 * and inject ENOSPC/EIO. Every write in the store goes through `writeFileDurably`.
 */
export interface DurableFs {
  open(path: string, flags: string): Promise<fsp.FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const nodeFs: DurableFs = {
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
};

let tempCounter = 0;

/**
 * Temp file in the same folder, fsync, rename over the target, fsync the folder.
 * lowdb's own writer renames but never fsyncs, so a power cut could leave an empty file.
 * On failure the temp file is removed and the previous file is untouched.
 */
export const writeFileDurably = async (
  path: string,
  content: string | Uint8Array,
  fs: DurableFs = nodeFs,
): Promise<void> => {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`);
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
    renamed = true;
    await syncFolder(dir, fs);
  } catch (err) {
    if (!renamed) await fs.unlink(temp).catch(() => {});
    throw err;
  }
};

const syncFolder = async (dir: string, fs: DurableFs): Promise<void> => {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (err) {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic.
    if (!isUnsupportedDirSync(err)) throw err;
  } finally {
    await handle?.close();
  }
};

const isUnsupportedDirSync = (err: unknown): boolean => {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL' || code === 'EBADF';
};
