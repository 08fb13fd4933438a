import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { canonicalText } from '../model/text';
import { summarize, summaryChanged } from '../model/summary';
import type { DocumentFile, DocumentSummary, LibraryFile } from '../model/schemas';
import type { TrashFile } from '../model/trash';
import { DOC_ID, statDocumentFiles } from './document-files';
import { sameStamp, type FileStamp, type IndexEntry } from './file-stamp';
import { decodeDocumentFile, decodeLibraryFile, decodeTrashFile } from './migrate';
import { TRASH_INDEX } from './trash-store';

export interface CheckFinding {
  file: string;
  problem: string;
  /** Notices (files already in quarantine, an index that open() will rebuild) do not fail. */
  severity: 'error' | 'notice';
}

type Report = (file: string, problem: string) => void;

/**
 * Reads every file of a notebook without changing anything: parse, migrate, validate, and
 * the invariants the schema cannot express (an anchored quote really is at its position).
 * What it says open() will do is what open() does: both judge index entries by the same
 * file stamps (see file-stamp.ts).
 */
export const checkNotebook = async (dir: string): Promise<CheckFinding[]> => {
  const findings: CheckFinding[] = [];
  const error: Report = (file, problem) => findings.push({ file, problem, severity: 'error' });
  const notice: Report = (file, problem) => findings.push({ file, problem, severity: 'notice' });

  const libraryPath = join(dir, 'library.json');
  const library = await readDecoded(libraryPath, decodeLibraryFile, error);
  if (library === null) notice(libraryPath, 'missing; it will be rebuilt from documents/ when the notebook opens');
  const entries = new Map((library?.documents ?? []).map((entry) => [entry.id, entry]));

  const docsDir = join(dir, 'documents');
  const stamps = await statDocumentFiles(docsDir).catch(() => new Map<string, FileStamp>());
  const damaged = new Set<string>();
  for (const name of await jsonFiles(docsDir)) {
    const path = join(docsDir, name);
    const id = name.slice(0, -'.json'.length);
    const stamp = stamps.get(id);
    if (!stamp) {
      notice(path, 'not an article file (its name is not an article id, or it is not a file); Glossa leaves it alone');
      continue;
    }
    const file = await readDocument(path, id, error);
    if (!file) {
      damaged.add(id);
      continue;
    }
    const entry = entries.get(id);
    if (!library || (entry && !summaryChanged(withoutStamp(entry), summarize(file)))) continue;
    if (!entry) notice(path, 'not in the index yet; it will be added when the notebook opens');
    else if (!sameStamp(entry.stamp, stamp)) {
      notice(path, 'the index entry is out of date; the file changed since it was indexed, so it will be refreshed when the notebook opens');
    } else {
      error(path, 'the index entry does not match the file, but the file has not changed since it was indexed, so opening will not refresh it (was library.json edited?); touch the file to have it read again');
    }
  }
  for (const id of entries.keys()) {
    if (damaged.has(id)) notice(libraryPath, `lists ${id}, whose file is damaged (see above)`);
    else if (stamps.has(id)) continue;
    else if (await exists(join(dir, 'trash', `${id}.json`))) {
      notice(libraryPath, `lists ${id}, whose file is in the trash; the entry will be dropped when the notebook opens`);
    } else {
      notice(libraryPath, `lists ${id}, whose file is missing; opening the notebook brings it back from the newest backup that has it, or else drops the entry`);
    }
  }

  await checkTrash(join(dir, 'trash'), error, notice);
  const quarantined = await fsp.readdir(join(dir, 'quarantine')).catch(() => [] as string[]);
  for (const q of quarantined) notice(join(dir, 'quarantine', q), 'set aside earlier because it could not be read');
  return findings;
};

/** Deleted work is still the person's work: the trash's list and every article file in it. */
const checkTrash = async (trashDir: string, error: Report, notice: Report) => {
  const trash = await readDecoded(join(trashDir, TRASH_INDEX), decodeTrashFile, error);
  const present = new Set<string>();
  for (const name of await jsonFiles(trashDir)) {
    const id = name.slice(0, -'.json'.length);
    if (!DOC_ID.test(id)) continue;
    present.add(id);
    await readDocument(join(trashDir, name), id, error);
  }
  for (const entry of trash?.entries ?? []) {
    if (entry.kind === 'document' && !present.has(entry.id)) {
      notice(join(trashDir, TRASH_INDEX), `lists the deleted article ${entry.id}, whose file is missing; it cannot be restored`);
    }
  }
};

/** A document file decoded, holding the document its name says, with sound annotations. */
const readDocument = async (path: string, id: string, error: Report): Promise<DocumentFile | undefined> => {
  const file = await readDecoded(path, decodeDocumentFile, error);
  if (!file) return undefined;
  if (file.document.id !== id) {
    error(path, `holds document ${file.document.id}, not ${id}`);
    return undefined;
  }
  checkAnnotations(path, file, error);
  return file;
};

const withoutStamp = ({ stamp: _stamp, ...summary }: IndexEntry): DocumentSummary => summary;

const jsonFiles = async (dir: string): Promise<string[]> =>
  (await fsp.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();

const exists = (path: string) =>
  fsp.access(path).then(
    () => true,
    () => false,
  );

const checkAnnotations = (path: string, file: DocumentFile, error: Report) => {
  const text = canonicalText(file.document.blocks);
  const ids = new Set<string>();
  for (const a of file.annotations) {
    if (ids.has(a.id)) error(path, `annotation ${a.id} appears twice`);
    ids.add(a.id);
    if (a.documentId !== file.document.id) error(path, `annotation ${a.id} belongs to ${a.documentId}`);
    if (!a.target || a.state !== 'anchored') continue;
    const { start, end } = a.target.position;
    if (text.slice(start, end) !== a.target.quote.exact) {
      error(path, `annotation ${a.id} is marked anchored but its quote is not at ${start}-${end}`);
    }
  }
};

const readDecoded = async <T extends LibraryFile | DocumentFile | TrashFile>(
  path: string,
  decode: (raw: unknown) => T,
  error: Report,
): Promise<T | null | undefined> => {
  let text: string;
  try {
    text = await fsp.readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    error(path, `cannot be read (${(err as Error).message})`);
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    error(path, `not valid JSON (${(err as Error).message})`);
    return undefined;
  }
  try {
    return decode(raw);
  } catch (err) {
    error(path, (err as Error).message);
    return undefined;
  }
};
