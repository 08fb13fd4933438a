import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../data/model/api';
import type { Language } from '../../data/model/i18n/language';
import { followLanguage, interfaceLanguageOf, observeSettings, systemLanguageTags } from './interface-language';

describe('interfaceLanguageOf', () => {
  it('follows the setting, else the first system language we translate', () => {
    expect(interfaceLanguageOf('zh-Hant', ['en-US'])).toBe('zh-Hant');
    expect(interfaceLanguageOf('system', ['fr-FR', 'zh-TW'])).toBe('zh-Hant');
    expect(interfaceLanguageOf('system', ['zh-CN'])).toBe('zh-Hans');
    expect(interfaceLanguageOf(undefined, ['de'])).toBe('en');
    // library.json is a file people may edit: anything else counts as 'system'.
    expect(interfaceLanguageOf('klingon', ['zh-HK'])).toBe('zh-Hant');
  });

  it('asks Electron for the preferred system languages, then the locale', () => {
    const app = { getPreferredSystemLanguages: () => ['fr-CA'], getLocale: () => 'zh-TW' };
    expect(systemLanguageTags(app)).toEqual(['fr-CA', 'zh-TW']);
    expect(interfaceLanguageOf('system', systemLanguageTags(app))).toBe('zh-Hant');
  });
});

describe('followLanguage', () => {
  it('builds at once, and again only when the language really changed', () => {
    let language: Language = 'en';
    const build = vi.fn();
    const check = followLanguage(() => language, build);
    expect(build.mock.calls).toEqual([['en']]);
    check();
    expect(build).toHaveBeenCalledTimes(1);
    language = 'zh-Hant';
    check();
    check();
    expect(build.mock.calls).toEqual([['en'], ['zh-Hant']]);
  });
});

describe('observeSettings', () => {
  class Service {
    settings: Settings = { language: 'system' };
    calls = 0;
    async updateSettings({ patch }: { patch: Settings }) {
      this.settings = { ...this.settings, ...patch };
      return this.settings;
    }
    async getSettings() {
      this.calls += 1;
      return this.settings;
    }
  }

  it('reports each saved change and passes every other call through to the service', async () => {
    const service = new Service();
    const seen = vi.fn();
    const hosted = observeSettings(service, seen);
    await expect(hosted.updateSettings({ patch: { language: 'zh-Hans' } })).resolves.toEqual({ language: 'zh-Hans' });
    expect(seen).toHaveBeenCalledWith({ language: 'zh-Hans' });
    // Methods keep their own `this`: the state is the service's.
    await expect(hosted.getSettings()).resolves.toEqual({ language: 'zh-Hans' });
    expect(service.calls).toBe(1);
  });

  it('reports nothing when the save failed', async () => {
    const service = new Service();
    service.updateSettings = async () => {
      throw new Error('disk full');
    };
    const seen = vi.fn();
    await expect(observeSettings(service, seen).updateSettings({ patch: { language: 'en' } })).rejects.toThrow('disk full');
    expect(seen).not.toHaveBeenCalled();
  });
});
