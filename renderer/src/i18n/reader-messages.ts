/**
 * The reader's strings, merged into the one catalogue (catalogue.ts). The reader owns them in
 * renderer/src/reader/messages.ts; this file is the single place that imports them.
 */
export { readerMessages } from '../reader/messages';
