import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type {
  EventName,
  EventPayloads,
  Implementation,
  ImportReport,
  ParsedInputOf,
  ReanchorReport,
  Settings,
  TagCount,
} from './model/api';
import { SettingsPatchSchema } from './model/api';
import { describe, reanchor } from './model/anchoring';
import { exportDocumentMarkdown, exportFileName } from './model/export';
import { findQuote } from './model/find-quote';
import { GlossaError } from './model/result';
import { SCHEMA_VERSION, type Annotation, type Block, type Document, type DocumentFile, type Format, type Tag } from './model/schemas';
import { canonicalText } from './model/text';
import { importBytes, importFailure, readAndImportFile, readImportData, readImportFiles, type FileReading } from './import';
import type { MarkdownExportSet } from './model/api-export';
import { exportMarkdownFiles } from './export-folder/export-markdown';
import type { NotebookStore } from './store/notebook-store';
import { LiveSearchIndex } from './live-search-index';
import { restoreFromBackup } from './store/backup-restore';
import { createBackup, listBackups } from './store/backups';
import { listTrashItems, restoreTrashedAnnotation, restoreTrashItems, trashAnnotation } from './trash-ops';
import type { DeletedTag, TagChangeReport } from './model/api-tags';
import { mergedTag, renamedTag, setTagColorEntry, trimTagPath, type ExcerptCollection } from './model/tags';
import { collectExcerpts, deleteEverywhere, renameEverywhere, requireTag, restoreEverywhere, tagsInUse, type TagEdit } from './tag-edits';

type Listener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

export interface ServiceOptions {
  now?: () => Date;
  newId?: () => string;
}

const randomId = () => randomBytes(8).toString('hex');

/** The one implementation of the API contract, over a notebook folder. */
export class NotebookService implements Implementation {
  private readonly listeners = new Set<Listener>();
  private readonly now: () => Date;
  private readonly newId: () => string;
  /** Built on the first search; every notebookChanged keeps it current (see emit). */
  private searchIndex?: LiveSearchIndex;

  constructor(
    readonly store: NotebookStore,
    options: ServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomId;
  }

  onEvent(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    if (event === 'notebookChanged') this.searchIndex?.documentsChanged((payload as EventPayloads['notebookChanged']).documentIds);
    for (const l of this.listeners) l(event, payload);
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  async importFiles({ paths }: ParsedInputOf<'importFiles'>): Promise<ImportReport> {
    return this.importReadings(readImportFiles(paths), paths.length);
  }

  /**
   * Adds each file as it is read and reports the refused ones. The CLI calls it directly:
   * it reads files before it opens the notebook, so a batch that is all refused changes
   * nothing, not even by creating the notebook folder.
   */
  async importReadings(readings: AsyncIterable<FileReading>, total: number): Promise<ImportReport> {
    const report: ImportReport = { imported: [], failed: [] };
    let done = 0;
    for await (const reading of readings) {
      const { fileName, path } = reading;
      if ('refused' in reading) report.failed.push(reading.refused);
      else {
        try {
          report.imported.push(await this.addDocument(reading.document, { kind: 'file', path, fileName }));
        } catch (err) {
          report.failed.push(importFailure(err, path ?? fileName));
        }
      }
      this.emit('importProgress', { done: ++done, total, file: fileName });
    }
    if (report.imported.length) {
      this.emit('notebookChanged', { documentIds: report.imported.map((d) => d.id) });
    }
    return report;
  }

  async importText(input: ParsedInputOf<'importText'>) {
    const fileName = input.fileName ?? `${input.title ?? 'untitled'}.${extensionOf(input.format)}`;
    const parsed = importBytes({ bytes: new TextEncoder().encode(input.text), fileName });
    const summary = await this.addDocument(
      { ...parsed, format: input.format, title: input.title?.trim() || parsed.title },
      { kind: 'text', fileName: input.fileName },
    );
    this.emit('notebookChanged', { documentIds: [summary.id] });
    return summary;
  }

  async importFileData({ files }: ParsedInputOf<'importFileData'>): Promise<ImportReport> {
    return this.importReadings(readImportData(files), files.length);
  }

  async listDocuments() {
    return this.store.listSummaries();
  }

  async getDocument({ id }: ParsedInputOf<'getDocument'>) {
    const { document, annotations } = await this.store.readDocument(id);
    return { document, annotations };
  }

  async updateDocument({ id, title, note }: ParsedInputOf<'updateDocument'>) {
    const file = await this.store.readDocument(id);
    if (title !== undefined) file.document.title = title;
    if (note !== undefined) file.document.note = note;
    file.document.updatedAt = this.stamp();
    await this.save(file);
    return file.document;
  }

  async deleteDocument({ id }: ParsedInputOf<'deleteDocument'>) {
    await this.store.deleteDocument(id);
    this.emit('notebookChanged', { documentIds: [id] });
    return { id };
  }

  async restoreDocument({ id }: ParsedInputOf<'restoreDocument'>) {
    const summary = await this.store.restoreDocument(id);
    this.emit('notebookChanged', { documentIds: [id] });
    return summary;
  }

  async getSettings(): Promise<Settings> {
    return readSettings(this.store.settings());
  }

  async updateSettings({ patch }: ParsedInputOf<'updateSettings'>): Promise<Settings> {
    const next = { ...readSettings(this.store.settings()), ...patch };
    await this.store.setSettings(next);
    return next;
  }

  async replaceDocumentText(input: ParsedInputOf<'replaceDocumentText'>): Promise<ReanchorReport> {
    const file = await this.store.readDocument(input.id);
    const parsed =
      input.path !== undefined
        ? await readAndImportFile(input.path)
        : importBytes({
            bytes: new TextEncoder().encode(input.text ?? ''),
            fileName: `${file.document.title}.${extensionOf(input.format ?? file.document.format)}`,
          });
    const { annotations, report } = reanchor(canonicalText(parsed.blocks), file.annotations);
    const at = this.stamp();
    file.document.blocks = parsed.blocks;
    file.document.format = input.format ?? parsed.format;
    file.document.source = {
      ...file.document.source,
      ...(input.path !== undefined ? { path: input.path, fileName: basename(input.path) } : {}),
      encoding: parsed.encoding,
      sha256: parsed.sha256,
      importedAt: at,
    };
    file.document.updatedAt = at;
    file.annotations = annotations;
    await this.save(file);
    const counts: ReanchorReport['counts'] = { kept: 0, moved: 0, fuzzy: 0, orphaned: 0 };
    for (const e of report) counts[e.outcome] += 1;
    return { documentId: input.id, entries: report, counts };
  }

  async createAnnotation(input: ParsedInputOf<'createAnnotation'>) {
    const file = await this.store.readDocument(input.documentId);
    const text = canonicalText(file.document.blocks);
    let target: Annotation['target'];
    if (input.anchor) {
      const range = 'start' in input.anchor ? input.anchor : findQuote(text, input.anchor);
      if (range.end > text.length) {
        throw new GlossaError('invalid_input', `the range ends at ${range.end}, after the end of the text (${text.length})`);
      }
      target = describe(text, range.start, range.end);
    }
    const at = this.stamp();
    const annotation: Annotation = {
      id: this.newId(),
      documentId: input.documentId,
      ...(target ? { target } : {}),
      color: input.color,
      tags: uniqueTags(input.tags),
      note: input.note,
      state: 'anchored',
      createdAt: at,
      updatedAt: at,
    };
    file.annotations.push(annotation);
    await this.save(file);
    return annotation;
  }

  async updateAnnotation(input: ParsedInputOf<'updateAnnotation'>) {
    const file = await this.store.readDocument(input.documentId);
    const annotation = file.annotations.find((a) => a.id === input.id);
    if (!annotation) throw new GlossaError('not_found', `no annotation with id ${input.id}`);
    if (input.color !== undefined) annotation.color = input.color;
    if (input.tags !== undefined) annotation.tags = uniqueTags(input.tags);
    if (input.note !== undefined) annotation.note = input.note;
    annotation.updatedAt = this.stamp();
    await this.save(file);
    return annotation;
  }

  /** Into the trash, restorable for 30 days (restoreAnnotation, restoreFromTrash). */
  async deleteAnnotation({ documentId, id }: ParsedInputOf<'deleteAnnotation'>) {
    await trashAnnotation(this.store, documentId, id, this.stamp());
    this.emit('notebookChanged', { documentIds: [documentId] });
    return { id };
  }

  async listAnnotations({ documentId }: ParsedInputOf<'listAnnotations'>) {
    return (await this.store.readDocument(documentId)).annotations;
  }

  async listTags(): Promise<TagCount[]> {
    const counts = new Map<string, number>();
    for (const s of this.store.listSummaries()) {
      for (const [name, n] of Object.entries(s.tagCounts)) counts.set(name, (counts.get(name) ?? 0) + n);
    }
    const colors = new Map(this.store.tags().map((t) => [t.name, t.color]));
    return [...counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, count]) => {
        const color = colors.get(name);
        return color ? { name, count, color } : { name, count };
      });
  }

  async exportDocumentMarkdown({ id }: ParsedInputOf<'exportDocumentMarkdown'>) {
    const { document, annotations } = await this.store.readDocument(id);
    const { colorNames } = await this.getSettings();
    // Deep links off: this operation (and `glossa export DOC`) keeps its bytes (decision 0022).
    const options = { colorNames, deepLinks: false };
    return { fileName: exportFileName(document), markdown: exportDocumentMarkdown(document, annotations, options) };
  }

  // -- search operations (data/model/api-search.ts) --

  async search({ query, limit }: ParsedInputOf<'search'>) {
    this.searchIndex ??= new LiveSearchIndex(this.store);
    return this.searchIndex.search(query, limit);
  }

  // -- tag and excerpt-collection operations (data/model/api-tags.ts) --

  async renameTag({ from, to }: ParsedInputOf<'renameTag'>): Promise<TagChangeReport> {
    const [f, t] = [trimTagPath(from), trimTagPath(to)];
    if (!t) throw new GlossaError('invalid_input', 'the new tag name is empty');
    requireTag(this.store, f);
    if (f === t) return { documents: 0, annotations: 0, tags: [] };
    return this.tagEdit(renameEverywhere(this.store, this.stamp(), (tag) => renamedTag(tag, f, t)));
  }

  async mergeTags({ sources, into }: ParsedInputOf<'mergeTags'>): Promise<TagChangeReport> {
    const target = trimTagPath(into);
    if (!target) throw new GlossaError('invalid_input', 'the tag to merge into is empty');
    const from = [...new Set(sources.map(trimTagPath))].filter((s) => s && s !== target);
    for (const s of from) requireTag(this.store, s);
    return this.tagEdit(renameEverywhere(this.store, this.stamp(), (tag) => mergedTag(tag, from, target)));
  }

  async deleteTag({ name }: ParsedInputOf<'deleteTag'>): Promise<DeletedTag> {
    const tag = trimTagPath(name);
    requireTag(this.store, tag);
    const { documentIds, ...deleted } = await deleteEverywhere(this.store, this.stamp(), tag);
    if (documentIds.length) this.emit('notebookChanged', { documentIds });
    return deleted;
  }

  async restoreTag({ colors, occurrences }: ParsedInputOf<'restoreTag'>): Promise<TagChangeReport> {
    return this.tagEdit(restoreEverywhere(this.store, this.stamp(), { colors, occurrences }));
  }

  async setTagColor({ name, color }: ParsedInputOf<'setTagColor'>): Promise<Tag> {
    const tag = trimTagPath(name);
    if (!tagsInUse(this.store).includes(tag)) {
      throw new GlossaError('not_found', `no annotation is tagged "${tag}" (glossa tags lists the tags in use)`);
    }
    await this.store.setTags(setTagColorEntry(this.store.tags(), tag, color));
    // The library shows tag colours: tell it, though no document changed.
    this.emit('notebookChanged', { documentIds: [] });
    return color ? { name: tag, color } : { name: tag };
  }

  async listExcerpts(query: ParsedInputOf<'listExcerpts'>): Promise<ExcerptCollection> {
    const { colorNames } = await this.getSettings();
    return collectExcerpts(this.store, query, colorNames ?? {});
  }

  private async tagEdit(edit: Promise<TagEdit>): Promise<TagChangeReport> {
    const { report, documentIds } = await edit;
    if (documentIds.length || report.tags.length) this.emit('notebookChanged', { documentIds });
    return report;
  }

  // -- trash operations (data/model/api-trash.ts) --

  async listTrash() {
    return listTrashItems(this.store);
  }

  async restoreFromTrash({ items }: ParsedInputOf<'restoreFromTrash'>) {
    const restored = await restoreTrashItems(this.store, items);
    this.emit('notebookChanged', { documentIds: [...new Set(restored.map((r) => r.documentId))] });
    return restored;
  }

  async restoreAnnotation({ documentId, id }: ParsedInputOf<'restoreAnnotation'>) {
    const restored = await restoreTrashedAnnotation(this.store, documentId, id);
    this.emit('notebookChanged', { documentIds: [documentId] });
    return restored;
  }

  async emptyTrash() {
    return { removed: await this.store.purgeTrash(true) };
  }

  // -- backup operations (data/model/api-backups.ts) --

  async listBackups() {
    return listBackups(this.store.dir);
  }

  async createBackup() {
    return createBackup(this.store.dir, { now: this.now() });
  }

  /** Files replaced on disk: the store reads them again and every view refreshes. */
  async restoreBackup({ id }: ParsedInputOf<'restoreBackup'>) {
    const before = this.store.listSummaries().map((s) => s.id);
    const report = await restoreFromBackup(this.store.dir, id, { now: this.now() });
    await this.store.reload();
    this.searchIndex = undefined;
    this.emit('notebookChanged', { documentIds: [...new Set([...before, ...this.store.listSummaries().map((s) => s.id)])] });
    return report;
  }

  async notebookStatus() {
    return { problems: [...this.store.problems], recovered: [...this.store.recovered] };
  }

  // -- export operations (data/model/api-export.ts) --

  /** Notes as Markdown text; writing a folder is data/export-folder (Node hosts only). */
  async exportMarkdown(input: ParsedInputOf<'exportMarkdown'>): Promise<MarkdownExportSet> {
    return exportMarkdownFiles(this, input);
  }

  private async addDocument(
    parsed: { title: string; format: Format; blocks: Block[]; encoding: string; sha256: string },
    source: { kind: 'file' | 'text'; path?: string; fileName?: string },
  ) {
    const at = this.stamp();
    const document: Document = {
      id: this.newId(),
      title: parsed.title,
      format: parsed.format,
      source: {
        kind: source.kind,
        ...(source.path !== undefined ? { path: source.path } : {}),
        ...(source.fileName !== undefined ? { fileName: source.fileName } : {}),
        encoding: parsed.encoding,
        sha256: parsed.sha256,
        importedAt: at,
      },
      blocks: parsed.blocks,
      note: '',
      createdAt: at,
      updatedAt: at,
    };
    return this.store.saveDocument({ schemaVersion: SCHEMA_VERSION, document, annotations: [] });
  }

  private async save(file: DocumentFile): Promise<void> {
    await this.store.saveDocument(file);
    this.emit('notebookChanged', { documentIds: [file.document.id] });
  }
}

/** Stored settings are kept field by field: one bad value does not lose the others. */
const readSettings = (stored: Record<string, unknown>): Settings => {
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (SettingsPatchSchema.safeParse({ [key]: value }).success) settings[key] = value;
  }
  return settings as Settings;
};

const extensionOf = (format: Format) => (format === 'markdown' ? 'md' : format === 'html' ? 'html' : 'txt');

const uniqueTags = (tags: string[]) => [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
