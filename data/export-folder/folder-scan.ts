import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { findRegion, noteKeyId, type NoteKey } from './marked-region';

/**
 * What is in the export folder: every name (taken, whatever it is) and which Markdown files
 * carry Glossa's marker for which note. The marker, not a manifest, is the record: it
 * travels with the file through renames, syncs and copies, and cannot go stale.
 */

/** Bigger files are not ours (a note is a few hundred kB at most) and are not read. */
const MAX_NOTE_BYTES = 20 * 1024 * 1024;

export interface FolderState {
  /** Every entry's name: files, folders, hidden files. */
  names: Set<string>;
  /** noteKeyId → file name, for files with an intact or damaged Glossa region. */
  byKey: Map<string, string>;
  keys: Map<string, NoteKey>;
}

export interface ScanFs {
  readdir: (dir: string) => Promise<{ name: string; isFile: () => boolean }[]>;
  stat: (path: string) => Promise<{ size: number }>;
  readFile: (path: string) => Promise<string>;
}

export const nodeScanFs: ScanFs = {
  readdir: (dir) => fsp.readdir(dir, { withFileTypes: true }),
  stat: (path) => fsp.stat(path),
  readFile: (path) => fsp.readFile(path, 'utf8'),
};

export const scanFolder = async (dir: string, fs: ScanFs = nodeScanFs): Promise<FolderState> => {
  const state: FolderState = { names: new Set(), byKey: new Map(), keys: new Map() };
  const entries = (await fs.readdir(dir)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    state.names.add(entry.name);
    // Symbolic links and hidden files (temp files of a write in progress) are never ours.
    if (!entry.isFile() || entry.name.startsWith('.') || !/\.md$/i.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if ((await fs.stat(path)).size > MAX_NOTE_BYTES) continue;
    const scan = findRegion(await fs.readFile(path));
    if (scan.state === 'none') continue;
    const key = scan.state === 'ok' ? scan.region.key : scan.key;
    const id = noteKeyId(key);
    // A copy of a note (same marker twice): the first name in sort order stays the note.
    if (!state.byKey.has(id)) {
      state.byKey.set(id, entry.name);
      state.keys.set(id, key);
    }
  }
  return state;
};
