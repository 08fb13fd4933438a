import { describe, expect, it } from 'vitest';
import { renderBlockquote } from './blockquote';
import { escapeHeadingText, escapeLineStart } from './block-escape';
import { escapeInline } from './inline-escape';

describe('escapeInline', () => {
  it.each([
    ['阿里云正面向未來“下注”。', '阿里云正面向未來“下注”。'],
    ['排名 #1', '排名 \\#1'],
    ['C# and F#', 'C# and F#'],
    ['# not a tag', '# not a tag'],
    ['中文#標籤', '中文\\#標籤'],
    ['*a* _b_ snake_case', '\\*a\\* \\_b\\_ snake_case'],
    ['`code`', '\\`code\\`'],
    ['~a~ ~~b~~', '\\~a\\~ \\~\\~b\\~\\~'],
    ['5 < 6 & 7 > 3', '5 < 6 & 7 > 3'],
    ['<b>x</b>', '\\<b>x\\</b>'],
    ['<!-- c -->', '\\<!-- c -->'],
    ['&amp; &#35; &#x23; &x', '\\&amp; \\&\\#35; \\&\\#x23; &x'],
    ['[[wiki]] [a](b) [1', '\\[\\[wiki]] \\[a](b) [1'],
    ['==mark== a=b', '\\=\\=mark\\=\\= a=b'],
    ['%%hide%% 10%', '\\%\\%hide\\%\\% 10%'],
    ['$5 and $6', '\\$5 and \\$6'],
    ['x ^blockid', 'x \\^blockid'],
    ['2^10 ^[note]', '2^10 \\^\\[note]'],
    ['key:: value std::vector', 'key\\:: value std::vector'],
    ['((ref)) {{macro}}', '\\((ref)) \\{{macro}}'],
    ['C:\\Users \\* end\\', 'C:\\Users \\\\\\* end\\\\'],
    ['a | b', 'a | b'],
    ['emoji 🎉 and ！？', 'emoji 🎉 and ！？'],
  ])('%j -> %j', (text, expected) => {
    expect(escapeInline(text)).toBe(expected);
  });

  it('copies bare URLs as they are, so autolinks keep working', () => {
    expect(escapeInline('see https://x.test/a_(b)#c.')).toBe('see https://x.test/a_(b)#c.');
    expect(escapeInline('見https://x.test/#frag，後')).toBe('見https://x.test/#frag，後');
    expect(escapeInline('(www.x.test/#a)')).toBe('(www.x.test/#a)');
    // The link ends before a trailing `_`, which needs an escape: the link is broken instead.
    expect(escapeInline('(www.x.test/_a_)')).toBe('(www\\.x.test/\\_a\\_)');
  });

  it('breaks an autolink when the text after it needs an escape', () => {
    expect(escapeInline('https://x.test<b>')).toBe('https\\://x.test\\<b>');
    expect(escapeInline('https://x.test/a~')).toBe('https\\://x.test/a\\~');
    expect(escapeInline('a@b.cohttps://x.test/*')).toBe('a@b.cohttps\\://x.test/\\*');
  });

  it('looks for a closing bracket across the lines of a paragraph', () => {
    expect(escapeInline('see [the\nsource](x)')).toBe('see \\[the\nsource](x)');
  });
});

describe('escapeLineStart', () => {
  it.each([
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['-', '\\-'],
    ['+ item', '\\+ item'],
    ['> quote', '\\> quote'],
    ['1. one', '1\\. one'],
    ['2023) year', '2023\\) year'],
    ['---', '\\---'],
    ['- - -', '\\- - -'],
    ['=', '\\='],
    ['|---|:--:|', '\\|---\\|:--:\\|'],
    ['--- | ---', '\\--- \\| ---'],
    ['---:', '\\---:'],
    [':--', '\\:--'],
    ['-1 degrees', '-1 degrees'],
    ['1.5 million', '1.5 million'],
    ['plain', 'plain'],
  ])('%j -> %j', (line, expected) => {
    expect(escapeLineStart(line)).toBe(expected);
  });
});

describe('escapeHeadingText', () => {
  it('keeps a trailing # from being read as a closing sequence', () => {
    expect(escapeHeadingText('Issue #')).toBe('Issue \\#');
    expect(escapeHeadingText('C#')).toBe('C#');
    expect(escapeHeadingText('#')).toBe('\\#');
  });
});

describe('renderBlockquote', () => {
  it('prefixes every line, writes blank lines as a bare >', () => {
    expect(renderBlockquote('第一段\n第二行\n\n\n第二段')).toBe('> 第一段\n> 第二行\n>\n> 第二段');
  });

  it('drops edge spaces that would make code or hard breaks, keeps ideographic spaces', () => {
    expect(renderBlockquote('    indented  \r\n\t\ttabbed')).toBe('> indented\n> tabbed');
    expect(renderBlockquote('\u3000\u3000全角縮進')).toBe('> \u3000\u3000全角縮進');
  });

  it('trims blank lines at the edges and renders an empty quote as >', () => {
    expect(renderBlockquote('\n\n a \n\n')).toBe('> a');
    expect(renderBlockquote(' \n ')).toBe('>');
  });
});
