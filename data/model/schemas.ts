import { z } from 'zod';

/** Bumped with a migration in data/store/migrate.ts whenever a stored shape changes. */
export const SCHEMA_VERSION = 1;

export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;
export const ColorSchema = z.enum(COLORS);
export type Color = z.infer<typeof ColorSchema>;

const isoDate = z.string().min(1);

/** A run of inline text; marks are flags so nesting (bold link) needs no tree. */
export const InlineRunSchema = z.object({
  text: z.string(),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
  code: z.literal(true).optional(),
  href: z.string().optional(),
});
export type InlineRun = z.infer<typeof InlineRunSchema>;

export const BLOCK_KINDS = ['heading', 'paragraph', 'quote', 'listItem', 'code', 'rule'] as const;
export const BlockSchema = z.object({
  kind: z.enum(BLOCK_KINDS),
  /** heading: 1-6; listItem: nesting depth from 1. */
  level: z.number().int().min(1).max(6).optional(),
  /** listItem only: numbered list. */
  ordered: z.boolean().optional(),
  /** code only: the fence's language. */
  lang: z.string().optional(),
  runs: z.array(InlineRunSchema),
});
export type Block = z.infer<typeof BlockSchema>;
export type BlockKind = Block['kind'];

export const FORMATS = ['text', 'markdown', 'html'] as const;
export const FormatSchema = z.enum(FORMATS);
export type Format = z.infer<typeof FormatSchema>;

export const SourceSchema = z.object({
  kind: z.enum(['file', 'url', 'text']),
  path: z.string().optional(),
  url: z.string().optional(),
  fileName: z.string().optional(),
  encoding: z.string().optional(),
  sha256: z.string().optional(),
  importedAt: isoDate,
});
export type Source = z.infer<typeof SourceSchema>;

export const DocumentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  format: FormatSchema,
  source: SourceSchema,
  blocks: z.array(BlockSchema),
  note: z.string(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type Document = z.infer<typeof DocumentSchema>;

export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

export const TextPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

export const TargetSchema = z.object({
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
});
export type Target = z.infer<typeof TargetSchema>;

export const ANCHOR_STATES = ['anchored', 'fuzzy', 'orphaned'] as const;
export const AnchorStateSchema = z.enum(ANCHOR_STATES);
export type AnchorState = z.infer<typeof AnchorStateSchema>;

export const TagNameSchema = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(100, 'a tag is at most 100 characters');

export const AnnotationSchema = z.object({
  id: z.string().min(1),
  documentId: z.string().min(1),
  target: TargetSchema.optional(),
  color: ColorSchema,
  tags: z.array(TagNameSchema),
  note: z.string(),
  state: AnchorStateSchema,
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type Annotation = z.infer<typeof AnnotationSchema>;

export const TagSchema = z.object({ name: TagNameSchema, color: ColorSchema.optional() });
export type Tag = z.infer<typeof TagSchema>;

/** One row of library.json: enough to list documents without opening their files. */
export const DocumentSummarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  format: FormatSchema,
  fileName: z.string().optional(),
  encoding: z.string().optional(),
  characters: z.number().int().min(0),
  blockCount: z.number().int().min(0),
  annotationCount: z.number().int().min(0),
  excerptCount: z.number().int().min(0),
  orphanCount: z.number().int().min(0),
  /** How many annotations of this document carry each tag. */
  tagCounts: z.record(z.string(), z.number().int().min(0)),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const SettingsSchema = z.object({}).catchall(z.unknown());

export const LibraryFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(DocumentSummarySchema),
  tags: z.array(TagSchema),
  settings: SettingsSchema,
});
export type LibraryFile = z.infer<typeof LibraryFileSchema>;

export const DocumentFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  document: DocumentSchema,
  annotations: z.array(AnnotationSchema),
});
export type DocumentFile = z.infer<typeof DocumentFileSchema>;

/** An annotation with a target and at least one tag is what the UI calls an excerpt. */
export const isExcerpt = (a: Annotation): boolean => a.target !== undefined && a.tags.length > 0;
