import { describe, expect, it } from 'vitest';
import { lookup } from '../../../data/model/i18n/catalogue';
import { notebookStatusNotices } from './notebook-status-notices';

describe('notebookStatusNotices', () => {
  it('names a file set aside with no backup to bring it back, and where it went', () => {
    const notices = notebookStatusNotices({
      problems: [
        { file: '/nb/documents/abc.json', problem: 'not valid JSON', movedTo: '/nb/quarantine/abc.json' },
        { file: 'C:\\nb\\documents\\def.json', problem: 'schemaVersion 99 is newer than this app', movedTo: 'C:\\nb\\quarantine\\def.json' },
      ],
      recovered: [{ path: 'documents/def.json', backupId: '2026-11-25T10-00-00-000Z', backedUpAt: '2026-11-25T10:00:00.000Z' }],
    });
    expect(notices.map((n) => n.key)).toEqual(['backups.recovered', 'notebook.setAside']);
    expect(notices[1].params).toEqual({ file: 'abc.json', problem: 'not valid JSON', path: '/nb/quarantine/abc.json' });
    expect(lookup('zh-Hant', 'notebook.setAside', notices[1].params as Record<string, string>)).toContain('abc.json');
  });

  it('says nothing for a notebook that opened cleanly', () => {
    expect(notebookStatusNotices({ problems: [], recovered: [] })).toEqual([]);
  });
});
