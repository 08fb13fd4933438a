/**
 * Strict decoders for the Unicode encodings. Node's TextDecoder is correct for these (its
 * known bugs are in big5/gbk); `fatal` turns any invalid sequence into undefined instead
 * of silently inserting U+FFFD.
 */

const decodeStrict = (label: 'utf-8' | 'utf-16le', bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

export const decodeUtf8Strict = (bytes: Uint8Array): string | undefined => decodeStrict('utf-8', bytes);

export const decodeUtf16Strict = (bytes: Uint8Array, endian: 'le' | 'be'): string | undefined => {
  if (bytes.length % 2 !== 0) return undefined;
  if (endian === 'le') return decodeStrict('utf-16le', bytes);
  // Swap to little-endian rather than rely on 'utf-16be', which needs a full-ICU Node build.
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  return decodeStrict('utf-16le', swapped);
};
