import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { blockText } from '../model/text';
import { SEED_HEADINGS, SEED_PARAGRAPHS, SEED_PATH, SEED_TITLE, hasSeed, readSeed as seedText } from '../test-support/seed';
import { decodeBytes } from './decode-bytes';
import { importBytes } from './import-bytes';
import { parseText } from './parse-text';

describe('the seed article (shared/seed/article.zh.txt)', () => {
  it.skipIf(!hasSeed)('parses to its title, two headings and 23 paragraphs', () => {
    const { title, blocks } = parseText(seedText());
    expect(title).toBe(SEED_TITLE);
    const headings = blocks.filter((b) => b.kind === 'heading');
    expect(headings.map(blockText)).toEqual(SEED_HEADINGS);
    expect(headings.every((h) => h.level === 2)).toBe(true);
    expect(blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(SEED_PARAGRAPHS);
    expect(blocks).toHaveLength(25);
    expect(blockText(blocks[0]).startsWith('12月1日,阿里云舉行通義千問發布會')).toBe(true);
    expect(blocks.map(blockText)).not.toContain(title);
  });

  it.skipIf(!hasSeed)('contains both 云 and 雲-style traditional characters, all of them encodable in Big5', () => {
    const text = seedText();
    expect(text).toContain('云');
    expect(text).toMatch(/[來舉義發會業務]/);
    // If the seed ever gains a character Big5 lacks, the Big5 cases below need a □-replaced copy.
    expect(iconv.decode(iconv.encode(text, 'big5'), 'big5')).toBe(text);
  });

  const variants: [string, (text: string) => Buffer, string][] = [
    ['Big5', (t) => iconv.encode(t, 'big5'), 'big5'],
    ['GB18030', (t) => iconv.encode(t, 'gb18030'), 'gb18030'],
    ['UTF-16LE with BOM', (t) => iconv.encode(t, 'utf-16le', { addBOM: true }), 'utf-16le'],
    ['UTF-16LE without BOM', (t) => iconv.encode(t, 'utf-16le'), 'utf-16le'],
    ['UTF-16BE with BOM', (t) => iconv.encode(t, 'utf-16be', { addBOM: true }), 'utf-16be'],
    ['UTF-8 with BOM and CRLF', (t) => iconv.encode(t.replace(/\n/g, '\r\n'), 'utf-8', { addBOM: true }), 'utf-8'],
    ['UTF-8 with CR line ends', (t) => iconv.encode(t.replace(/\n/g, '\r'), 'utf-8'), 'utf-8'],
    ['Big5 with CRLF', (t) => iconv.encode(t.replace(/\n/g, '\r\n'), 'big5'), 'big5'],
  ];

  it.skipIf(!hasSeed).each(variants)('decodes the seed as %s to the same text and blocks', (_name, encode, encoding) => {
    const original = readFileSync(SEED_PATH);
    const expected = importBytes({ bytes: original, fileName: 'article.zh.txt' });
    const bytes = encode(seedText());
    const decoded = decodeBytes(bytes, 'article.zh.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(seedText());
    const imported = importBytes({ bytes, fileName: 'article.zh.txt' });
    expect(imported.encoding).toBe(encoding);
    expect(imported.title).toBe(expected.title);
    expect(imported.blocks).toEqual(expected.blocks);
  });
});
