import { describe, expect, it } from 'vitest';
import { mergeFrontMatter, splitFrontMatter } from './front-matter-merge';
import { beginMarker, END_MARKER, findRegion } from './marked-region';
import { freshNoteFile, mergeNoteFile } from './note-file';

const key = { kind: 'article', value: 'doc-1' } as const;
const note = (body: string, title = 'T') => `---\ntitle: ${title}\ntags: []\nglossa-id: doc-1\n---\n\n# ${title}\n\n${body}\n`;

describe('marked region', () => {
  it('round-trips keys with spaces, CJK, -- and > in them', () => {
    for (const value of ['doc-1', '雲端 -私有云, logseq', 'a-->b', '100%', 'x\ny']) {
      const text = `${beginMarker({ kind: 'tag', value })}\n\nbody\n\n${END_MARKER}\n`;
      const scan = findRegion(text);
      expect(scan.state).toBe('ok');
      if (scan.state === 'ok') expect(scan.region.key).toEqual({ kind: 'tag', value });
      expect(beginMarker({ kind: 'tag', value })).not.toMatch(/-->.*-->/);
    }
  });

  it('reports damaged markers instead of guessing', () => {
    expect(findRegion(`${beginMarker(key)}\n\nno end`)).toMatchObject({ state: 'damaged', reason: expect.stringMatching(/end marker/) });
    expect(findRegion(`${beginMarker(key)}\n${beginMarker(key)}\n${END_MARKER}`)).toMatchObject({ state: 'damaged' });
    expect(findRegion(`${END_MARKER}\n${beginMarker(key)}`)).toMatchObject({ state: 'damaged' });
    expect(findRegion('plain note <!-- glossa:begin article=x --> inline')).toEqual({ state: 'none' });
  });
});

describe('front matter merge', () => {
  it("replaces Glossa's keys and keeps the person's, with their nested lines", () => {
    const existing = ['title: Edited', 'aliases:', '  - 阿里', 'tags:', '  - mine', 'status: reading', '# a comment', 'glossa-version: "0.0.1"'];
    const fresh = ['title: T', 'tags: []', 'glossa-id: doc-1'];
    expect(mergeFrontMatter(existing, fresh)).toEqual(['title: T', 'tags: []', 'glossa-id: doc-1', 'aliases:', '  - 阿里', 'status: reading', '# a comment']);
  });

  it('reads front matter only at the very start', () => {
    expect(splitFrontMatter('---\na: 1\n---\nrest')).toEqual({ lines: ['a: 1'], rest: 'rest' });
    expect(splitFrontMatter('\n---\na: 1\n---\n')).toBeUndefined();
    expect(splitFrontMatter('---\r\na: 1\r\n---\r\nrest')).toEqual({ lines: ['a: 1'], rest: 'rest' });
  });
});

describe('note files', () => {
  it('puts the front matter at byte 0 and the note inside the markers', () => {
    const file = freshNoteFile(key, note('body'));
    expect(file.startsWith('---\ntitle: T\n')).toBe(true);
    expect(file).toBe(`---\ntitle: T\ntags: []\nglossa-id: doc-1\n---\n\n${beginMarker(key)}\n\n# T\n\nbody\n\n${END_MARKER}\n`);
  });

  it('merges into an edited file: region and Glossa keys replaced, the rest byte for byte', () => {
    const original = freshNoteFile(key, note('old body'));
    const edited = original
      .replace('title: T\n', 'title: Mine\nstatus: reading\n')
      .replace(beginMarker(key), `My intro.\r\n\r\n${beginMarker(key)}`)
      .replace('old body', 'edited inside the region')
      .concat('\n## My thoughts\n\nKeep this.\n');
    const merged = mergeNoteFile(edited, key, note('new body', 'T2'));
    expect(merged).toEqual({
      ok: true,
      text: `---\ntitle: T2\ntags: []\nglossa-id: doc-1\nstatus: reading\n---\n\nMy intro.\r\n\r\n${beginMarker(key)}\n\n# T2\n\nnew body\n\n${END_MARKER}\n\n## My thoughts\n\nKeep this.\n`,
    });
  });

  it('is idempotent, restores removed front matter, and refuses a file without markers', () => {
    const file = freshNoteFile(key, note('body'));
    expect(mergeNoteFile(file, key, note('body'))).toEqual({ ok: true, text: file });
    const withoutFrontMatter = file.slice(file.indexOf('<!--'));
    expect(mergeNoteFile(withoutFrontMatter, key, note('body'))).toEqual({ ok: true, text: file });
    expect(mergeNoteFile('# my own note\n', key, note('body'))).toEqual({ ok: false, reason: 'it has no Glossa markers' });
  });
});
