import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookService } from './service';
import { NotebookStore } from './store/notebook-store';
import { snapshotFolder } from './test-support/snapshot';
import { useTempDirs } from './test-support/temp-dir';

const tempDir = useTempDirs();

const snapshot = snapshotFolder;

const PARAGRAPH = '阿里云最新一輪組織架構調整圍繞公共云展開，吳泳銘在財報會議上宣布“公共云優先”。';

/** Each generated bad file, and what must happen to it. */
const cases: Array<{ name: string; bytes: () => Buffer; expect: 'refused' | 'imported'; reason?: RegExp }> = [
  { name: 'photo.png', bytes: () => Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(512, 7)]), expect: 'refused', reason: /binary/i },
  { name: 'disguised.txt', bytes: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), expect: 'refused' },
  { name: 'empty.txt', bytes: () => Buffer.alloc(0), expect: 'refused', reason: /empty/i },
  { name: 'blank.txt', bytes: () => Buffer.from(' \n\t\r\n　\n'), expect: 'refused', reason: /blank|whitespace|no text/i },
  { name: 'nul-bytes.txt', bytes: () => Buffer.from(`title\n\nbody\u0000with\u0000nuls\u0000and more\u0000\u0000`), expect: 'refused', reason: /binary/i },
  { name: 'invalid-utf8.txt', bytes: () => Buffer.concat([Buffer.from('Title line\n\nSome text '), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(' more text\n')]), expect: 'refused', reason: /encoding/i },
  { name: 'one long line.txt', bytes: () => Buffer.from(PARAGRAPH.repeat(Math.ceil((2 * 1024 * 1024) / 3 / PARAGRAPH.length))), expect: 'imported' },
  { name: '雲端 筆記 🌥️.md', bytes: () => Buffer.from(`# 雲端筆記 🌥️\n\n${PARAGRAPH}\n`), expect: 'imported' },
  { name: 'dangerous.txt', bytes: () => Buffer.from(`../../etc/passwd\n\n${PARAGRAPH}\n`), expect: 'imported' },
  { name: 'reserved.txt', bytes: () => Buffer.from(`CON\n\n${PARAGRAPH}\n`), expect: 'imported' },
  { name: 'too big.txt', bytes: () => Buffer.alloc(50 * 1024 * 1024 + 1, 0x61), expect: 'refused', reason: /limit/i },
];

describe('bad files', { timeout: 120_000 }, () => {
  it.each(cases)('$name is $expect, and a refusal changes nothing', async ({ name, bytes, expect: outcome, reason }) => {
    const nb = tempDir();
    const service = new NotebookService(await NotebookStore.open(nb));
    await service.importText({ text: `已有的文章\n\n${PARAGRAPH}`, format: 'text' });
    const before = snapshot(nb);
    const path = join(tempDir(), name);
    const content = bytes();
    writeFileSync(path, content);

    const report = await service.importFiles({ paths: [path] });
    if (outcome === 'refused') {
      expect(report.imported).toEqual([]);
      expect(report.failed).toHaveLength(1);
      expect(report.failed[0].message.startsWith(`${name}: `)).toBe(true);
      if (reason) expect(report.failed[0].message).toMatch(reason);
      expect(snapshot(nb)).toEqual(before);
    } else {
      expect(report.failed).toEqual([]);
      const [doc] = report.imported;
      const exported = await service.exportDocumentMarkdown({ id: doc.id });
      // A file name safe on every OS: no separators, no leading dots, not a reserved name.
      expect(exported.fileName).not.toMatch(/[/\\:*?"<>|]|^\.|^(con|prn|aux|nul)(\.|$)/i);
      expect(exported.fileName.endsWith('.md')).toBe(true);
    }
    expect(readFileSync(path).equals(content)).toBe(true); // an imported file is never modified
  });

  it('imports a 20 MB article', async () => {
    const nb = tempDir();
    const service = new NotebookService(await NotebookStore.open(nb));
    const path = join(tempDir(), '20mb.txt');
    const paragraph = `${PARAGRAPH}\n\n`;
    writeFileSync(path, `大文件\n\n${paragraph.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(paragraph)))}`);
    const report = await service.importFiles({ paths: [path] });
    expect(report.failed).toEqual([]);
    expect(report.imported[0].blockCount).toBeGreaterThan(100_000);
  });
});
