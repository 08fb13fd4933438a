import { z } from 'zod';
import { op } from './operation';
import type { Annotation } from './schemas';
import type { TrashItem } from './trash';

/**
 * The trash (data/model/trash.ts): deleted articles and annotations, restorable for 30 days.
 * Spread into `contract` in api.ts.
 */
const id = z.string().min(1).max(200);
const TrashRefSchema = z.object({ kind: z.enum(['document', 'annotation']), id });

export interface RestoredItem {
  kind: TrashItem['kind'];
  id: string;
  documentId: string;
}

export const trashOperations = {
  /** Everything in the trash, newest deletion first. */
  listTrash: op<TrashItem[]>()(z.object({})),
  /** Puts items back where they were; an annotation is re-anchored in its article's text. */
  restoreFromTrash: op<RestoredItem[]>()(z.object({ items: z.array(TrashRefSchema).min(1).max(1000) })),
  /** The undo of deleting one annotation: back with the same id. */
  restoreAnnotation: op<Annotation>()(z.object({ documentId: id, id })),
  /** Deletes everything in the trash for good. */
  emptyTrash: op<{ removed: number }>()(z.object({})),
} as const;
