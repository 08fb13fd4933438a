import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayloads } from '../../data/model/api';
import type { NotebookService } from '../../data/service';
import { useTempDirs } from '../../data/test-support/temp-dir';
// The one deliberate crossing of the import rules: the renderer's HTTP client is tested
// against the real server, which neither side may import on its own.
// eslint-disable-next-line glossa/import-boundaries
import { createHttpBridge } from '../../renderer/src/api/http-bridge';
import { startServer, type RunningServer } from './start-server';
import { makeRendererDir, openService } from './test-helpers';

const tempDir = useTempDirs();
let service: NotebookService;
let server: RunningServer;
let subscribers = 0;

beforeEach(async () => {
  service = await openService(tempDir('notebook'));
  // Counts live event subscriptions, so the test knows when the stream is connected.
  const onEvent = service.onEvent.bind(service);
  subscribers = 0;
  service.onEvent = (listener) => {
    subscribers++;
    const off = onEvent(listener);
    return () => {
      subscribers--;
      return off();
    };
  };
  server = await startServer({ service, rendererDir: makeRendererDir(tempDir('renderer')) });
});
afterEach(() => server.close());

const baseUrl = () => `http://127.0.0.1:${server.port}`;

describe("the renderer's HTTP bridge against glossa serve", () => {
  it('calls operations and receives events over one stream', async () => {
    const bridge = createHttpBridge({ baseUrl: baseUrl(), token: server.token });
    const changes: EventPayloads['notebookChanged'][] = [];
    const offChanged = bridge.on('notebookChanged', (p) => changes.push(p));
    const offProgress = bridge.on('importProgress', () => {});
    await expect.poll(() => subscribers).toBe(1);

    const imported = await bridge.importText({ text: '阿里云宣布公共云優先。', title: '雲' });
    expect(imported).toMatchObject({ ok: true, value: { title: '雲' } });
    if (!imported.ok) return;
    await expect.poll(() => changes).toEqual([{ documentIds: [imported.value.id] }]);
    expect(await bridge.listDocuments({})).toEqual({ ok: true, value: [imported.value] });
    expect(await bridge.getDocument({ id: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    offChanged();
    expect(subscribers).toBe(1);
    offProgress();
    await expect.poll(() => subscribers).toBe(0);
  });

  it('turns a wrong token and a stopped server into io Results', async () => {
    const wrong = createHttpBridge({ baseUrl: baseUrl(), token: 'A'.repeat(43) });
    expect(await wrong.listDocuments({})).toMatchObject({ ok: false, error: { code: 'io', message: /expired/ } });
    expect(await service.listDocuments()).toEqual([]);

    const bridge = createHttpBridge({ baseUrl: baseUrl(), token: server.token });
    await server.close();
    expect(await bridge.listDocuments({})).toMatchObject({ ok: false, error: { code: 'io', message: /not answering/ } });
  });
});
