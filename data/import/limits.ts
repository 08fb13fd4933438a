/** Largest file import accepts; a 20 MB article must pass, a stray video must not. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
