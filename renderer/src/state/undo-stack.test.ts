import { describe, expect, it } from 'vitest';
import { createDocumentStore } from './document-store';
import { createNoticesStore } from './notices-store';
import { createFakeBridge } from './test-support/fake-bridge';

/** The undo stack through the document store, against an in-memory notebook. */
const setup = async () => {
  const bridge = createFakeBridge({ documents: [{ title: '文章', text: '第一段文字，足夠長的內容。\n\nSecond paragraph here.' }] });
  const notices = createNoticesStore({ setTimer: () => 0 });
  let now = 0;
  const doc = createDocumentStore(bridge, notices, { now: () => now, coalesceMs: 2000 });
  const documentId = [...bridge.files.keys()][0];
  await doc.open(documentId);
  const stored = () => bridge.files.get(documentId)!.annotations;
  const tick = (ms: number) => (now += ms);
  return { bridge, doc, notices, documentId, stored, tick };
};

describe('undo stack', () => {
  it('create -> undo deletes it -> redo brings it back from the trash, same id', async () => {
    const { doc, stored } = await setup();
    const created = await doc.create({ start: 0, end: 4, color: 'green', intent: 'excerpt', tags: ['歷史'] });
    expect(stored()).toHaveLength(1);

    await doc.undo.undo();
    expect(stored()).toHaveLength(0);
    expect(doc.store.get().annotations).toHaveLength(0);

    await doc.undo.redo();
    expect(stored()).toHaveLength(1);
    const back = stored()[0];
    expect(back).toEqual(created);
    expect(doc.undo.resolveId(created!.id)).toBe(created!.id);
  });

  it('with the trash emptied meanwhile, redo makes it again under a new id', async () => {
    const { doc, stored, bridge } = await setup();
    const created = await doc.create({ start: 0, end: 4, color: 'green', intent: 'excerpt', tags: ['歷史'] });
    await doc.undo.undo();
    await bridge.emptyTrash({});
    await doc.undo.redo();
    const back = stored()[0];
    expect(back.id).not.toBe(created!.id);
    expect(back).toMatchObject({ color: 'green', tags: ['歷史'], target: { position: { start: 0, end: 4 } } });
    expect(doc.undo.resolveId(created!.id)).toBe(back.id);
  });

  it('update -> undo restores the old values -> redo applies the new ones', async () => {
    const { doc, stored } = await setup();
    const a = await doc.create({ start: 0, end: 4, color: 'yellow', intent: 'highlight', tags: [] });
    await doc.update(a!.id, { color: 'blue', tags: ['a', 'b'] });
    expect(stored()[0]).toMatchObject({ color: 'blue', tags: ['a', 'b'] });

    await doc.undo.undo();
    expect(stored()[0]).toMatchObject({ color: 'yellow', tags: [] });
    expect(doc.store.get().annotations[0]).toMatchObject({ color: 'yellow', tags: [] });

    await doc.undo.redo();
    expect(stored()[0]).toMatchObject({ color: 'blue', tags: ['a', 'b'] });
  });

  it('coalesces a burst of note typing into one step', async () => {
    const { doc, stored, tick } = await setup();
    const a = await doc.create({ start: 0, end: 4, color: 'yellow', intent: 'note', tags: [] });
    const key = { coalesceKey: `note:${a!.id}` };
    for (const text of ['思', '思考', '思考中', '思考中…']) {
      tick(700);
      await doc.update(a!.id, { note: text }, key);
    }
    expect(stored()[0].note).toBe('思考中…');

    await doc.undo.undo();
    expect(stored()[0].note).toBe('');
    // One more undo removes the annotation itself: the typing was a single step.
    await doc.undo.undo();
    expect(stored()).toHaveLength(0);
  });

  it('starts a new step after a pause, after seal() (blur), and for another note', async () => {
    const { doc, stored, tick } = await setup();
    const a = await doc.create({ start: 0, end: 4, color: 'yellow', intent: 'note', tags: [] });
    const key = { coalesceKey: `note:${a!.id}` };
    await doc.update(a!.id, { note: 'one' }, key);
    tick(5000);
    await doc.update(a!.id, { note: 'one two' }, key);
    doc.undo.seal();
    await doc.update(a!.id, { note: 'one two three' }, key);

    await doc.undo.undo();
    expect(stored()[0].note).toBe('one two');
    await doc.undo.undo();
    expect(stored()[0].note).toBe('one');
    await doc.undo.undo();
    expect(stored()[0].note).toBe('');
  });

  it('remaps ids: steps recorded before a delete/re-create still reach the annotation', async () => {
    const { doc, stored, bridge } = await setup();
    const a = await doc.create({ start: 0, end: 4, color: 'yellow', intent: 'highlight', tags: [] });
    await doc.update(a!.id, { note: 'kept' });
    await doc.remove(a!.id);
    expect(stored()).toHaveLength(0);
    // Gone from the trash too, so every way back is a re-creation with a new id.
    const emptied = () => bridge.emptyTrash({});
    await emptied();

    await doc.undo.undo(); // delete undone: re-created with a new id and the note
    expect(stored()).toHaveLength(1);
    const second = stored()[0];
    expect(second.id).not.toBe(a!.id);
    expect(second.note).toBe('kept');

    await doc.undo.undo(); // the note edit, recorded against the old id
    expect(stored()[0]).toMatchObject({ id: second.id, note: '' });
    await doc.undo.undo(); // the create: deletes the re-created one
    expect(stored()).toHaveLength(0);
    await emptied();

    await doc.undo.redo(); // create again: a third id
    await doc.undo.redo(); // the note edit follows the chain a -> second -> third
    expect(stored()[0].note).toBe('kept');
    await doc.undo.redo(); // and the delete finds it too
    expect(stored()).toHaveLength(0);
    expect(doc.undo.store.get()).toMatchObject({ canUndo: true, canRedo: false });
  });

  it('undoes and redoes the article note', async () => {
    const { doc, bridge, documentId, tick } = await setup();
    const key = { coalesceKey: `document-note:${documentId}` };
    await doc.setDocumentNote('# 想法', key);
    tick(500);
    await doc.setDocumentNote('# 想法\n\n更多', key);
    await doc.undo.undo();
    expect(bridge.files.get(documentId)!.document.note).toBe('');
    expect(doc.store.get().document!.note).toBe('');
    await doc.undo.redo();
    expect(bridge.files.get(documentId)!.document.note).toBe('# 想法\n\n更多');
  });

  it('a new change clears the redo side; undo with nothing to undo does nothing', async () => {
    const { doc } = await setup();
    expect(await doc.undo.undo()).toBeNull();
    const a = await doc.create({ start: 0, end: 4, color: 'yellow', intent: 'highlight', tags: [] });
    await doc.undo.undo();
    expect(doc.undo.store.get().canRedo).toBe(true);
    await doc.create({ start: 5, end: 8, color: 'pink', intent: 'highlight', tags: [] });
    expect(doc.undo.store.get().canRedo).toBe(false);
    expect(a).not.toBeNull();
  });

  it('runs rapid undos one after another, never interleaved', async () => {
    const { doc, stored } = await setup();
    await doc.create({ start: 0, end: 4, color: 'yellow', intent: 'highlight', tags: [] });
    await doc.create({ start: 5, end: 8, color: 'pink', intent: 'highlight', tags: [] });
    await Promise.all([doc.undo.undo(), doc.undo.undo()]);
    expect(stored()).toHaveLength(0);
    await Promise.all([doc.undo.redo(), doc.undo.redo()]);
    expect(stored().map((a) => a.color).sort()).toEqual(['pink', 'yellow']);
  });
});
