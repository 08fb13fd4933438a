import { promises as fsp, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportToFolder } from '../data/export-folder/export-to-folder';
import { noteOptions } from '../data/export-folder/notebook-source';
import { renderArticleNote, safeFileName } from '../data/model/export';
import { NotebookService } from '../data/service';
import { NotebookStore } from '../data/store/notebook-store';
import type { BenchRow } from './bench-table';

/**
 * Export of the whole notebook to a folder (exportToFolder: one note per article and the
 * index, each written durably, into a folder scanned for Glossa's markers first), then again
 * into the same folder (the update path: every note read back and merged, none rewritten).
 *
 * Baseline: the naive exporter. The same notes rendered by the same function, one plain
 * fs.writeFile per article: no folder scan, no marked-region merge, no fsync, no index.
 * The difference is what keeping the person's edits and surviving a crash cost.
 */
const freshDir = () => mkdtempSync(join(tmpdir(), 'glossa-bench-export-'));

const timed = async (fn: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
};

export const exportRows = async (notebookDir: string): Promise<BenchRow[]> => {
  const service = new NotebookService(await NotebookStore.open(notebookDir));
  const ours = freshDir();
  const naive = freshDir();
  try {
    let written = 0;
    const first = await timed(async () => {
      const outcome = await exportToFolder({ service, dir: ours, mode: 'articles', format: 'digest' });
      if (outcome.failed.length) throw new Error(`export failed: ${outcome.failed[0].message}`);
      written = outcome.written.length;
    });
    let unchanged = 0;
    const again = await timed(async () => {
      unchanged = (await exportToFolder({ service, dir: ours, mode: 'articles', format: 'digest' })).unchanged.length;
    });
    // A fresh service: the naive exporter reads the documents from disk as the real one did.
    const fresh = new NotebookService(await NotebookStore.open(notebookDir));
    const baseline = await timed(async () => {
      const options = await noteOptions(fresh, { format: 'digest' });
      for (const summary of await fresh.listDocuments()) {
        const article = await fresh.getDocument({ id: summary.id });
        await fsp.writeFile(join(naive, `${safeFileName(article.document.title, article.document.id)}.md`), renderArticleNote(article, options).markdown);
      }
    });
    const baselineNote = 'the same notes rendered the same way, one plain fs.writeFile per article (no scan, merge, fsync or index)';
    return [
      { benchmark: `export notebook to a folder (${written} notes written)`, figure: first, unit: 's', target: 5, baseline, baselineNote },
      { benchmark: `export again into the same folder (${unchanged} notes up to date)`, figure: again, unit: 's', baseline, baselineNote },
    ];
  } finally {
    rmSync(ours, { recursive: true, force: true });
    rmSync(naive, { recursive: true, force: true });
  }
};
