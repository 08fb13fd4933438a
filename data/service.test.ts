import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalText } from './model/text';
import { NotebookService } from './service';
import { NotebookStore } from './store/notebook-store';
import { snapshotFolder } from './test-support/snapshot';
import { useTempDirs } from './test-support/temp-dir';

const tempDir = useTempDirs();

const ARTICLE = [
  '阿里云的新战略',
  '',
  '阿里云最新一轮组织架构调整围绕公共云展开，阿里云希望重新回到增长轨道。',
  '',
  '阿里云在大模型上的投入，是为了卖更多的算力。阿里云并不急于靠模型本身赚钱。',
].join('\n');

const open = async () => {
  const dir = tempDir();
  let n = 0;
  const service = new NotebookService(await NotebookStore.open(dir), {
    newId: () => `id${++n}`,
    now: () => new Date(Date.UTC(2026, 10, 25, 10, 0, n)),
  });
  return { dir, service };
};

const snapshot = snapshotFolder;

describe('NotebookService', () => {
  it('imports text, annotates by quote and by range, and lists tags across documents', async () => {
    const { service } = await open();
    const doc = await service.importText({ text: ARTICLE, format: 'text' });
    expect(doc).toMatchObject({ title: '阿里云的新战略', blockCount: 2 });
    const { document } = await service.getDocument({ id: doc.id });
    const text = canonicalText(document.blocks);

    const byQuote = await service.createAnnotation({
      documentId: doc.id,
      anchor: { exact: '公共云' },
      color: 'green',
      tags: ['策略', ' 雲端 ', '策略'],
      note: '重点',
    });
    expect(byQuote.target?.position).toEqual({ type: 'TextPositionSelector', start: text.indexOf('公共云'), end: text.indexOf('公共云') + 3 });
    expect(byQuote.tags).toEqual(['策略', '雲端']);
    const start = text.indexOf('卖更多的算力');
    const byRange = await service.createAnnotation({ documentId: doc.id, anchor: { start, end: start + 6 }, color: 'yellow', tags: ['策略'], note: '' });
    expect(byRange.target?.quote.exact).toBe('卖更多的算力');
    expect(await service.listTags()).toEqual([
      { name: '策略', count: 2 },
      { name: '雲端', count: 1 },
    ]);
    expect((await service.listDocuments())[0]).toMatchObject({ annotationCount: 2, excerptCount: 2 });
  });

  it('refuses an absent or ambiguous quote with a message that says what to do', async () => {
    const { service } = await open();
    const doc = await service.importText({ text: ARTICLE, format: 'text' });
    await expect(service.createAnnotation({ documentId: doc.id, anchor: { exact: '不存在的句子' }, color: 'yellow', tags: [], note: '' }))
      .rejects.toMatchObject({ code: 'not_found' });
    await expect(service.createAnnotation({ documentId: doc.id, anchor: { exact: '阿里云' }, color: 'yellow', tags: [], note: '' }))
      .rejects.toMatchObject({ code: 'ambiguous', message: expect.stringMatching(/occurs 4 times.*--prefix or --suffix/) });
    const withContext = await service.createAnnotation({ documentId: doc.id, anchor: { exact: '阿里云', suffix: '并不' }, color: 'yellow', tags: [], note: '' });
    expect(withContext.target?.quote.suffix.startsWith('并不急于')).toBe(true);
  });

  it('updates and deletes annotations and the document note and title', async () => {
    const { service } = await open();
    const doc = await service.importText({ text: ARTICLE, format: 'text' });
    const a = await service.createAnnotation({ documentId: doc.id, anchor: { exact: '公共云' }, color: 'yellow', tags: [], note: '' });
    const updated = await service.updateAnnotation({ documentId: doc.id, id: a.id, color: 'pink', tags: ['新'], note: '- one\n- two' });
    expect(updated).toMatchObject({ color: 'pink', tags: ['新'], note: '- one\n- two' });
    expect(updated.updatedAt > a.updatedAt).toBe(true);
    await service.updateDocument({ id: doc.id, title: '新标题', note: '文档笔记' });
    expect((await service.getDocument({ id: doc.id })).document).toMatchObject({ title: '新标题', note: '文档笔记' });
    await service.deleteAnnotation({ documentId: doc.id, id: a.id });
    expect(await service.listAnnotations({ documentId: doc.id })).toEqual([]);
    await expect(service.deleteAnnotation({ documentId: doc.id, id: a.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('re-anchors every annotation when the text is replaced, keeping the tags and notes of orphans', async () => {
    const { service } = await open();
    const doc = await service.importText({ text: ARTICLE, format: 'text' });
    const kept = await service.createAnnotation({ documentId: doc.id, anchor: { exact: '公共云展开' }, color: 'yellow', tags: [], note: '' });
    const lost = await service.createAnnotation({ documentId: doc.id, anchor: { exact: '是为了卖更多的算力' }, color: 'blue', tags: ['算力'], note: '保留我' });
    const newer = ARTICLE.replace('阿里云在大模型上的投入，是为了卖更多的算力。阿里云并不急于靠模型本身赚钱。', '这一段被完全改写了，内容与原来的毫无关系，讨论的是别的事情。');
    const report = await service.replaceDocumentText({ id: doc.id, text: newer });
    expect(report.counts).toEqual({ kept: 1, moved: 0, fuzzy: 0, orphaned: 1 });
    const annotations = await service.listAnnotations({ documentId: doc.id });
    expect(annotations.find((a) => a.id === kept.id)?.state).toBe('anchored');
    expect(annotations.find((a) => a.id === lost.id)).toMatchObject({ state: 'orphaned', tags: ['算力'], note: '保留我' });
    expect((await service.listDocuments())[0].orphanCount).toBe(1);
  });

  it('reports refused files by name and leaves the notebook byte-identical', async () => {
    const { dir, service } = await open();
    await service.importText({ text: ARTICLE, format: 'text' });
    const before = snapshot(dir);
    const empty = join(tempDir(), 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(tempDir(), 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 255, 254]));
    const report = await service.importFiles({ paths: [empty, binary, join(dir, 'missing.txt')] });
    expect(report.imported).toEqual([]);
    expect(report.failed.map((f) => f.message)).toEqual([
      expect.stringMatching(/^empty\.txt: /),
      expect.stringMatching(/^photo\.txt: /),
      expect.stringMatching(/^missing\.txt: /),
    ]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('emits notebookChanged and importProgress for hosts to forward', async () => {
    const { service } = await open();
    const events: string[] = [];
    service.onEvent((event, payload) => events.push(`${event}:${JSON.stringify(payload)}`));
    const path = join(tempDir(), 'a.md');
    writeFileSync(path, '# Title\n\nBody text here.\n');
    await service.importFiles({ paths: [path] });
    expect(events).toEqual([
      'importProgress:{"done":1,"total":1,"file":"a.md"}',
      'notebookChanged:{"documentIds":["id1"]}',
    ]);
  });

  it('exports Markdown with a safe file name', async () => {
    const { service } = await open();
    const doc = await service.importText({ text: ARTICLE, format: 'text' });
    await service.createAnnotation({ documentId: doc.id, anchor: { exact: '公共云' }, color: 'yellow', tags: ['策略'], note: '' });
    const out = await service.exportDocumentMarkdown({ id: doc.id });
    expect(out.fileName).toBe('阿里云的新战略.md');
    expect(out.markdown).toContain('# 阿里云的新战略');
    expect(out.markdown).toContain('#策略');
  });
});
