import { describe, expect, it } from 'vitest';
import { tagName, tagToHashtag } from './hashtag';

/** Obsidian's rule (letters, digits, _ - /, at least one non-digit) and Logseq's stop characters. */
const OBSIDIAN_TAG = /^#(?=[^\s#]*[^\d\s#])[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier}\u200D_/-]+$/u;
const LOGSEQ_BREAKERS = /[\s,.!?;:"'()[\]{}<>#]/;

describe('tagToHashtag', () => {
  it.each([
    ['雲端', '#雲端'],
    ['阿里云 策略', '#阿里云-策略'],
    ['2023', '#_2023'],
    ['field guide', '#field-guide'],
    ['  spaced  out  ', '#spaced-out'],
    ['edge.cases!', '#edge-cases'],
    ['a, b; c', '#a-b-c'],
    ['#already', '#already'],
    ['「引號」與(括號)', '#引號-與-括號'],
    ['項目/子項目', '#項目/子項目'],
    ['a / b', '#a/b'],
    ['//lead/trail//', '#lead/trail'],
    ['snake_case', '#snake_case'],
    ['_edge_', '#edge'],
    ['Qwen-72B', '#Qwen-72B'],
    ['2023-12', '#2023-12'],
    ['１２３', '#_１２３'],
    ['🎉', '#🎉'],
    ['👩‍💻 dev', '#👩‍💻-dev'],
    ['"quoted"', '#quoted'],
    ['!!!', '#tag'],
    ['C++', '#C'],
    ['naïve', '#naïve'],
  ])('%s -> %s', (tag, expected) => {
    expect(tagToHashtag(tag)).toBe(expected);
  });

  it('always gives a tag that Obsidian and Logseq read whole', () => {
    const hostile = ['2023', '1.5', '#1', 'a b', 'x]y', '[[link]]', 'a_', '_a', '<b>', 'q?', '10%', '.', '-', '/', '中 文', '🎉🎉', 'a\u200D'];
    for (const tag of hostile) {
      const hashtag = tagToHashtag(tag);
      expect(hashtag, tag).toMatch(OBSIDIAN_TAG);
      expect(LOGSEQ_BREAKERS.test(hashtag.slice(1)), tag).toBe(false);
    }
  });

  it('tagName is the hashtag without #', () => {
    expect(tagName('阿里云 策略')).toBe('阿里云-策略');
  });
});
