/**
 * The interface languages and how the system's preference maps onto them. Chinese is split by
 * script, not region: Taiwan, Hong Kong and Macau read Traditional; the mainland, Singapore
 * and a bare "zh" read Simplified.
 */
export const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageSetting = Language | 'system';

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/** One BCP 47 tag -> our language, or null when we have no translation for it. */
export const languageOfTag = (tag: string): Language | null => {
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] === 'en') return 'en';
  if (parts[0] !== 'zh') return null;
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('hans')) return 'zh-Hans';
  return parts.slice(1).some((p) => TRADITIONAL_REGIONS.has(p)) ? 'zh-Hant' : 'zh-Hans';
};

/** The first of the person's languages that we speak (navigator.languages order), else English. */
export const detectLanguage = (languages: readonly string[]): Language => {
  for (const tag of languages) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return 'en';
};

export const resolveLanguage = (setting: LanguageSetting | undefined, languages: readonly string[]): Language =>
  setting && setting !== 'system' ? setting : detectLanguage(languages);

/** Each language's own name, so a person can find theirs whatever the current language. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  'zh-Hant': '繁體中文',
  'zh-Hans': '简体中文',
};
