import { z } from 'zod';
import {
  ColorSchema,
  FormatSchema,
  TagNameSchema,
  type Annotation,
  type Document,
  type DocumentSummary,
  type Color,
} from './schemas';
import type { ErrorParams, ErrorReason } from './error-detail';
import type { Result } from './result';
import { op } from './operation';
import { exportOperations } from './api-export';
import { searchOperations } from './api-search';
import { tagOperations } from './api-tags';
import { trashOperations } from './api-trash';
import { backupOperations } from './api-backups';
import { ColorNamesSchema } from './tags/color-names';

const id = z.string().min(1).max(200);

/** Where a new annotation goes: canonical offsets, or a quote with optional context. */
export const AnchorInputSchema = z.union([
  z
    .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
    .refine((a) => a.end > a.start, 'end must be after start'),
  z.object({
    exact: z.string().min(1),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  }),
]);
export type AnchorInput = z.infer<typeof AnchorInputSchema>;

export interface ImportFailure {
  file: string;
  /** English, for the CLI and logs. */
  message: string;
  /** Why, for an interface to say in its own language (error-detail.ts). */
  reason?: ErrorReason;
  params?: ErrorParams;
}
export interface ImportReport {
  imported: DocumentSummary[];
  failed: ImportFailure[];
}
export interface DocumentWithAnnotations {
  document: Document;
  annotations: Annotation[];
}
export type ReanchorOutcome = 'kept' | 'moved' | 'fuzzy' | 'orphaned';
export interface ReanchorEntry {
  annotationId: string;
  outcome: ReanchorOutcome;
  exact: string;
  from?: { start: number; end: number };
  to?: { start: number; end: number };
}
export interface ReanchorReport {
  documentId: string;
  entries: ReanchorEntry[];
  counts: Record<ReanchorOutcome, number>;
}
export interface TagCount {
  name: string;
  count: number;
  color?: Color;
}
export interface MarkdownExport {
  fileName: string;
  markdown: string;
}

/** Preferences kept in the notebook (library.json), so they follow it across hosts and ports. */
export const SettingsPatchSchema = z
  .object({
    theme: z.enum(['system', 'light', 'dark']),
    language: z.enum(['system', 'en', 'zh-Hant', 'zh-Hans']),
    fontSize: z.number().int().min(12).max(32),
    paneWidths: z.tuple([z.number().min(0).max(4000), z.number().min(0).max(4000)]),
    hiddenPanes: z.array(z.enum(['library', 'annotations'])).max(2),
    welcomeShown: z.boolean(),
    /** A meaning for each highlight colour (重要, evidence…), shown in the app and the export. */
    colorNames: ColorNamesSchema,
  })
  .partial()
  .strict();
export type Settings = z.infer<typeof SettingsPatchSchema>;

/**
 * The API contract: every operation once, with its input schema and its result type.
 * The preload, the IPC router, browser mode's HTTP server and client, and the CLI are all
 * generated from this object; nothing about an operation is written down twice.
 */
const coreOperations = {
  importFiles: op<ImportReport>()(z.object({ paths: z.array(z.string().min(1)).min(1) })),
  importText: op<DocumentSummary>()(
    z.object({
      text: z.string(),
      title: z.string().optional(),
      format: FormatSchema.default('text'),
      fileName: z.string().optional(),
    }),
  ),
  /** Files chosen or dropped in the renderer: bytes travel because browser mode has no paths. */
  importFileData: op<ImportReport>()(
    z.object({
      files: z
        .array(z.object({ fileName: z.string().min(1).max(500), dataBase64: z.string() }))
        .min(1)
        .max(100),
    }),
  ),
  listDocuments: op<DocumentSummary[]>()(z.object({})),
  getDocument: op<DocumentWithAnnotations>()(z.object({ id })),
  updateDocument: op<Document>()(
    z.object({ id, title: z.string().trim().min(1).max(500).optional(), note: z.string().optional() }),
  ),
  deleteDocument: op<{ id: string }>()(z.object({ id })),
  /** Undo of a delete: brings the document back from trash/. */
  restoreDocument: op<DocumentSummary>()(z.object({ id })),
  replaceDocumentText: op<ReanchorReport>()(
    z
      .object({
        id,
        path: z.string().min(1).optional(),
        text: z.string().optional(),
        format: FormatSchema.optional(),
      })
      .refine((r) => (r.path === undefined) !== (r.text === undefined), 'give exactly one of path or text'),
  ),
  createAnnotation: op<Annotation>()(
    z.object({
      documentId: id,
      anchor: AnchorInputSchema.optional(),
      color: ColorSchema.default('yellow'),
      tags: z.array(TagNameSchema).default([]),
      note: z.string().default(''),
    }),
  ),
  updateAnnotation: op<Annotation>()(
    z.object({
      documentId: id,
      id,
      color: ColorSchema.optional(),
      tags: z.array(TagNameSchema).optional(),
      note: z.string().optional(),
    }),
  ),
  deleteAnnotation: op<{ id: string }>()(z.object({ documentId: id, id })),
  listAnnotations: op<Annotation[]>()(z.object({ documentId: id })),
  listTags: op<TagCount[]>()(z.object({})),
  exportDocumentMarkdown: op<MarkdownExport>()(z.object({ id })),
  getSettings: op<Settings>()(z.object({})),
  updateSettings: op<Settings>()(z.object({ patch: SettingsPatchSchema })),
} as const;

/** Research across the notebook: each area declares its operations in its own file. */
export const contract = {
  ...coreOperations,
  ...searchOperations,
  ...tagOperations,
  ...exportOperations,
  ...trashOperations,
  ...backupOperations,
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends OperationName> = NonNullable<Contract[K]['output']>;

/** What a host implements: parsed input in, plain value out (throws GlossaError). */
export type Implementation = {
  [K in OperationName]: (input: ParsedInputOf<K>) => Promise<OutputOf<K>>;
};

/** What a client sees (window.glossa): raw input in, Result out. */
export type GlossaApi = {
  [K in OperationName]: (input: InputOf<K>) => Promise<Result<OutputOf<K>>>;
};

/** Events pushed from the host to the renderer. */
export const MENU_COMMANDS = [
  'import',
  'exportCurrent',
  'toggleTheme',
  'toggleLibrary',
  'toggleAnnotations',
  'zoomIn',
  'zoomOut',
  'zoomReset',
  'showShortcuts',
  'commandPalette',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface EventPayloads {
  notebookChanged: { documentIds: string[] };
  importProgress: { done: number; total: number; file: string };
  /** A host menu item or accelerator the renderer carries out (Electron's app menu). */
  menuCommand: { command: MenuCommand; documentIds?: string[] };
  /** A `glossa://open?…` link the operating system handed to the desktop app. */
  openLink: { documentId: string; annotationId?: string };
  /**
   * Electron only: how a download the page started ended, once the person has answered the
   * save dialog. `url` is the blob: URL the page made (it tells concurrent saves apart);
   * `fileName` is the name saved under when completed, else the suggested one.
   */
  downloadDone: { url: string; fileName: string; state: DownloadState };
}
export type DownloadState = 'completed' | 'cancelled' | 'interrupted';
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: EventName[] = ['notebookChanged', 'importProgress', 'menuCommand', 'openLink', 'downloadDone'];

export type GlossaBridge = GlossaApi & {
  on<E extends EventName>(event: E, cb: (payload: EventPayloads[E]) => void): () => void;
};

export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
