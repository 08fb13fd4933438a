import { describe, expect, it, vi } from 'vitest';
import { createFakeBridge } from '../state/test-support/fake-bridge';
import { createActions } from './actions';
import type { CapturedSelection } from './reader-selection';
import { createServices } from './services';

vi.mock('../api', () => ({ glossa: null, host: 'browser' }));

/** An open article in a fake notebook, with the real stores and actions over it. */
const setup = async () => {
  const bridge = createFakeBridge({ documents: [{ title: '雲端', text: '公共云優先。大模型需要算力。' }] });
  const services = createServices(bridge);
  const actions = createActions(services, { openFilePicker: () => {} });
  await services.settings.load();
  await services.documents.load();
  const id = [...bridge.files.keys()][0];
  await actions.openDocument(id);
  return { bridge, services, actions, id };
};

describe('actions on a captured selection', () => {
  it('highlights the passage in the chosen colour, and the highlight can be undone', async () => {
    const { bridge, services, actions, id } = await setup();
    await actions.highlightSelection({ documentId: id, start: 0, end: 5 } as CapturedSelection, 'purple');
    expect(bridge.files.get(id)!.annotations).toMatchObject([{ color: 'purple', target: { quote: { exact: '公共云優先' }, position: { start: 0, end: 5 } } }]);
    expect(services.doc.store.get().selectedId).toBe(bridge.files.get(id)!.annotations[0].id);
    await actions.undo();
    expect(bridge.files.get(id)!.annotations).toHaveLength(0);
  });

  it('opens the note editor for a note, and asks the reader for its excerpt field for an excerpt', async () => {
    const { bridge, services, actions, id } = await setup();
    await actions.noteSelection({ documentId: id, start: 6, end: 9 } as CapturedSelection);
    const created = bridge.files.get(id)!.annotations[0];
    expect(services.doc.store.get().noteFocus?.id).toBe(created.id);
    actions.excerptSelection({ documentId: id, start: 6, end: 9 } as CapturedSelection);
    expect(services.ui.store.get().excerptRequest).toMatchObject({ documentId: id, start: 6, end: 9 });
  });

  it('ignores a selection of an article that is no longer open', async () => {
    const { bridge, services, actions, id } = await setup();
    const stale = { documentId: 'gone', start: 0, end: 5 } as CapturedSelection;
    await actions.highlightSelection(stale, 'yellow');
    actions.excerptSelection(stale);
    expect(bridge.files.get(id)!.annotations).toHaveLength(0);
    expect(services.ui.store.get().excerptRequest).toBeNull();
  });
});

describe('actions on the open article', () => {
  it('deletes it to the trash, closes it, and the notice’s Undo brings it back', async () => {
    const { services, actions, id } = await setup();
    await actions.deleteCurrentArticle();
    expect(services.doc.store.get().documentId).toBeNull();
    expect(services.documents.store.get().documents).toHaveLength(0);
    const notice = services.notices.store.get().notices.at(-1)!;
    expect(notice.message.key).toBe('library.deleted');
    await notice.action!.run();
    await vi.waitFor(() => expect(services.doc.store.get().documentId).toBe(id));
    expect(services.documents.store.get().documents.map((d) => d.id)).toEqual([id]);
  });

  it('asks for the article note, showing the annotations pane first', async () => {
    const { services, actions, id } = await setup();
    await services.settings.update({ hiddenPanes: ['annotations'] });
    actions.editArticleNote();
    expect(services.settings.store.get().settings.hiddenPanes).toEqual([]);
    expect(services.ui.store.get().articleNoteRequest?.documentId).toBe(id);
  });

  it('filters the annotations by colour and tag, and clears the filter', async () => {
    const { services, actions } = await setup();
    actions.filterColor('green');
    actions.filterTag('研究');
    expect(services.ui.store.get().filter).toMatchObject({ color: 'green', tag: '研究' });
    actions.clearFilter();
    expect(services.ui.store.get().filter).toMatchObject({ color: null, tag: null });
  });

  it('opens the export dialog on the whole notebook; other openings start from the article again', async () => {
    const { services, actions } = await setup();
    actions.exportNotebook();
    expect(services.ui.store.get()).toMatchObject({ dialog: 'export', exportScope: 'notebook' });
    actions.openExport();
    expect(services.ui.store.get()).toMatchObject({ dialog: 'export', exportScope: null });
  });
});
