import type { ErrorDetail, ErrorParams, ErrorReason } from './error-detail';

/** Every operation answers with a Result; errors never cross a process boundary as throws. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'import_refused'
  | 'ambiguous'
  | 'io'
  | 'unknown_operation'
  | 'forbidden'
  | 'internal';

export interface GlossaErrorShape {
  code: ErrorCode;
  /** The English sentence, for the CLI and logs; the interface translates `reason` instead. */
  message: string;
  /** A stable reason (error-detail.ts) and its parameters, when the failure has one. */
  reason?: ErrorReason;
  params?: ErrorParams;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: GlossaErrorShape };

/** Thrown inside a host process only; `invoke` turns it into a failed Result. */
export class GlossaError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: ErrorDetail,
  ) {
    super(message);
    this.name = 'GlossaError';
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
// Plain objects with no undefined fields: they pass structured clone (IPC) and JSON alike.
export const fail = (code: ErrorCode, message: string, detail?: ErrorDetail): Result<never> => ({
  ok: false,
  error: detail ? { code, message, reason: detail.reason, params: detail.params } : { code, message },
});

/** A GlossaError as it crosses a boundary: code, message and any reason. */
export const failFromError = (error: GlossaError): Result<never> => fail(error.code, error.message, error.detail);
