import { describe, expect, it } from 'vitest';
import { yamlDoubleQuoted, yamlString } from './yaml-scalar';

describe('yamlString', () => {
  it.each([
    ['阿里云正面向未來“下注”', '阿里云正面向未來“下注”'],
    ['Plain title', 'Plain title'],
    ['article.zh.txt', 'article.zh.txt'],
    ['阿里云：公共云優先', '阿里云：公共云優先'],
  ])('keeps %j plain', (value, expected) => {
    expect(yamlString(value)).toBe(expected);
  });

  it.each([
    ['a: b', '"a: b"'],
    ['https://x.test/#a', '"https://x.test/#a"'],
    ['#tag', '"#tag"'],
    ['- item', '"- item"'],
    ['say "hi"', '"say \\"hi\\""'],
    ["it's", '"it\'s"'],
    [' padded ', '" padded "'],
    ['', '""'],
    ['true', '"true"'],
    ['No', '"No"'],
    ['null', '"null"'],
    ['2023', '"2023"'],
    ['12月1日', '"12月1日"'],
    ['~', '"~"'],
    ['.inf', '".inf"'],
    ['[a, b]', '"[a, b]"'],
    ['{x}', '"{x}"'],
    ['a\\b', '"a\\\\b"'],
    ['line\nbreak', '"line\\nbreak"'],
    ['tab\there', '"tab\\there"'],
    ['bell\u0007', '"bell\\x07"'],
    ['sep\u2028', '"sep\\L"'],
    ['\uFEFFbom', '"\\uFEFFbom"'],
    ['*bold*', '"*bold*"'],
    ['& anchor', '"& anchor"'],
    ['!tag', '"!tag"'],
    ['| pipe', '"| pipe"'],
    ['> fold', '"> fold"'],
    ['%percent', '"%percent"'],
    ['@at', '"@at"'],
    ['`tick`', '"`tick`"'],
    ['?', '"?"'],
  ])('quotes %j', (value, expected) => {
    expect(yamlString(value)).toBe(expected);
  });

  it('replaces a lone surrogate instead of writing invalid YAML', () => {
    expect(yamlDoubleQuoted('a\uD800b')).toBe('"a\\uFFFDb"');
    expect(yamlString('🎉')).toBe('🎉');
  });
});
