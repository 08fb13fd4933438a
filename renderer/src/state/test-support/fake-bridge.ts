import type { NotebookStatus } from '../../../../data/model/api-backups';
import type { EventName, EventPayloads, GlossaBridge, ImportFailure, Settings } from '../../../../data/model/api';
import { describe } from '../../../../data/model/anchoring';
import { fail, ok, type Result } from '../../../../data/model/result';
import type { Annotation, Block, Document, DocumentFile } from '../../../../data/model/schemas';
import { summarize } from '../../../../data/model/summary';
import { canonicalText } from '../../../../data/model/text';

/**
 * An in-memory notebook behind the GlossaBridge shape, for store and DOM tests: enough of the
 * real behaviour (ids change on re-create, failures name the file) to test the renderer
 * against, none of the disk. `calls` records every operation for assertions.
 */
export interface FakeBridge extends GlossaBridge {
  calls: { name: string; input: unknown }[];
  files: Map<string, DocumentFile>;
  settings: Settings;
  /** What notebookStatus reports as recovered from backups at open. */
  recovered: NotebookStatus['recovered'];
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** File names whose import fails (as the service does: message starts with the name). */
  refuse: Set<string>;
}

const paragraphs = (text: string): Block[] =>
  text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => ({ kind: 'paragraph', runs: [{ text: p.trim() }] }));

export const createFakeBridge = (seed: { documents?: { title: string; text: string }[] } = {}): FakeBridge => {
  const files = new Map<string, DocumentFile>();
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  let seq = 0;
  let clock = Date.parse('2024-01-01T00:00:00Z');
  const stamp = () => new Date((clock += 1000)).toISOString();
  const newId = (prefix: string) => `${prefix}${++seq}`;
  const trash = new Map<string, DocumentFile>();
  /** Deleted annotations, as the real trash keeps them (tests can empty it). */
  const deletedAnnotations = new Map<string, Annotation>();

  const addDocument = (title: string, text: string, fileName?: string) => {
    const at = stamp();
    const document: Document = {
      id: newId('d'),
      title,
      format: 'text',
      source: { kind: 'text', importedAt: at, ...(fileName ? { fileName } : {}) },
      blocks: paragraphs(text),
      note: '',
      createdAt: at,
      updatedAt: at,
    };
    files.set(document.id, { schemaVersion: 1, document, annotations: [] });
    return summarize(files.get(document.id)!);
  };
  for (const d of seed.documents ?? []) addDocument(d.title, d.text);

  const bridge = {
    calls: [] as FakeBridge['calls'],
    files,
    settings: {} as Settings,
    recovered: [] as NotebookStatus['recovered'],
    refuse: new Set<string>(),
    emit(event: EventName, payload: unknown) {
      for (const l of listeners.get(event) ?? []) l(payload);
    },
    on(event: EventName, cb: (p: unknown) => void) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(cb);
      return () => listeners.get(event)!.delete(cb);
    },
  } as unknown as FakeBridge;

  const file = (id: string): DocumentFile | undefined => files.get(id);
  const missing = (what: string) => fail('not_found', `no ${what}`);

  const ops: Record<string, (input: never) => Promise<Result<unknown>>> = {
    listDocuments: async () => ok([...files.values()].map(summarize)),
    listTags: async () => {
      const counts = new Map<string, number>();
      for (const f of files.values()) for (const a of f.annotations) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
      return ok([...counts].map(([name, count]) => ({ name, count })));
    },
    getDocument: async ({ id }: { id: string }) => {
      const f = file(id);
      return f ? ok({ document: f.document, annotations: f.annotations }) : missing('document');
    },
    importText: async ({ text, title }: { text: string; title?: string }) => ok(addDocument(title ?? 'untitled', text)),
    importFileData: async ({ files: list }: { files: { fileName: string; dataBase64: string }[] }) => {
      const report = { imported: [] as unknown[], failed: [] as ImportFailure[] };
      for (const f of list) {
        if (bridge.refuse.has(f.fileName)) {
          report.failed.push({ file: f.fileName, message: `${f.fileName}: it looks like a binary file, not text`, reason: 'binary', params: { file: f.fileName } });
          continue;
        }
        const text = new TextDecoder().decode(Uint8Array.from(atob(f.dataBase64), (c) => c.charCodeAt(0)));
        report.imported.push(addDocument(f.fileName.replace(/\.\w+$/, ''), text, f.fileName));
      }
      return ok(report);
    },
    updateDocument: async ({ id, note, title }: { id: string; note?: string; title?: string }) => {
      const f = file(id);
      if (!f) return missing('document');
      f.document = { ...f.document, ...(note !== undefined ? { note } : {}), ...(title ? { title } : {}), updatedAt: stamp() };
      return ok(f.document);
    },
    deleteDocument: async ({ id }: { id: string }) => {
      const f = file(id);
      if (!f) return missing('document');
      files.delete(id);
      trash.set(id, f);
      return ok({ id });
    },
    restoreDocument: async ({ id }: { id: string }) => {
      const f = trash.get(id);
      if (!f) return missing('document in the trash');
      trash.delete(id);
      files.set(id, f);
      return ok(summarize(f));
    },
    createAnnotation: async (input: {
      documentId: string;
      anchor?: { start: number; end: number } | { exact: string };
      color?: Annotation['color'];
      tags?: string[];
      note?: string;
    }) => {
      const f = file(input.documentId);
      if (!f) return missing('document');
      const text = canonicalText(f.document.blocks);
      let target: Annotation['target'];
      if (input.anchor) {
        const start = 'start' in input.anchor ? input.anchor.start : text.indexOf(input.anchor.exact);
        if (start < 0) return fail('not_found', 'the quote is not in the text');
        const end = 'end' in input.anchor ? input.anchor.end : start + input.anchor.exact.length;
        target = describe(text, start, end);
      }
      const at = stamp();
      const annotation: Annotation = {
        id: newId('a'),
        documentId: input.documentId,
        ...(target ? { target } : {}),
        color: input.color ?? 'yellow',
        tags: input.tags ?? [],
        note: input.note ?? '',
        state: 'anchored',
        createdAt: at,
        updatedAt: at,
      };
      f.annotations = [...f.annotations, annotation];
      return ok(annotation);
    },
    updateAnnotation: async (input: { documentId: string; id: string } & Partial<Annotation>) => {
      const f = file(input.documentId);
      const a = f?.annotations.find((x) => x.id === input.id);
      if (!f || !a) return missing('annotation');
      const next: Annotation = {
        ...a,
        ...(input.color !== undefined ? { color: input.color } : {}),
        ...(input.tags !== undefined ? { tags: input.tags } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        updatedAt: stamp(),
      };
      f.annotations = f.annotations.map((x) => (x.id === a.id ? next : x));
      return ok(next);
    },
    deleteAnnotation: async ({ documentId, id }: { documentId: string; id: string }) => {
      const f = file(documentId);
      if (!f || !f.annotations.some((a) => a.id === id)) return missing('annotation');
      deletedAnnotations.set(id, f.annotations.find((a) => a.id === id)!);
      f.annotations = f.annotations.filter((a) => a.id !== id);
      return ok({ id });
    },
    restoreAnnotation: async ({ documentId, id }: { documentId: string; id: string }) => {
      const f = file(documentId);
      const a = deletedAnnotations.get(id);
      if (!f || !a) return missing('annotation in the trash');
      deletedAnnotations.delete(id);
      f.annotations = [...f.annotations, a];
      return ok(a);
    },
    listAnnotations: async ({ documentId }: { documentId: string }) =>
      file(documentId) ? ok(file(documentId)!.annotations) : missing('document'),
    exportDocumentMarkdown: async ({ id }: { id: string }) =>
      file(id) ? ok({ fileName: `${file(id)!.document.title}.md`, markdown: `# ${file(id)!.document.title}\n` }) : missing('document'),
    getSettings: async () => ok({ ...bridge.settings }),
    updateSettings: async ({ patch }: { patch: Settings }) => {
      bridge.settings = { ...bridge.settings, ...patch };
      return ok({ ...bridge.settings });
    },
    notebookStatus: async () => ok({ problems: [], recovered: bridge.recovered }),
    listTrash: async () => ok([]),
    listBackups: async () => ok([]),
    emptyTrash: async () => {
      const removed = trash.size + deletedAnnotations.size;
      trash.clear();
      deletedAnnotations.clear();
      return ok({ removed });
    },
    replaceDocumentText: async () => fail('invalid_input', 'not in the fake'),
    importFiles: async () => fail('invalid_input', 'browser mode has no paths'),
  };
  for (const [name, run] of Object.entries(ops)) {
    (bridge as unknown as Record<string, unknown>)[name] = async (input: never) => {
      bridge.calls.push({ name, input });
      return run(input ?? ({} as never));
    };
  }
  return bridge;
};
