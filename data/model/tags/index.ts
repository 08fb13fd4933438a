/** Tags, colour names and excerpt collections: pure helpers shared by every host. */
export * from './tag-path';
export * from './color-names';
export * from './excerpt-query';
export * from './tag-colors';
export * from './note-line';
