import type { Annotation } from '../../../data/model/schemas';
import { createStore } from './create-store';

/**
 * Undo/redo for annotation and note changes. Each entry is data (not a closure) describing a
 * change with enough to invert it. Re-creating a deleted annotation gives it a new id, so the
 * stack keeps an alias map (old id -> id it came back as) and resolves ids on every replay:
 * entries recorded long ago keep working after any number of delete/re-create round trips.
 */
export type AnnotationFields = Pick<Annotation, 'color' | 'tags' | 'note'>;

export type UndoEntry =
  | { kind: 'create'; annotation: Annotation }
  | { kind: 'delete'; annotation: Annotation }
  | {
      kind: 'update';
      documentId: string;
      id: string;
      before: Partial<AnnotationFields>;
      after: Partial<AnnotationFields>;
    }
  | { kind: 'documentNote'; documentId: string; before: string; after: string };

/** What replaying an entry needs; the document store implements it over the bridge. */
export interface UndoExecutor {
  /** Re-create with the same target, colour, tags and note; null when it failed (reported). */
  recreateAnnotation(annotation: Annotation): Promise<Annotation | null>;
  deleteAnnotation(documentId: string, id: string): Promise<boolean>;
  updateAnnotation(documentId: string, id: string, fields: Partial<AnnotationFields>): Promise<boolean>;
  setDocumentNote(documentId: string, note: string): Promise<boolean>;
}

export interface RecordOptions {
  /** Consecutive records with the same key within the window become one step (typing). */
  coalesceKey?: string;
}

interface StackItem {
  entry: UndoEntry;
  coalesceKey?: string;
  at: number;
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  busy: boolean;
}

export interface UndoStackOptions {
  now?: () => number;
  coalesceMs?: number;
  limit?: number;
}

export type UndoStack = ReturnType<typeof createUndoStack>;

export const entryDocumentId = (entry: UndoEntry): string =>
  entry.kind === 'create' || entry.kind === 'delete' ? entry.annotation.documentId : entry.documentId;

const mergeEntries = (older: UndoEntry, newer: UndoEntry): UndoEntry | null => {
  if (older.kind === 'documentNote' && newer.kind === 'documentNote' && older.documentId === newer.documentId) {
    return { ...older, after: newer.after };
  }
  if (older.kind === 'update' && newer.kind === 'update' && older.id === newer.id) {
    // The oldest "before" of each field wins; the newest "after" wins.
    return { ...older, before: { ...newer.before, ...older.before }, after: { ...older.after, ...newer.after } };
  }
  return null;
};

export const createUndoStack = (executor: UndoExecutor, options: UndoStackOptions = {}) => {
  const now = options.now ?? Date.now;
  const coalesceMs = options.coalesceMs ?? 2000;
  const limit = options.limit ?? 200;
  const undoItems: StackItem[] = [];
  const redoItems: StackItem[] = [];
  const aliases = new Map<string, string>();
  let sealed = false;
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;
  const store = createStore<UndoState>({ canUndo: false, canRedo: false, busy: false });
  const publish = () =>
    store.set({ canUndo: undoItems.length > 0, canRedo: redoItems.length > 0, busy: pending > 0 });

  const resolveId = (id: string): string => {
    let current = id;
    // Bounded: an alias chain cannot be longer than the number of re-creates.
    for (let i = 0; i <= aliases.size && aliases.has(current); i++) current = aliases.get(current)!;
    return current;
  };

  const recreate = async (annotation: Annotation): Promise<boolean> => {
    const back = await executor.recreateAnnotation(annotation);
    if (!back) return false;
    const was = resolveId(annotation.id);
    if (back.id !== was) aliases.set(was, back.id);
    return true;
  };

  /** Apply the entry backwards (undo) or forwards (redo). */
  const apply = async (entry: UndoEntry, backwards: boolean): Promise<boolean> => {
    switch (entry.kind) {
      case 'create':
      case 'delete': {
        const remove = (entry.kind === 'create') === backwards;
        const a = entry.annotation;
        return remove ? executor.deleteAnnotation(a.documentId, resolveId(a.id)) : recreate(a);
      }
      case 'update':
        return executor.updateAnnotation(entry.documentId, resolveId(entry.id), backwards ? entry.before : entry.after);
      case 'documentNote':
        return executor.setDocumentNote(entry.documentId, backwards ? entry.before : entry.after);
    }
  };

  /** Replays run one at a time: a second Ctrl+Z waits for the first to reach the notebook. */
  const step = (from: StackItem[], to: StackItem[], backwards: boolean): Promise<UndoEntry | null> => {
    pending += 1;
    publish();
    const run = queue.then(async () => {
      try {
        const item = from.pop();
        if (!item) return null;
        sealed = true;
        const done = await apply(item.entry, backwards);
        // A failed replay is dropped rather than retried forever; the executor reported why.
        if (done) to.push(item);
        return done ? item.entry : null;
      } finally {
        // Published before the caller's await resumes, so canUndo/canRedo are already current.
        pending -= 1;
        publish();
      }
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    store,
    resolveId,
    record(entry: UndoEntry, recordOptions: RecordOptions = {}) {
      const at = now();
      const top = undoItems[undoItems.length - 1];
      const key = recordOptions.coalesceKey;
      redoItems.length = 0;
      if (key && top && !sealed && top.coalesceKey === key && at - top.at <= coalesceMs) {
        const merged = mergeEntries(top.entry, entry);
        if (merged) {
          undoItems[undoItems.length - 1] = { entry: merged, coalesceKey: key, at };
          publish();
          return;
        }
      }
      undoItems.push({ entry, coalesceKey: key, at });
      if (undoItems.length > limit) undoItems.shift();
      sealed = false;
      publish();
    },
    /** The entry the next undo would replay (identity changes with every record). */
    peek(): UndoEntry | null {
      return undoItems[undoItems.length - 1]?.entry ?? null;
    },
    /** End the current coalescing run (the note editor lost focus). */
    seal() {
      sealed = true;
    },
    undo: () => step(undoItems, redoItems, true),
    redo: () => step(redoItems, undoItems, false),
    clear() {
      undoItems.length = 0;
      redoItems.length = 0;
      publish();
    },
  };
};
