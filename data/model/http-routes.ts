import { isOperationName, type OperationName } from './api';

/**
 * Browser mode's HTTP paths, limits and token names, shared by the server (cli/serve) and
 * the client (renderer/src/api) so the two cannot disagree, as channels.ts does for IPC.
 */
export const OPERATION_PATH_PREFIX = '/api/op/';
export const EVENTS_PATH = '/api/events';
export const operationPath = (name: OperationName) => `${OPERATION_PATH_PREFIX}${name}`;

/** The page URL carries the token once (?token=); the renderer keeps it under this key. */
export const TOKEN_QUERY_PARAM = 'token';
export const TOKEN_STORAGE_KEY = 'glossa.token';

const MIB = 1024 * 1024;
export const DEFAULT_BODY_LIMIT = 1 * MIB;
/** importFileData carries whole files as base64: a 50 MB file is ~67 MB of JSON, plus slack. */
const BODY_LIMITS: Partial<Record<OperationName, number>> = { importFileData: 96 * MIB };

/** The largest request body, in bytes, that the server reads for this operation. */
export const bodyLimitFor = (name: string): number =>
  (isOperationName(name) && BODY_LIMITS[name]) || DEFAULT_BODY_LIMIT;
