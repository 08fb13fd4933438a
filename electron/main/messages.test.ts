import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../data/model/schemas';
import { exportSummaryText, importFailureText, notebookProblemsText } from './messages';

const doc = { id: 'd1', title: 'A' } as DocumentSummary;

describe('importFailureText', () => {
  it('is null when everything was imported', () => {
    expect(importFailureText('en', { imported: [doc], failed: [] })).toBeNull();
  });

  it('lists each failed file by name with its reason', () => {
    const text = importFailureText('en', {
      imported: [doc],
      failed: [
        { file: '/home/me/Downloads/scan.pdf', message: 'not a text, Markdown or HTML file' },
        { file: 'C:\\Users\\me\\empty.txt', message: 'the file is empty' },
      ],
    });
    expect(text?.message).toBe('2 of 3 files could not be imported.');
    expect(text?.detail).toBe('• scan.pdf: not a text, Markdown or HTML file\n• empty.txt: the file is empty');
  });

  it('gives the reason in the interface language when the failure carries one', () => {
    const failed = [
      { file: '/home/me/空白.txt', message: 'the file is empty', reason: 'empty' as const, params: { file: '/home/me/空白.txt' } },
      { file: '/home/me/odd.txt', message: 'something the host only knows in English' },
    ];
    const text = importFailureText('zh-Hant', { imported: [], failed });
    expect(text?.detail).toBe('• 空白.txt：檔案是空的\n• odd.txt：something the host only knows in English');
  });

  it('says so when nothing could be imported, and cuts very long lists', () => {
    const failed = Array.from({ length: 25 }, (_, i) => ({ file: `f${i}.bin`, message: 'binary' }));
    const text = importFailureText('en', { imported: [], failed });
    expect(text?.message).toBe('None of the 25 files could be imported.');
    expect(text?.detail.split('\n')).toHaveLength(21);
    expect(text?.detail).toMatch(/…and 5 more$/);
  });
});

describe('exportSummaryText', () => {
  it('names the folder and any failures', () => {
    expect(exportSummaryText('en', { folder: '/out', written: ['a.md'], failed: [] })).toEqual({
      message: 'Exported 1 article to Markdown.',
      detail: 'Folder: /out',
    });
    const partial = exportSummaryText('en', { folder: '/out', written: ['a.md', 'b.md'], failed: [{ title: 'C', message: 'damaged' }] });
    expect(partial.message).toBe('Exported 2 articles; 1 could not be exported.');
    expect(partial.detail).toContain('• C: damaged');
  });
});

describe('in Chinese', () => {
  it('says the same in Traditional and Simplified Chinese, particulars quoted as they are', () => {
    const report = { imported: [doc], failed: [{ file: '/a/scan.pdf', message: 'not a text file' }] };
    expect(importFailureText('zh-Hant', report)).toEqual({ message: '2 個檔案中有 1 個無法匯入。', detail: '• scan.pdf：not a text file' });
    expect(importFailureText('zh-Hans', report)?.message).toBe('2 个文件中有 1 个无法导入。');
    expect(exportSummaryText('zh-Hant', { folder: '/out', written: ['a.md', 'b.md'], failed: [] })).toEqual({
      message: '已將 2 篇文章匯出為 Markdown。',
      detail: '資料夾：/out',
    });
    const many = Array.from({ length: 22 }, (_, i) => ({ file: `f${i}`, message: 'x' }));
    expect(importFailureText('zh-Hant', { imported: [], failed: many })?.detail).toMatch(/…還有 2 個$/);
    const problems = notebookProblemsText('zh-Hans', [{ file: '/nb/documents/abc.json', problem: 'bad', movedTo: '/q/abc.json' }]);
    expect(problems?.message).toBe('有 1 个笔记本文件无法读取，已移到一旁。');
    expect(problems?.detail).toContain('已移到 /q/abc.json');
  });
});

describe('notebookProblemsText', () => {
  it('is null when the notebook opened cleanly, and lists quarantined files otherwise', () => {
    expect(notebookProblemsText('en', [])).toBeNull();
    const text = notebookProblemsText('en', [
      { file: '/nb/documents/abc.json', problem: 'not valid JSON', movedTo: '/nb/quarantine/abc.json' },
    ]);
    expect(text?.message).toBe('One notebook file could not be read and was set aside.');
    expect(text?.detail).toContain('abc.json: not valid JSON\n  moved to /nb/quarantine/abc.json');
  });
});
