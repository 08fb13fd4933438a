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
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: GlossaErrorShape };

/** Thrown inside a host process only; `invoke` turns it into a failed Result. */
export class GlossaError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GlossaError';
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
