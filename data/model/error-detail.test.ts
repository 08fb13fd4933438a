import { describe, expect, it } from 'vitest';
import { ErrorDetailSchema, isImportRefusal, parseErrorDetail } from './error-detail';

describe('parseErrorDetail', () => {
  it('accepts a known reason with the parameters it needs', () => {
    expect(parseErrorDetail({ reason: 'empty', params: { file: 'a.txt' } })).toEqual({ reason: 'empty', params: { file: 'a.txt' } });
    expect(parseErrorDetail({ reason: 'server_unreachable' })).toEqual({ reason: 'server_unreachable', params: {} });
    expect(
      parseErrorDetail({ reason: 'encoding_undecodable', params: { file: 'a.txt', candidates: ['gb18030', 'big5'] } }),
    ).toMatchObject({ params: { candidates: ['gb18030', 'big5'] } });
  });

  it.each([
    ['no reason', { params: { file: 'a.txt' } }],
    ['an unknown reason', { reason: 'gremlins', params: { file: 'a.txt' } }],
    ['a missing parameter', { reason: 'empty', params: {} }],
    ['a parameter of the wrong type', { reason: 'too_large', params: { file: 'a.txt', size: '50 MB', limit: 1 } }],
    ['a negative size', { reason: 'too_large', params: { file: 'a.txt', size: -1, limit: 1 } }],
    ['an unknown cause', { reason: 'unreadable', params: { file: 'a.txt', cause: 'cosmic rays' } }],
    ['params that are not an object', { reason: 'empty', params: 'a.txt' }],
    ['a reason that is not a string', { reason: ['empty'], params: { file: 'a.txt' } }],
  ])('refuses %s, so the reader falls back to the message', (_why, error) => {
    expect(parseErrorDetail(error)).toBeUndefined();
  });

  it('drops parameters it does not know instead of passing them on', () => {
    expect(parseErrorDetail({ reason: 'binary', params: { file: 'a.png', html: '<b>' } })).toEqual({ reason: 'binary', params: { file: 'a.png' } });
  });

  it('tells import refusals from other reasons', () => {
    const reasons = ErrorDetailSchema.options.map((o) => o.shape.reason.value);
    const imports = reasons.filter((reason) => isImportRefusal({ reason } as never));
    expect(imports).toEqual(expect.arrayContaining(['empty', 'too_large', 'binary', 'encoding_ambiguous', 'unreadable']));
    expect(imports).not.toContain('server_unreachable');
    expect(imports).not.toContain('no_open_document');
  });
});
