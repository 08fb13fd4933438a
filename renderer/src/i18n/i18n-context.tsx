import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { lookup, plural, translate, type Params } from '../../../data/model/i18n/catalogue';
import { errorText, type ShownError } from '../../../data/model/i18n/error-text';
import type { Language } from '../../../data/model/i18n/language';
import type { MessageKey } from '../../../data/model/i18n/messages-en';

/** The current language and its helpers, for every component below <I18nProvider>. */
export interface I18n {
  language: Language;
  t: (key: MessageKey, params?: Params) => string;
  /** Count-dependent text from `key.one` / `key.other`. */
  tn: (key: string, count: number, params?: Params) => string;
  /** Untyped lookup: the reader's keys, and message keys stored in notices. */
  lookup: (key: string, params?: Params) => string;
  /** Date and time in the interface language. */
  formatDateTime: (iso: string) => string;
  formatDate: (iso: string) => string;
  /** A failure in the interface language, from its reason; its English message when unknown. */
  errorText: (error: ShownError, about?: { file?: string }) => string;
}

export const createI18n = (language: Language): I18n => {
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const safe = (f: Intl.DateTimeFormat) => (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : f.format(d);
  };
  return {
    language,
    t: (key, params) => translate(language, key, params),
    tn: (key, count, params) => plural(language, key, count, params),
    lookup: (key, params) => lookup(language, key, params),
    formatDateTime: safe(dateTime),
    formatDate: safe(date),
    errorText: (error, about) => errorText(language, error, about),
  };
};

const I18nContext = createContext<I18n>(createI18n('en'));

export const I18nProvider = ({ language, children }: { language: Language; children: ReactNode }) => {
  const value = useMemo(() => createI18n(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

export const useI18n = (): I18n => useContext(I18nContext);
