import { z } from 'zod';
import { AnnotationSchema, SCHEMA_VERSION } from './schemas';

/**
 * The trash: deleted articles and annotations stay restorable for TRASH_DAYS, then go for
 * good. trash/trash.index.json lists what was deleted and when; an article's own file waits
 * beside it as trash/<id>.json, an annotation waits inside its list entry.
 */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date');

export const TrashedDocumentSchema = z.object({
  kind: z.literal('document'),
  id: z.string().min(1),
  title: z.string(),
  annotationCount: z.number().int().min(0),
  deletedAt: isoDate,
});

export const TrashedAnnotationSchema = z.object({
  kind: z.literal('annotation'),
  id: z.string().min(1),
  documentId: z.string().min(1),
  documentTitle: z.string(),
  annotation: AnnotationSchema,
  deletedAt: isoDate,
});

export const TrashEntrySchema = z.discriminatedUnion('kind', [TrashedDocumentSchema, TrashedAnnotationSchema]);
export type TrashEntry = z.infer<typeof TrashEntrySchema>;

export const TrashFileSchema = z.object({
  schemaVersion: z.number().int().min(1),
  entries: z.array(TrashEntrySchema),
});
export type TrashFile = z.infer<typeof TrashFileSchema>;

export const emptyTrashFile = (): TrashFile => ({ schemaVersion: SCHEMA_VERSION, entries: [] });

/** One row of the trash as the UI and the CLI list it. */
export interface TrashItem {
  kind: TrashEntry['kind'];
  id: string;
  documentId: string;
  /** The article's title, or the annotation's quote (its note when it has no quote). */
  label: string;
  /** The article an annotation belonged to. */
  documentTitle?: string;
  annotationCount?: number;
  deletedAt: string;
  expiresAt: string;
  /** An annotation whose article is itself deleted comes back once the article does. */
  needsDocument?: boolean;
}

export const expiresAt = (deletedAt: string): string => new Date(Date.parse(deletedAt) + TRASH_DAYS * DAY_MS).toISOString();

export const isExpired = (entry: Pick<TrashEntry, 'deletedAt'>, now: Date): boolean =>
  Date.parse(deletedAtOrNow(entry.deletedAt, now)) + TRASH_DAYS * DAY_MS <= now.getTime();

// A date in the future (a clock that was wrong) counts as now: it must not live forever.
const deletedAtOrNow = (deletedAt: string, now: Date) => (Date.parse(deletedAt) > now.getTime() ? now.toISOString() : deletedAt);

export const toTrashItem = (entry: TrashEntry, liveDocuments: ReadonlySet<string>): TrashItem => {
  if (entry.kind === 'document') {
    return {
      kind: 'document',
      id: entry.id,
      documentId: entry.id,
      label: entry.title,
      annotationCount: entry.annotationCount,
      deletedAt: entry.deletedAt,
      expiresAt: expiresAt(entry.deletedAt),
    };
  }
  const a = entry.annotation;
  return {
    kind: 'annotation',
    id: entry.id,
    documentId: entry.documentId,
    label: a.target?.quote.exact ?? a.note.slice(0, 200),
    documentTitle: entry.documentTitle,
    deletedAt: entry.deletedAt,
    expiresAt: expiresAt(entry.deletedAt),
    ...(liveDocuments.has(entry.documentId) ? {} : { needsDocument: true }),
  };
};
