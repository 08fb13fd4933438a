import { promises as fsp } from 'node:fs';
import type { Adapter } from 'lowdb';
import { nodeFs, writeFileDurably, type DurableFs } from './durable-write';

/** Why a stored file could not be used; the store moves such a file aside. */
export class UnreadableFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'UnreadableFileError';
  }
}

/**
 * lowdb adapter for one JSON file of the notebook: durable writes, and reads that go
 * through `decode` (migrate, then validate) so nothing unvalidated reaches the service.
 * Writes of one file are serialised so two saves never race on the same target.
 */
export class JsonFileAdapter<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly decode: (raw: unknown) => T,
    private readonly fs: DurableFs = nodeFs,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await fsp.readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      throw new UnreadableFileError(this.path, `not valid JSON (${(err as Error).message})`);
    }
    try {
      return this.decode(raw);
    } catch (err) {
      throw new UnreadableFileError(this.path, (err as Error).message);
    }
  }

  write(data: T): Promise<void> {
    const text = `${JSON.stringify(data, null, 2)}\n`;
    const next = this.queue.then(() => writeFileDurably(this.path, text, this.fs));
    this.queue = next.catch(() => {});
    return next;
  }
}
