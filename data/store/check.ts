import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { canonicalText } from '../model/text';
import { summarize, summaryChanged } from '../model/summary';
import type { DocumentFile, LibraryFile } from '../model/schemas';
import type { TrashFile } from '../model/trash';
import { decodeDocumentFile, decodeLibraryFile, decodeTrashFile } from './migrate';
import { TRASH_INDEX } from './trash-store';

export interface CheckFinding {
  file: string;
  problem: string;
  /** Notices (files already in quarantine, an index that open() will rebuild) do not fail. */
  severity: 'error' | 'notice';
}

/**
 * Reads every file of a notebook without changing anything: parse, migrate, validate, and
 * the invariants the schema cannot express (an anchored quote really is at its position).
 */
export const checkNotebook = async (dir: string): Promise<CheckFinding[]> => {
  const findings: CheckFinding[] = [];
  const error = (file: string, problem: string) => findings.push({ file, problem, severity: 'error' });
  const notice = (file: string, problem: string) => findings.push({ file, problem, severity: 'notice' });

  const libraryPath = join(dir, 'library.json');
  const library = await readDecoded(libraryPath, decodeLibraryFile, error);
  if (library === null) notice(libraryPath, 'missing; it will be rebuilt from documents/ when the notebook opens');

  const docsDir = join(dir, 'documents');
  const names = await fsp.readdir(docsDir).catch(() => [] as string[]);
  const seen = new Set<string>();
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
    const path = join(docsDir, name);
    const file = await readDecoded(path, decodeDocumentFile, error);
    if (!file) continue;
    if (`${file.document.id}.json` !== name) error(path, `holds document ${file.document.id}`);
    seen.add(file.document.id);
    checkAnnotations(path, file, error);
    const listed = library?.documents.find((d) => d.id === file.document.id);
    if (library && (!listed || summaryChanged(listed, summarize(file)))) {
      notice(path, 'the index entry is out of date; it will be refreshed when the notebook opens');
    }
  }
  for (const d of library?.documents ?? []) {
    if (!seen.has(d.id)) notice(libraryPath, `lists ${d.id}, whose file is missing`);
  }
  // The trash's list: deleted work is still the person's work.
  await readDecoded(join(dir, 'trash', TRASH_INDEX), decodeTrashFile, error);
  const quarantined = await fsp.readdir(join(dir, 'quarantine')).catch(() => [] as string[]);
  for (const q of quarantined) notice(join(dir, 'quarantine', q), 'set aside earlier because it could not be read');
  return findings;
};

const checkAnnotations = (
  path: string,
  file: DocumentFile,
  error: (file: string, problem: string) => void,
) => {
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
  error: (file: string, problem: string) => void,
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
