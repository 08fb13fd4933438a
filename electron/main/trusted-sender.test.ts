import { describe, expect, it } from 'vitest';
import { describeSender, makeIsTrustedSender } from './trusted-sender';

const APP_URL = 'file:///app/out/renderer/index.html';

describe('makeIsTrustedSender', () => {
  it('follows the live set of our webContents ids', () => {
    const ids = new Set<number>();
    const isTrusted = makeIsTrustedSender(ids, APP_URL);
    const event = { sender: { id: 3 }, senderFrame: { url: `${APP_URL}#/doc/1`, parent: null } };
    expect(isTrusted(event)).toBe(false);
    ids.add(3);
    expect(isTrusted(event)).toBe(true);
    ids.delete(3);
    expect(isTrusted(event)).toBe(false);
  });

  it('refuses DevTools and any page that is not our index.html, even in our window', () => {
    const isTrusted = makeIsTrustedSender(new Set([3]), APP_URL);
    for (const url of ['devtools://devtools/bundled/inspector.html', 'about:blank', 'file:///app/out/renderer/other.html', 'https://evil.com/']) {
      expect(isTrusted({ sender: { id: 3 }, senderFrame: { url, parent: null } })).toBe(false);
    }
  });
});

describe('describeSender', () => {
  it('survives a destroyed frame', () => {
    expect(describeSender({ sender: { id: 3 }, senderFrame: null })).toBe('webContents 3, frame (gone)');
    const destroyed = {
      get sender(): { id: number } {
        throw new Error('Object has been destroyed');
      },
      senderFrame: null,
    };
    expect(describeSender(destroyed)).toBe('an unknown sender');
  });
});
