import type { GlossaBridge, Settings } from '../../../data/model/api';
import { createStore } from './create-store';
import { errorParam, type NoticesStore } from './notices-store';

/**
 * Preferences live in the notebook (library.json), not localStorage, so they follow the
 * notebook across hosts and browser-mode ports. Updates are optimistic: the UI changes at
 * once and the save happens behind it.
 */
export type ResolvedSettings = Required<Settings>;

export const DEFAULT_FONT_SIZE = 18;
export const FONT_SIZE_MIN = 12;
export const FONT_SIZE_MAX = 32;

export const DEFAULT_SETTINGS: ResolvedSettings = {
  theme: 'system',
  language: 'system',
  fontSize: DEFAULT_FONT_SIZE,
  paneWidths: [260, 380],
  hiddenPanes: [],
  welcomeShown: false,
  /** No colour has a name until the person gives it one (tag manager → colour names). */
  colorNames: {},
};

export interface SettingsState {
  loaded: boolean;
  settings: ResolvedSettings;
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

export const clampFontSize = (size: number): number =>
  Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, Math.round(size)));

export const createSettingsStore = (bridge: GlossaBridge, notices: NoticesStore) => {
  const store = createStore<SettingsState>({ loaded: false, settings: DEFAULT_SETTINGS });

  const update = async (patch: Settings): Promise<void> => {
    store.set((s) => ({ ...s, settings: { ...s.settings, ...patch } }));
    const result = await bridge.updateSettings({ patch });
    if (!result.ok) notices.error('error.saveSettings', { message: errorParam(result.error) });
  };

  return {
    store,
    update,
    /** Change the UI without saving (a pane being dragged); save with update() at the end. */
    preview(patch: Settings) {
      store.set((s) => ({ ...s, settings: { ...s.settings, ...patch } }));
    },
    async load(): Promise<ResolvedSettings> {
      const result = await bridge.getSettings({});
      if (!result.ok) notices.error('error.loadSettings', { message: errorParam(result.error) });
      const settings = { ...DEFAULT_SETTINGS, ...(result.ok ? result.value : {}) };
      store.set({ loaded: true, settings });
      return settings;
    },
    setFontSize(size: number) {
      return update({ fontSize: clampFontSize(size) });
    },
    togglePane(pane: 'library' | 'annotations') {
      const hidden = store.get().settings.hiddenPanes;
      return update({
        hiddenPanes: hidden.includes(pane) ? hidden.filter((p) => p !== pane) : [...hidden, pane],
      });
    },
  };
};
