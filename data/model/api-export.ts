import { z } from 'zod';
import type { MarkdownExport } from './api';
import { op, type Operation } from './operation';

/**
 * Operations of this area, spread into `contract` in api.ts. Each entry is
 * `name: op<ResultType>()(zodInputSchema)`.
 *
 * `exportMarkdown` returns Markdown text, never writes: a browser page cannot be given a
 * folder. Writing a folder (with re-export) is data/export-folder, used by the CLI and the
 * Electron menu directly. See docs/decisions/0022-export-folders.md.
 */

export const ExportScopeSchema = z.discriminatedUnion('kind', [
  /** One article note. */
  z.object({ kind: z.literal('document'), id: z.string().min(1).max(200) }),
  /** One tag note: every excerpt matching a tag query, across articles. */
  z.object({ kind: z.literal('tag'), query: z.string().trim().min(1).max(500) }),
  /** Every article note and the index note. */
  z.object({ kind: z.literal('notebook') }),
  /** The index note alone (the renderer exports a notebook article by article, then this). */
  z.object({ kind: z.literal('index') }),
]);
export type ExportScope = z.infer<typeof ExportScopeSchema>;

export const ExportFormatSchema = z.enum(['digest', 'annotated']);

export interface MarkdownExportSet {
  /** In link order: articles, tag notes, then the index. Names are unique in the set. */
  files: MarkdownExport[];
}

export const exportOperations = {
  exportMarkdown: op<MarkdownExportSet>()(
    z.object({
      scope: ExportScopeSchema,
      format: ExportFormatSchema.default('digest'),
      /** `glossa://` links back to each excerpt, and text fragments into web sources. */
      deepLinks: z.boolean().default(true),
    }),
  ),
} as const satisfies Record<string, Operation<z.ZodType, unknown>>;
