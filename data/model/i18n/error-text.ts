import { formatMegabytes } from '../byte-size';
import {
  isImportRefusal,
  parseErrorDetail,
  type ErrorDetail,
  type ErrorReason,
  type UnreadableCause,
} from '../error-detail';
import { GlossaError, fail, type ErrorCode, type Result } from '../result';
import { lookup, type Params } from './catalogue';
import type { Language } from './language';
import type { MessageKey } from './messages-en';

/**
 * Errors in words, from the one catalogue: the English sentence a host puts in `message`
 * (so the CLI and the interface never drift apart) and the sentence an interface shows in
 * its own language, built at display time from the error's reason and parameters.
 */

const KEYS: Record<Exclude<ErrorReason, 'unreadable'>, MessageKey> = {
  empty: 'importRefusal.empty',
  too_large: 'importRefusal.tooLarge',
  binary: 'importRefusal.binary',
  only_whitespace: 'importRefusal.onlyWhitespace',
  no_text: 'importRefusal.noText',
  bom_mismatch: 'importRefusal.bomMismatch',
  encoding_undecodable: 'importRefusal.encodingUndecodable',
  encoding_garbled: 'importRefusal.encodingGarbled',
  encoding_ambiguous: 'importRefusal.encodingAmbiguous',
  encoding_unclear: 'importRefusal.encodingUnclear',
  encoding_truncated: 'importRefusal.encodingTruncated',
  no_token: 'connection.noToken',
  token_expired: 'connection.tokenExpired',
  page_refused: 'connection.pageRefused',
  request_too_large: 'connection.requestTooLarge',
  server_error: 'connection.serverError',
  server_unreachable: 'connection.unreachable',
  unreadable_answer: 'connection.unreadableAnswer',
  input_not_json: 'connection.inputNotJson',
  no_open_document: 'export.noDocument',
};

const UNREADABLE_KEYS: Record<UnreadableCause, MessageKey> = {
  missing: 'importRefusal.unreadable.missing',
  permission: 'importRefusal.unreadable.permission',
  folder: 'importRefusal.unreadable.folder',
  not_a_file: 'importRefusal.unreadable.notAFile',
  link_loop: 'importRefusal.unreadable.linkLoop',
  too_many_open: 'importRefusal.unreadable.tooManyOpen',
  busy: 'importRefusal.unreadable.busy',
  other: 'importRefusal.unreadable.other',
};

const ENCODING_LABELS = new Map([
  ['utf-8', 'UTF-8'],
  ['utf-16le', 'UTF-16LE'],
  ['utf-16be', 'UTF-16BE'],
  ['gb18030', 'GB18030'],
  ['big5', 'Big5'],
]);
const label = (encoding: string): string => ENCODING_LABELS.get(encoding) ?? encoding;

const MIB = 1024 * 1024;

const paramsOf = (language: Language, detail: ErrorDetail): Params => {
  switch (detail.reason) {
    case 'too_large':
      return { size: formatMegabytes(detail.params.size), limit: formatMegabytes(detail.params.limit) };
    case 'request_too_large':
      return { limit: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(detail.params.limit / MIB) };
    case 'encoding_undecodable':
      return { candidates: new Intl.ListFormat(language, { type: 'disjunction' }).format(detail.params.candidates.map(label)) };
    case 'bom_mismatch':
    case 'encoding_garbled':
    case 'encoding_truncated':
      return { encoding: label(detail.params.encoding) };
    case 'encoding_ambiguous':
    case 'encoding_unclear':
      return { encoding: label(detail.params.encoding), other: label(detail.params.other) };
    case 'unreadable':
      return { detail: detail.params.detail ?? detail.params.cause };
    case 'server_error':
      return { status: detail.params.status };
    case 'input_not_json':
      return { operation: detail.params.operation };
    default:
      return {};
  }
};

const keyOf = (detail: ErrorDetail): MessageKey =>
  detail.reason === 'unreadable' ? UNREADABLE_KEYS[detail.params.cause] : KEYS[detail.reason];

/** The sentence for a known reason; an import refusal starts with the file it is about. */
export const detailText = (language: Language, detail: ErrorDetail): string => {
  const text = lookup(language, keyOf(detail), paramsOf(language, detail));
  return isImportRefusal(detail) ? lookup(language, 'error.aboutFile', { file: detail.params.file, problem: text }) : text;
};

/** An error as it arrives from another process: nothing beyond `message` is trusted. */
export interface ShownError {
  message: string;
  reason?: unknown;
  params?: unknown;
}

/**
 * What the interface says about an error, in `language`: the catalogue's sentence when the
 * reason is known and its parameters fit, else the error's own (English) message. `file`
 * names the file a failure is about when the sentence does not already (a failed import call).
 */
export const errorText = (language: Language, error: ShownError, about: { file?: string } = {}): string => {
  const detail = parseErrorDetail(error);
  if (detail && isImportRefusal(detail)) return detailText(language, detail);
  const text = detail ? detailText(language, detail) : error.message;
  const { file } = about;
  if (!file || (!detail && text.startsWith(file))) return text;
  return lookup(language, 'error.aboutFile', { file, problem: text });
};

/** A GlossaError whose message is the catalogue's English for `detail`. */
export const errorFor = (code: ErrorCode, detail: ErrorDetail): GlossaError =>
  new GlossaError(code, detailText('en', detail), detail);

/** A failed Result whose message is the catalogue's English for `detail`. */
export const failFor = (code: ErrorCode, detail: ErrorDetail): Result<never> => fail(code, detailText('en', detail), detail);
