import type { EventName, OperationName } from './api';

/** IPC channel names, derived from the contract so main and preload cannot disagree. */
export const operationChannel = (name: OperationName) => `glossa:op:${name}`;
export const eventChannel = (name: EventName) => `glossa:event:${name}`;
export const OPERATION_CHANNEL_PREFIX = 'glossa:op:';
