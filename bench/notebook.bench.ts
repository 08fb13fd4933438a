import { promises as fsp, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { NotebookService } from '../data/service';
import type { DocumentFile } from '../data/model/schemas';
import { writeFileDurably } from '../data/store/durable-write';
import { JsonFileAdapter } from '../data/store/json-file-adapter';
import { NotebookStore } from '../data/store/notebook-store';
import { percentile, type BenchRow } from './bench-table';
import { countingFs, withoutFsync, type WriteLog } from './gen/counting-fs';
import { trainChain } from './gen/markov';
import { ANNOTATIONS_PER_ARTICLE, ARTICLES, notebookFiles, writeNotebook } from './gen/notebook';
import { printAlone } from './gen/print';
import { seeded, type Random } from './gen/random';
import { settledHeap } from './heap';
import { exportRows } from './notebook-export';

/**
 * The notebook at scale (1,000 articles, 50,000 annotations): opening it, saving one note
 * edit, exporting it to a folder. Baseline: the same notebook as ONE lowdb file (the naive
 * use of lowdb), which every save must rewrite whole. Every write is durable (fsync) on both
 * sides. Files were just written, so reads come from the OS cache on both sides too.
 */
const SAVES = 100;
const BASELINE_SAVES = 20;

interface OneFile {
  documents: DocumentFile[];
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** Store open + listDocuments, with the heap the open notebook holds. */
const measureOpen = async (dir: string) => {
  const before = settledHeap();
  const start = performance.now();
  const service = new NotebookService(await NotebookStore.open(dir));
  const listed = await service.listDocuments();
  const ms = performance.now() - start;
  const heap = settledHeap() - before;
  if (listed.length !== ARTICLES) throw new Error(`listed ${listed.length} of ${ARTICLES} documents`);
  return { ms, heap };
};

const measureOneFileOpen = async (path: string) => {
  const before = settledHeap();
  const start = performance.now();
  const db = new Low<OneFile>(new JsonFileAdapter(path, (raw) => raw as OneFile), { documents: [] });
  await db.read();
  const ms = performance.now() - start;
  const heap = settledHeap() - before;
  if (db.data.documents.length !== ARTICLES) throw new Error('one-file notebook incomplete');
  return { ms, heap };
};

const pickEdit = (random: Random) => {
  const doc = `doc${String(random.int(ARTICLES)).padStart(4, '0')}`;
  return { documentId: doc, id: `${doc}-a${random.int(ANNOTATIONS_PER_ARTICLE)}`, note: `改過的筆記 ${random.int(1e9)}` };
};

/** Note edits through NotebookService, the article already open (as when a person edits it in the reader). */
const measureSaves = async (dir: string, random: Random) => {
  const log: WriteLog = { writes: [] };
  const service = new NotebookService(await NotebookStore.open(dir, { fs: countingFs(log) }));
  const times: number[] = [];
  let bytes = 0;
  let filesPerSave = 0;
  let strayWrites = 0;
  for (let i = 0; i < SAVES; i++) {
    const edit = pickEdit(random);
    await service.getDocument({ id: edit.documentId });
    log.writes = [];
    const start = performance.now();
    await service.updateAnnotation(edit);
    times.push(performance.now() - start);
    bytes += log.writes.reduce((sum, w) => sum + w.bytes, 0);
    filesPerSave = Math.max(filesPerSave, log.writes.length);
    strayWrites += log.writes.filter((w) => !w.path.includes(`${edit.documentId}.json`)).length;
  }
  return { p95: percentile(times, 95), kb: bytes / SAVES / 1024, filesPerSave, strayWrites };
};

const measureOneFileSaves = async (path: string, random: Random) => {
  const log: WriteLog = { writes: [] };
  const db = new Low<OneFile>(new JsonFileAdapter(path, (raw) => raw as OneFile, countingFs(log)), { documents: [] });
  await db.read();
  const byId = new Map(db.data.documents.map((f) => [f.document.id, f]));
  const times: number[] = [];
  for (let i = 0; i < BASELINE_SAVES; i++) {
    const edit = pickEdit(random);
    const start = performance.now();
    const annotation = byId.get(edit.documentId)!.annotations.find((a) => a.id === edit.id)!;
    annotation.note = edit.note;
    annotation.updatedAt = new Date().toISOString();
    await db.write();
    times.push(performance.now() - start);
  }
  return { p95: percentile(times, 95), kb: log.writes.reduce((s, w) => s + w.bytes, 0) / BASELINE_SAVES / 1024 };
};

/** The floor under a save: writeFileDurably of the same number of bytes, nothing else. */
const measureDurableWrite = async (dir: string, kb: number) => {
  const text = 'x'.repeat(Math.round(kb * 1024));
  const times: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const start = performance.now();
    await writeFileDurably(join(dir, 'floor.json'), text);
    times.push(performance.now() - start);
  }
  await fsp.rm(join(dir, 'floor.json'));
  return percentile(times, 95);
};

export const run = async (): Promise<BenchRow[]> => {
  const random = seeded(30_003);
  const files = notebookFiles(trainChain(), random);
  const dir = await writeNotebook(files);
  const oneFile = join(dir, '..', `${dir.split('/').pop()}-one-file.json`);
  try {
    await new Low<OneFile>(new JsonFileAdapter(oneFile, (raw) => raw as OneFile, withoutFsync), { documents: files }).write();
    const open = await measureOpen(dir);
    const openOne = await measureOneFileOpen(oneFile);
    const saves = await measureSaves(dir, random);
    const savesOne = await measureOneFileSaves(oneFile, random);
    const floor = await measureDurableWrite(dir, saves.kb);
    const size = (await fsp.stat(oneFile)).size;
    const scale = `${ARTICLES} articles, ${ARTICLES * ANNOTATIONS_PER_ARTICLE} annotations`;
    const baselineNote = `the same notebook as one lowdb file (${mb(size).toFixed(0)} MB, our durable adapter)`;
    return [
      { benchmark: `open notebook (${scale}): store open + listDocuments`, figure: open.ms, unit: 'ms', target: 1000, baseline: openOne.ms, baselineNote },
      { benchmark: 'open notebook: heap held (heap + array buffers delta)', figure: mb(open.heap), unit: 'MB', baseline: mb(openOne.heap), baselineNote },
      { benchmark: `save one note edit: p95 of ${SAVES} (updateAnnotation, fsync)`, figure: saves.p95, unit: 'ms', target: 20, baseline: savesOne.p95, baselineNote: `${baselineNote}, p95 of ${BASELINE_SAVES}` },
      { benchmark: `save one note edit: the fsync floor, p95 of ${SAVES} durable writes of as many bytes`, figure: floor, unit: 'ms' },
      { benchmark: 'save one note edit: bytes written per save', figure: saves.kb, unit: 'KB', baseline: savesOne.kb, baselineNote },
      { benchmark: `save one note edit: files written per save (${saves.strayWrites} not its article's)`, figure: saves.filesPerSave + saves.strayWrites, unit: 'count', target: 1 },
      ...(await exportRows(dir)),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(oneFile, { force: true });
  }
};

if (process.argv[1] && resolve(process.argv[1]) === __filename) printAlone(run);
