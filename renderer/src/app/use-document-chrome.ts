import { useEffect, useState } from 'react';
import type { Language } from '../../../data/model/i18n/language';
import { resolveTheme, type Theme, type ThemeSetting } from './theme';

/**
 * What the app sets on <html>: the resolved theme (data-theme) and the language (lang, which
 * also makes the browser pick Traditional or Simplified glyphs from the CJK fonts).
 */
export const useSystemDark = (): boolean => {
  const [query] = useState(() =>
    typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null,
  );
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return dark;
};

export const useDocumentChrome = (setting: ThemeSetting, language: Language): Theme => {
  const theme = resolveTheme(setting, useSystemDark());
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return theme;
};
