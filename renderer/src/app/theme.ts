import type { Settings } from '../../../data/model/api';

/**
 * Theme resolution: "system" follows prefers-color-scheme. The resolved theme is written to
 * <html data-theme>, which the CSS variables in styles/theme.css key on.
 */
export type ThemeSetting = NonNullable<Settings['theme']>;
export type Theme = 'light' | 'dark';

export const systemPrefersDark = (): boolean =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)').matches
    : false;

export const resolveTheme = (setting: ThemeSetting, prefersDark: boolean): Theme =>
  setting === 'system' ? (prefersDark ? 'dark' : 'light') : setting;

/** The toggle always lands on an explicit choice: the opposite of what is on screen now. */
export const toggledTheme = (setting: ThemeSetting, prefersDark: boolean): Theme =>
  resolveTheme(setting, prefersDark) === 'dark' ? 'light' : 'dark';
