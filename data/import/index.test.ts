import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('data/import public API', () => {
  it('exports exactly the documented functions and limit', () => {
    expect(Object.keys(api).sort()).toEqual([
      'MAX_IMPORT_BYTES', 'decodeBytes', 'detectFormat', 'importBytes', 'importFailure', 'parseHtml', 'parseMarkdown', 'parseText',
      'readAndImportFile', 'readImportData', 'readImportFiles',
    ]);
    expect(api.MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
  });
});
