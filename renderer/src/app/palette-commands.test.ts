import { describe, expect, it, vi } from 'vitest';
import type { DocumentSummary } from '../../../data/model/schemas';
import { createI18n } from '../i18n/i18n-context';
import { createFakeBridge } from '../state/test-support/fake-bridge';
import { createActions, type Actions } from './actions';
import { colorLabelsFor } from './color-labels';
import { buildCommands, filterCommands, type PaletteContext } from './palette-commands';
import type { CapturedSelection } from './reader-selection';
import { createServices } from './services';

vi.mock('../api', () => ({ glossa: null, host: 'browser' }));

/** Reached some other way than the palette, on purpose. */
const NOT_COMMANDS: Record<string, string> = {
  openAnnotation: 'a card, a search hit or a link names the annotation',
  openLink: 'glossa:// links from other apps',
  commandPalette: 'the palette is already open',
};

/** The real action set, every function replaced by a spy of the same name. */
const spiedActions = () => {
  const real = createActions(createServices(createFakeBridge()), { openFilePicker: () => {} });
  return Object.fromEntries(Object.keys(real).map((name) => [name, vi.fn()])) as unknown as Actions & Record<string, ReturnType<typeof vi.fn>>;
};

const selection = { documentId: 'd1', start: 3, end: 9 } as CapturedSelection;
const documents = [{ id: 'd1', title: '雲端' }] as DocumentSummary[];

const context = (actions: Actions, overrides: Partial<PaletteContext> = {}): PaletteContext => {
  const i18n = createI18n(overrides.i18n?.language ?? 'en');
  return {
    actions,
    i18n,
    documents,
    tags: ['研究/雲'],
    colorLabels: colorLabelsFor(i18n.t, { green: 'evidence' }),
    documentId: 'd1',
    selection,
    mac: false,
    ...overrides,
  };
};

const byId = (commands: ReturnType<typeof buildCommands>, id: string) => {
  const found = commands.find((c) => c.id === id);
  if (!found) throw new Error(`no command ${id}`);
  return found;
};

describe('the command palette', () => {
  it('reaches every action', async () => {
    const actions = spiedActions();
    const commands = buildCommands(context(actions));
    for (const command of commands) await command.run();
    for (const [name, spy] of Object.entries(actions)) {
      if (name in NOT_COMMANDS) continue;
      expect(spy, `no palette command runs ${name}`).toHaveBeenCalled();
    }
  });

  it('acts on the selection it was opened with: each colour, excerpt, note', () => {
    const actions = spiedActions();
    const commands = buildCommands(context(actions));
    byId(commands, 'highlight-green').run();
    expect(actions.highlightSelection).toHaveBeenCalledWith(selection, 'green');
    byId(commands, 'excerpt').run();
    expect(actions.excerptSelection).toHaveBeenCalledWith(selection);
    byId(commands, 'note').run();
    expect(actions.noteSelection).toHaveBeenCalledWith(selection);
    // The person's name for the colour, and the key that does the same.
    expect(byId(commands, 'highlight-green')).toMatchObject({ label: 'Highlight the selection in evidence', keys: '2' });
  });

  it('leaves out what needs a selection or an open article when there is none', () => {
    const actions = spiedActions();
    const ids = buildCommands(context(actions, { selection: null, documentId: null })).map((c) => c.id);
    expect(ids.filter((id) => /^(highlight-|excerpt$|note$)/.test(id))).toEqual([]);
    expect(ids).not.toContain('delete-article');
    expect(ids).not.toContain('edit-article-note');
    expect(ids.filter((id) => id.startsWith('filter-'))).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['search', 'welcome', 'export-notebook', 'theme', 'library', 'trash', 'backups']));
  });

  it('runs each family with its argument: filters, tag collections, languages, articles', () => {
    const actions = spiedActions();
    const commands = buildCommands(context(actions));
    byId(commands, 'filter-color-pink').run();
    expect(actions.filterColor).toHaveBeenCalledWith('pink');
    byId(commands, 'filter-tag-研究/雲').run();
    expect(actions.filterTag).toHaveBeenCalledWith('研究/雲');
    byId(commands, 'excerpts-tag-研究/雲').run();
    expect(actions.showTagExcerpts).toHaveBeenCalledWith('研究/雲');
    byId(commands, 'language-zh-Hant').run();
    expect(actions.setLanguage).toHaveBeenCalledWith('zh-Hant');
    byId(commands, 'open-d1').run();
    expect(actions.openDocument).toHaveBeenCalledWith('d1');
  });

  it('shows the declared keys beside the commands that have them', () => {
    const commands = buildCommands(context(spiedActions()));
    expect(byId(commands, 'export').keys).toBe('Ctrl+Shift+E');
    expect(byId(commands, 'export-notebook').keys).toBe('Ctrl+E');
    expect(byId(commands, 'theme').keys).toBe('Ctrl+Shift+L');
    expect(byId(commands, 'library').keys).toBe('Ctrl+Shift+1');
    expect(byId(commands, 'search').keys).toBe('Ctrl+F');
    expect(byId(commands, 'zoom-in').keys).toBe('Ctrl+Shift+.');
  });

  it('finds commands by their English words in a Chinese interface', () => {
    const commands = buildCommands(context(spiedActions(), { i18n: createI18n('zh-Hant') }));
    expect(filterCommands(commands, 'dark').map((c) => c.label)).toEqual(['切換淺色／深色主題']);
    expect(filterCommands(commands, 'yellow annotations').map((c) => c.id)).toEqual(['filter-color-yellow']);
    expect(filterCommands(commands, '刪除 開啟的文章').map((c) => c.id)).toEqual(['delete-article']);
  });
});
