import { describe, expect, it } from 'vitest';
import type { Block } from '../../../data/model/schemas';
import { formatMessage } from './format-message';
import { linkHref } from './link-href';
import { readerMessages } from '../../../data/model/i18n/reader-messages';
import { guessTextLanguage } from './text-language';
import { titleToShow } from './title-header';

const p = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });

describe('linkHref', () => {
  it('keeps absolute http(s) and mailto links only', () => {
    expect(linkHref('https://example.com/x?y=1')).toBe('https://example.com/x?y=1');
    expect(linkHref('http://example.com')).toBe('http://example.com/');
    expect(linkHref('mailto:a@b.c')).toBe('mailto:a@b.c');
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '/relative', 'vbscript:x', '', undefined]) {
      expect(linkHref(bad)).toBeUndefined();
    }
  });
});

describe('titleToShow', () => {
  const h1: Block = { kind: 'heading', level: 1, runs: [{ text: '阿里云正面向未來“下注”' }] };
  it('hides the title when the first block is the same h1', () => {
    expect(titleToShow({ title: ' 阿里云正面向未來“下注” ', blocks: [h1, p('x')] })).toBeNull();
  });
  it('shows it otherwise', () => {
    expect(titleToShow({ title: 'Other', blocks: [h1] })).toBe('Other');
    expect(titleToShow({ title: '阿里云正面向未來“下注”', blocks: [{ ...h1, level: 2 }] })).toBe('阿里云正面向未來“下注”');
    expect(titleToShow({ title: 'T', blocks: [] })).toBe('T');
    expect(titleToShow({ title: '  ', blocks: [p('x')] })).toBeNull();
  });
});

describe('guessTextLanguage', () => {
  it('tells Traditional from Simplified Chinese and leaves other text alone', () => {
    expect(guessTextLanguage([p('這個國家的經濟發展與時代對話,我們來說說。')])).toBe('zh-Hant');
    expect(guessTextLanguage([p('这个国家的经济发展与时代对话,我们来说说。')])).toBe('zh-Hans');
    expect(guessTextLanguage([p('An English article about clouds, with one word: 雲.')])).toBeUndefined();
  });
});

describe('messages', () => {
  it('has the same keys in every locale', () => {
    const keys = Object.keys(readerMessages.en).sort();
    expect(Object.keys(readerMessages['zh-Hant']).sort()).toEqual(keys);
    expect(Object.keys(readerMessages['zh-Hans']).sort()).toEqual(keys);
  });

  it('fills placeholders', () => {
    expect(formatMessage(readerMessages['zh-Hant']['reader.toolbar.highlight'], { color: '黃色' })).toBe('以黃色標示');
    expect(formatMessage('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });
});
