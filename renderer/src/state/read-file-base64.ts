/**
 * File bytes -> base64 for importFileData. Bytes travel (not paths) because browser mode has
 * no file paths. Encoded in chunks: String.fromCharCode(...bytes) on a whole file overflows
 * the call stack for files over a few hundred KB.
 */
export interface FileLike {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const CHUNK = 0x8000;

export const bytesToBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
};

export const readFileBase64 = async (file: FileLike): Promise<string> =>
  bytesToBase64(new Uint8Array(await file.arrayBuffer()));
