import { z } from 'zod';

/**
 * Why an operation failed, as a stable machine-readable reason plus the facts the sentence
 * needs (file name, sizes, encodings). The English `message` stays beside it for the CLI and
 * logs; an interface in another language builds its own sentence from these. Errors arrive
 * from other processes (IPC, HTTP), so a reader parses them with ErrorDetailSchema and falls
 * back to the message when the reason is unknown or its parameters do not fit.
 */

const file = z.string().max(4096);
const bytes = z.number().int().nonnegative();
/** A canonical encoding name ('gb18030', 'big5', 'utf-8'...); the interface labels it. */
const encoding = z.string().min(1).max(64);

const detail = <R extends string, P extends z.ZodRawShape>(reason: R, params: P) =>
  z.object({ reason: z.literal(reason), params: z.object(params) });

/** Why a file could not be read from disk; mirrors the errno codes a person can act on. */
export const UNREADABLE_CAUSES = ['missing', 'permission', 'folder', 'not_a_file', 'link_loop', 'too_many_open', 'busy', 'other'] as const;
export type UnreadableCause = (typeof UNREADABLE_CAUSES)[number];

/** Import refusals (code import_refused): each names the file it is about. */
export const ImportRefusalSchema = z.discriminatedUnion('reason', [
  detail('empty', { file }),
  detail('too_large', { file, size: bytes, limit: bytes }),
  detail('binary', { file }),
  detail('only_whitespace', { file }),
  detail('no_text', { file }),
  detail('bom_mismatch', { file, encoding }),
  detail('encoding_undecodable', { file, candidates: z.array(encoding).min(1).max(20) }),
  detail('encoding_garbled', { file, encoding }),
  detail('encoding_ambiguous', { file, encoding, other: encoding }),
  detail('encoding_unclear', { file, encoding, other: encoding }),
  detail('encoding_truncated', { file, encoding }),
  // `detail` is the system's own words, only for causes we have no sentence for.
  detail('unreadable', { file, cause: z.enum(UNREADABLE_CAUSES), detail: z.string().max(500).optional() }),
]);
export type ImportRefusal = z.infer<typeof ImportRefusalSchema>;

/** Browser mode's link to glossa serve failed (code io), and the renderer's own refusals. */
const ClientFailureSchema = z.discriminatedUnion('reason', [
  detail('no_token', {}),
  detail('token_expired', {}),
  detail('page_refused', {}),
  detail('request_too_large', { limit: bytes }),
  detail('server_error', { status: z.number().int().min(100).max(599) }),
  detail('server_unreachable', {}),
  detail('unreadable_answer', {}),
  detail('input_not_json', { operation: z.string().max(100) }),
  detail('no_open_document', {}),
]);

export const ErrorDetailSchema = z.discriminatedUnion('reason', [...ImportRefusalSchema.options, ...ClientFailureSchema.options]);
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;
export type ErrorReason = ErrorDetail['reason'];
export type ParamsOf<R extends ErrorReason> = Extract<ErrorDetail, { reason: R }>['params'];
/** What params look like on the wire, before parsing. */
export type ErrorParams = Record<string, string | number | readonly string[] | undefined>;

/** The detail of an error that came from elsewhere, or undefined when it has none we know. */
export const parseErrorDetail = (error: { reason?: unknown; params?: unknown }): ErrorDetail | undefined => {
  if (typeof error.reason !== 'string') return undefined;
  const parsed = ErrorDetailSchema.safeParse({ reason: error.reason, params: error.params ?? {} });
  return parsed.success ? parsed.data : undefined;
};

const IMPORT_REASONS: ReadonlySet<string> = new Set(ImportRefusalSchema.options.map((option) => option.shape.reason.value));

export const isImportRefusal = (detail: ErrorDetail): detail is ImportRefusal => IMPORT_REASONS.has(detail.reason);
