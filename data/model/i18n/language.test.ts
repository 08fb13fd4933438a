import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOfTag, resolveLanguage } from './language';

describe('language detection', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh_TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['en-GB', 'en'],
    ['EN', 'en'],
  ])('%s -> %s', (tag, language) => {
    expect(languageOfTag(tag)).toBe(language);
  });

  it('takes the first language we speak, in the person’s order, else English', () => {
    expect(detectLanguage(['fr-FR', 'zh-TW', 'en'])).toBe('zh-Hant');
    expect(detectLanguage(['en-US', 'zh-CN'])).toBe('en');
    expect(detectLanguage(['ja', 'de'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });

  it('lets the setting override the system', () => {
    expect(resolveLanguage('zh-Hans', ['zh-TW'])).toBe('zh-Hans');
    expect(resolveLanguage('system', ['zh-TW'])).toBe('zh-Hant');
    expect(resolveLanguage(undefined, ['zh-HK'])).toBe('zh-Hant');
  });
});
