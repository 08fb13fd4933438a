import { en, type MessageKey, type Messages } from './messages-en';
import { zhHans } from './messages-zh-hans';
import { zhHant } from './messages-zh-hant';
import { readerMessages } from './reader-messages';
import type { Language } from './language';

/**
 * One catalogue for the whole interface: the shell's messages plus the reader's, per language.
 * Lookups fall back to English, then to the key itself, so a gap shows up as a visible key
 * rather than an empty button (and the completeness test fails).
 */
export type Params = Record<string, string | number>;

export const appMessages: Record<Language, Messages> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

const merged: Record<Language, Record<string, string>> = {
  en: { ...readerMessages.en, ...en },
  'zh-Hant': { ...readerMessages['zh-Hant'], ...zhHant },
  'zh-Hans': { ...readerMessages['zh-Hans'], ...zhHans },
};

export const format = (template: string, params?: Params): string =>
  params ? template.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all)) : template;

/** Any key, the reader's included: what the Reader's `t` prop receives. */
export const lookup = (language: Language, key: string, params?: Params): string =>
  format(merged[language][key] ?? merged.en[key] ?? key, params);

export const translate = (language: Language, key: MessageKey, params?: Params): string => lookup(language, key, params);

/** Keys ending in .one/.other: English needs both; Chinese uses the same text for both. */
export const plural = (
  language: Language,
  key: string,
  count: number,
  params: Params = {},
): string => lookup(language, `${key}.${count === 1 ? 'one' : 'other'}`, { count, ...params });
