import { describe, expect, it } from 'vitest';
import { sniffHtmlCharset } from './html-charset';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('sniffHtmlCharset', () => {
  it.each([
    ['<meta charset="big5">', 'big5'],
    ["<meta charset='GB2312'>", 'gb18030'],
    ['<meta charset=gbk>', 'gb18030'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=Big5-HKSCS">', 'big5'],
    ['<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=shift_jis">', 'shift_jis'],
    ['<meta charset="iso-8859-1">', 'windows-1252'],
  ])('finds %s', (meta, encoding) => {
    expect(sniffHtmlCharset(bytes(`<!doctype html><html><head>${meta}</head>`))).toBe(encoding);
  });

  it('ignores Unicode declarations, unknown names and anything after the first 1024 bytes', () => {
    expect(sniffHtmlCharset(bytes('<meta charset="utf-8">'))).toBeUndefined();
    expect(sniffHtmlCharset(bytes('<meta charset="no-such-encoding">'))).toBeUndefined();
    expect(sniffHtmlCharset(bytes('<meta charset="constructor">'))).toBeUndefined();
    expect(sniffHtmlCharset(bytes(`<html>${' '.repeat(1100)}<meta charset="big5">`))).toBeUndefined();
    expect(sniffHtmlCharset(bytes('<p>charset=big5 in text is not a declaration</p>'))).toBeUndefined();
  });
});
