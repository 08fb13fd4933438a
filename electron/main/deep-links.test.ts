import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { deepLinksFromArgv, registerProtocol, type ProtocolApp } from './deep-links';

const fakeApp = (registered = false): ProtocolApp & { calls: unknown[][] } => {
  const calls: unknown[][] = [];
  return {
    calls,
    isDefaultProtocolClient: vi.fn(() => registered),
    setAsDefaultProtocolClient: vi.fn((...args: unknown[]) => {
      calls.push(args);
      return true;
    }),
  };
};

describe('the glossa: protocol', () => {
  it('registers the packaged app for glossa:', () => {
    const app = fakeApp();
    expect(registerProtocol(app, { defaultApp: false, execPath: '/opt/Glossa/glossa' })).toBe(true);
    expect(app.calls).toEqual([['glossa']]);
  });

  it('in development registers Electron with the app path, so a link opens this app', () => {
    const app = fakeApp();
    registerProtocol(app, { defaultApp: true, execPath: '/x/electron', appPath: '.' });
    expect(app.calls).toEqual([['glossa', '/x/electron', [resolve('.')]]]);
  });

  it('does not register again when it already is the handler', () => {
    const app = fakeApp(true);
    registerProtocol(app, { defaultApp: false, execPath: '/opt/Glossa/glossa' });
    expect(app.calls).toEqual([]);
  });

  it('finds the links among launch arguments and ignores everything else', () => {
    const argv = ['/opt/Glossa/glossa', '--original-process-start-time=1', 'notes.txt', 'glossa://open?doc=d1&annotation=a1', 'glossa://rm?doc=d1', 'https://open?doc=d2'];
    expect(deepLinksFromArgv(argv)).toEqual([{ documentId: 'd1', annotationId: 'a1' }]);
  });
});
