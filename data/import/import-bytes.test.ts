import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { BlockSchema } from '../model/schemas';
import { blockText } from '../model/text';
import { TRADITIONAL_SAMPLE } from './fixtures/chinese-samples';
import { pseudoRandomBytes, refusalOf } from './fixtures/test-support';
import { importBytes, type ImportedDocument } from './import-bytes';
import { MAX_IMPORT_BYTES } from './limits';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Invariants every import must keep, whatever the input. */
const expectWellFormed = (doc: ImportedDocument): void => {
  expect(doc.blocks.length).toBeGreaterThan(0);
  for (const block of doc.blocks) {
    expect(BlockSchema.parse(block)).toEqual(block);
    if (block.kind === 'rule') continue;
    expect(blockText(block).trim()).not.toBe('');
    if (block.kind !== 'code') expect(blockText(block)).not.toContain('\n\n');
  }
};

describe('importBytes refusals', () => {
  it('refuses an empty file', () => {
    expect(refusalOf(() => importBytes({ bytes: new Uint8Array(0), fileName: 'empty.txt' }))).toBe(
      'empty.txt: the file is empty',
    );
  });

  it('refuses a whitespace-only file, ideographic spaces included', () => {
    const bytes = utf8(' \n\t\r\n\u3000\u00a0\n');
    expect(refusalOf(() => importBytes({ bytes, fileName: 'blank.md' }))).toBe('blank.md: it contains only whitespace');
  });

  it('refuses a file above the limit, naming its size and the limit in MB', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(refusalOf(() => importBytes({ bytes, fileName: 'huge.txt' }))).toBe(
      'huge.txt: it is 50.1 MB, larger than the 50 MB import limit',
    );
  });

  it('refuses binary content: a PNG, a file of NULs', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...pseudoRandomBytes(2048, 7)]);
    expect(refusalOf(() => importBytes({ bytes: png, fileName: 'image.png' }))).toBe(
      'image.png: it looks like a binary file, not text',
    );
    expect(refusalOf(() => importBytes({ bytes: new Uint8Array(4096), fileName: 'nul.txt' }))).toBe(
      'nul.txt: it looks like a binary file, not text',
    );
  });

  it('refuses UTF-16 that decodes to control characters', () => {
    // A byte order mark, then 'A' and 19 control characters: binary, whatever the mark says.
    const units = [0x41, ...Array.from({ length: 19 }, (_, i) => i + 1)];
    const bytes = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u, 0])]);
    expect(refusalOf(() => importBytes({ bytes, fileName: 'ctl.txt' }))).toBe('ctl.txt: it looks like a binary file, not text');
  });

  it('refuses a short sequence valid in both GBK and Big5 rather than import mojibake', () => {
    const bytes = new Uint8Array([0xa7, 0xda, 0xad, 0xcc, 0xb0, 0xa1, 0xc4, 0xe3]);
    expect(refusalOf(() => importBytes({ bytes, fileName: 'tiny.txt' }))).toMatch(
      /^tiny\.txt: cannot tell its text encoding \(.+\); save it as UTF-8 and import again$/,
    );
  });

  it('refuses a document with no text after parsing', () => {
    const html = utf8('<!doctype html><html><body><script>alert(1)</script><img src="x.png"></body></html>');
    expect(refusalOf(() => importBytes({ bytes: html, fileName: 'empty.html' }))).toBe(
      'empty.html: no readable text was found in it',
    );
    expect(refusalOf(() => importBytes({ bytes: utf8('---\n\n***\n'), fileName: 'rules.md' }))).toBe(
      'rules.md: no readable text was found in it',
    );
  });
});

describe('importBytes results', () => {
  it('hashes the original bytes with SHA-256', () => {
    const doc = importBytes({ bytes: utf8('abc'), fileName: 'abc.txt' });
    expect(doc.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(doc).toMatchObject({ title: 'abc', format: 'text', encoding: 'utf-8' });
  });

  it('titles a one-line text file with its line and keeps the line as its text', () => {
    const doc = importBytes({ bytes: utf8('\n  only one line of text  \n\n'), fileName: 'my.notes.txt' });
    expect(doc.title).toBe('only one line of text');
    expect(doc.blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'only one line of text' }] }]);
  });

  it('titles a text file with its file name (no extension) when the first line is over 150 characters', () => {
    // A line that long is the first paragraph, not a title: it stays in the text.
    const first = `${'字'.repeat(151)}。`;
    const doc = importBytes({ bytes: utf8(`${first}\nSecond paragraph.`), fileName: 'my.notes.txt' });
    expect(doc.title).toBe('my.notes');
    expect(doc.blocks.map(blockText)).toEqual([first, 'Second paragraph.']);
    const atLimit = `${'字'.repeat(149)}。`;
    expect(importBytes({ bytes: utf8(`${atLimit}\nSecond paragraph.`), fileName: 'my.notes.txt' }).title).toBe(atLimit);
  });

  it('detects the format from the extension, else sniffs HTML', () => {
    expect(importBytes({ bytes: utf8('# Head\n\nBody'), fileName: 'a.markdown' }).format).toBe('markdown');
    expect(importBytes({ bytes: utf8('# Head\n\nBody'), fileName: 'a.txt' }).format).toBe('text');
    const page = utf8('<!DOCTYPE html><html><head><title>P</title></head><body><p>Body text.</p></body></html>');
    expect(importBytes({ bytes: page, fileName: 'saved-page' })).toMatchObject({ format: 'html', title: 'P' });
  });

  it('imports traditional Chinese in Big5 and GB18030 to the same blocks as UTF-8', () => {
    const expected = importBytes({ bytes: utf8(TRADITIONAL_SAMPLE), fileName: 's.txt' });
    expectWellFormed(expected);
    for (const encoding of ['big5', 'gb18030'] as const) {
      const doc = importBytes({ bytes: iconv.encode(TRADITIONAL_SAMPLE, encoding), fileName: 's.txt' });
      expect(doc.encoding).toBe(encoding);
      expect(doc.title).toBe(expected.title);
      expect(doc.blocks).toEqual(expected.blocks);
    }
  });

  it.each([
    ['all-kinds.md', 'markdown', 'Field Notes & Sources'],
    ['article-page.html', 'html', 'Tea Houses of the South'],
  ])('imports the fixture %s as well-formed %s blocks', (name, format, title) => {
    const bytes = readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
    const doc = importBytes({ bytes, fileName: name });
    expect(doc).toMatchObject({ format, title, encoding: 'utf-8' });
    expectWellFormed(doc);
  });

  it('strips stray control characters from otherwise clean text', () => {
    const doc = importBytes({ bytes: utf8('Title\nbell\x07 and\x1b escape\x7f.'), fileName: 'c.txt' });
    expect(blockText(doc.blocks[0])).toBe('bell and escape.');
  });

  it('imports a single 2 MB line as one paragraph', () => {
    const line = '這是一個很長的段落，'.repeat(70_000);
    const bytes = utf8(line);
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    const doc = importBytes({ bytes, fileName: 'long.txt' });
    expect(doc.title).toBe('long');
    expect(doc.blocks).toEqual([{ kind: 'paragraph', runs: [{ text: line } ] }]);
  });

  it('imports a 21 MB UTF-8 text file', () => {
    const paragraph = `${'A sentence of ordinary English prose, long enough to matter. '.repeat(20)}\n`;
    const text = `Big File\n${paragraph.repeat(Math.ceil((21 * 1024 * 1024) / paragraph.length))}`;
    const bytes = utf8(text);
    expect(bytes.length).toBeGreaterThan(21 * 1024 * 1024);
    const doc = importBytes({ bytes, fileName: 'big.txt' });
    expect(doc.title).toBe('Big File');
    expect(doc.blocks.length).toBe(Math.ceil((21 * 1024 * 1024) / paragraph.length));
    expect(blockText(doc.blocks[0])).toBe(paragraph.trim());
  }, 60_000);
});

describe('importBytes on HTML with a declared charset', () => {
  const page = (meta: string, body: string) =>
    `<!DOCTYPE html><html><head>${meta}<title>舊書店</title></head><body><article><h1>舊書店</h1><p>${body}</p></article></body></html>`;

  it('decodes a Big5 page by its <meta charset>', () => {
    const body = TRADITIONAL_SAMPLE.split('\n')[1];
    const bytes = iconv.encode(page('<meta charset="big5">', body), 'big5');
    const doc = importBytes({ bytes, fileName: 'page.html' });
    expect(doc).toMatchObject({ format: 'html', encoding: 'big5', title: '舊書店' });
    expect(doc.blocks.map(blockText)).toContain(body);
    expectWellFormed(doc);
  });

  it('trusts the declaration where detection alone could not decide', () => {
    // Four characters are too few to tell Big5 from GBK by scoring; the page says which.
    const bytes = iconv.encode(page('<meta charset="big5">', '我們好嗎'), 'big5');
    const doc = importBytes({ bytes, fileName: 'short.htm' });
    expect(doc.encoding).toBe('big5');
    expect(doc.blocks.map(blockText)).toContain('我們好嗎');
  });

  it('reads the http-equiv form and maps gb2312 to gb18030', () => {
    const meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">';
    const bytes = iconv.encode(page(meta, '简体中文网页的正文。'), 'gbk');
    const doc = importBytes({ bytes, fileName: 'gb.html' });
    expect(doc.encoding).toBe('gb18030');
    expect(doc.blocks.map(blockText)).toContain('简体中文网页的正文。');
  });
});
