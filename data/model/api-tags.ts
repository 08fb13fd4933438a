import { z } from 'zod';
import { op, type Operation } from './operation';
import { ColorSchema, TagNameSchema, TagSchema, type Tag } from './schemas';
import { isDateBound, type ExcerptCollection } from './tags/excerpt-query';

/**
 * Tags across the notebook (rename, merge, delete and its undo, colour) and excerpt
 * collections. Spread into `contract` in api.ts. Tags are hierarchical (`parent/child`):
 * every operation on a tag also applies to its descendants (see data/model/tags).
 */

/** What a tag operation changed: how many annotations, in how many articles. */
export interface TagChangeReport {
  documents: number;
  annotations: number;
  /** Every tag name that was renamed, merged away or removed (descendants included). */
  tags: string[];
}

/** One annotation that carried a deleted tag, and where in its list the tag stood. */
export const TagOccurrenceSchema = z.object({
  documentId: z.string().min(1).max(200),
  annotationId: z.string().min(1).max(200),
  tag: TagNameSchema,
  index: z.number().int().min(0),
});
export type TagOccurrence = z.infer<typeof TagOccurrenceSchema>;

/** The result of deleteTag: everything restoreTag needs to put it back. */
export interface DeletedTag extends TagChangeReport {
  name: string;
  /** Colours the deleted tags had in library.json. */
  colors: Tag[];
  occurrences: TagOccurrence[];
}

const dateBound = z.string().trim().refine(isDateBound, 'a date is YYYY-MM-DD or an ISO date-time');

export const ListExcerptsInputSchema = z.object({
  tags: z.array(TagNameSchema).max(50).optional(),
  tagMatch: z.enum(['any', 'all']).default('any'),
  colors: z.array(ColorSchema).max(6).optional(),
  documentIds: z.array(z.string().min(1).max(200)).max(10_000).optional(),
  from: dateBound.optional(),
  to: dateBound.optional(),
  groupBy: z.enum(['document', 'tag']).default('document'),
});

export const tagOperations = {
  /** Every annotation follows; onto an existing tag it merges; `a` → `b` moves `a/x` to `b/x`. */
  renameTag: op<TagChangeReport>()(z.object({ from: TagNameSchema, to: TagNameSchema })),
  /** Several tags (and their descendants) become one. */
  mergeTags: op<TagChangeReport>()(z.object({ sources: z.array(TagNameSchema).min(1).max(200), into: TagNameSchema })),
  /** Removes the tag and its descendants from every annotation; the answer undoes it. */
  deleteTag: op<DeletedTag>()(z.object({ name: TagNameSchema })),
  /** Undo of deleteTag: puts each tag back where it stood, and the colours. */
  restoreTag: op<TagChangeReport>()(
    z.object({
      name: TagNameSchema,
      colors: z.array(TagSchema).max(10_000).default([]),
      occurrences: z.array(TagOccurrenceSchema).max(1_000_000),
    }),
  ),
  /** A tag's colour in library.json; null removes it. */
  setTagColor: op<Tag>()(z.object({ name: TagNameSchema, color: ColorSchema.nullable() })),
  /** Excerpts across all articles that match, grouped by article or by tag. */
  listExcerpts: op<ExcerptCollection>()(ListExcerptsInputSchema),
} as const satisfies Record<string, Operation<z.ZodType, unknown>>;
