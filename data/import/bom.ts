export interface BomMatch {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

/** The byte order mark at the start of `bytes`, if any. It is metadata, never text. */
export const detectBom = (bytes: Uint8Array): BomMatch | undefined => {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
};
