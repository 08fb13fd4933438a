import { describe, expect, it } from 'vitest';
import { browserCommand } from './open-browser';

describe('browserCommand', () => {
  it("uses each platform's own opener", () => {
    const url = 'http://127.0.0.1:5000/?token=abc_-1';
    expect(browserCommand(url, 'linux')).toEqual(['xdg-open', [url]]);
    expect(browserCommand(url, 'darwin')).toEqual(['open', [url]]);
    expect(browserCommand(url, 'win32')).toEqual(['cmd', ['/d', '/c', 'start', '""', url]]);
  });
});
