import type { App } from 'electron';
import { SettingsPatchSchema, type Implementation, type Settings } from '../../data/model/api';
import { resolveLanguage, type Language } from '../../data/model/i18n/language';

/** The system's languages in preference order, as Electron reports them. */
export const systemLanguageTags = (app: Pick<App, 'getPreferredSystemLanguages' | 'getLocale'>): string[] => [
  ...app.getPreferredSystemLanguages(),
  app.getLocale(),
];

/**
 * The language of the host's own interface (menu, native dialogs, message boxes): the
 * notebook's setting, or for 'system' (and for a setting that is not one of ours) the first
 * system language we have a translation for. The renderer's rule, so menu and page agree.
 */
export const interfaceLanguageOf = (setting: unknown, systemTags: readonly string[]): Language => {
  const parsed = SettingsPatchSchema.shape.language.safeParse(setting);
  return resolveLanguage(parsed.success ? parsed.data : 'system', systemTags);
};

/**
 * Builds something in the current language now (the menu), and again whenever the returned
 * check finds the language changed; a check without a change costs nothing.
 */
export const followLanguage = (current: () => Language, build: (language: Language) => void): (() => void) => {
  let built = current();
  build(built);
  return () => {
    const next = current();
    if (next !== built) build((built = next));
  };
};

/**
 * The service as the IPC router sees it, calling `onSettings` after every saved settings
 * change. Settings change only through updateSettings, so this one hook is enough, and the
 * service itself stays free of host concerns.
 */
export const observeSettings = <S extends Pick<Implementation, 'updateSettings'>>(service: S, onSettings: (settings: Settings) => void): S => {
  const updateSettings: Implementation['updateSettings'] = async (input) => {
    const settings = await service.updateSettings(input);
    onSettings(settings);
    return settings;
  };
  return new Proxy(service, {
    get(target, property) {
      if (property === 'updateSettings') return updateSettings;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
};
