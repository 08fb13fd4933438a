import { describe, expect, it, vi } from 'vitest';
import type { EventName, EventPayloads } from '../../data/model/api';
import { eventChannel } from '../../data/model/channels';
import { forwardServiceEvents, sendMenuCommand, sendOpenLink, type EventSource } from './event-forwarding';
import { WindowRegistry, type RegisteredWindow } from './window-registry';

/** A window whose 'closed' can be fired and whose sends are recorded. */
const fakeWindow = (id: number) => {
  let onClosed = () => {};
  let destroyed = false;
  const win = {
    once: (_event: 'closed', cb: () => void) => {
      onClosed = cb;
      return win;
    },
    isDestroyed: () => destroyed,
    webContents: { id, send: vi.fn(), isDestroyed: () => destroyed },
    close: () => {
      destroyed = true;
      onClosed();
    },
  };
  return win as typeof win & RegisteredWindow;
};
type FakeWindow = ReturnType<typeof fakeWindow>;

type Listener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

const fakeService = () => {
  const listeners = new Set<Listener>();
  const service: EventSource = {
    onEvent: (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => listeners.forEach((l) => l(event, payload));
  return { service, emit, listeners };
};

describe('WindowRegistry', () => {
  it('tracks the webContents ids of open windows only', () => {
    const registry = new WindowRegistry<FakeWindow>();
    const a = registry.add(fakeWindow(1));
    registry.add(fakeWindow(2));
    expect([...registry.contentsIds]).toEqual([1, 2]);
    a.close();
    expect([...registry.contentsIds]).toEqual([2]);
    expect(registry.main()?.webContents.id).toBe(2);
    expect(registry.has(a)).toBe(false);
  });
});

describe('forwardServiceEvents', () => {
  it('sends importProgress and notebookChanged to every open window on their event channels', () => {
    const registry = new WindowRegistry<FakeWindow>();
    const a = registry.add(fakeWindow(1));
    const b = registry.add(fakeWindow(2));
    const { service, emit, listeners } = fakeService();
    const stop = forwardServiceEvents(service, registry);
    emit('importProgress', { done: 1, total: 2, file: '文章.txt' });
    b.close();
    emit('notebookChanged', { documentIds: ['d1'] });
    expect(a.webContents.send.mock.calls).toEqual([
      [eventChannel('importProgress'), { done: 1, total: 2, file: '文章.txt' }],
      [eventChannel('notebookChanged'), { documentIds: ['d1'] }],
    ]);
    expect(b.webContents.send).toHaveBeenCalledTimes(1);
    stop();
    expect(listeners.size).toBe(0);
  });
});

describe('sendMenuCommand', () => {
  it('goes to the focused window when it is ours, else to the main window', () => {
    const registry = new WindowRegistry<FakeWindow>();
    const a = registry.add(fakeWindow(1));
    const b = registry.add(fakeWindow(2));
    sendMenuCommand(registry, 'undo', b);
    sendMenuCommand(registry, 'zoomIn', { webContents: { id: 666, send: vi.fn() } });
    expect(b.webContents.send).toHaveBeenCalledWith(eventChannel('menuCommand'), { command: 'undo' });
    expect(a.webContents.send).toHaveBeenCalledWith(eventChannel('menuCommand'), { command: 'zoomIn' });
  });

  it('does nothing when no window is open', () => {
    expect(sendMenuCommand(new WindowRegistry<FakeWindow>(), 'redo')).toBe(false);
  });
});

describe('sendOpenLink', () => {
  it('sends a passage link to the main window only', () => {
    const windows = new WindowRegistry<FakeWindow>();
    const first = windows.add(fakeWindow(1));
    const second = windows.add(fakeWindow(2));
    expect(sendOpenLink(windows, { documentId: 'd1', annotationId: 'a1' })).toBe(true);
    expect(first.webContents.send).toHaveBeenCalledWith(eventChannel('openLink'), { documentId: 'd1', annotationId: 'a1' });
    expect(second.webContents.send).not.toHaveBeenCalled();
  });

  it('reports when no window can take it', () => {
    const windows = new WindowRegistry<FakeWindow>();
    windows.add(fakeWindow(1)).close();
    expect(sendOpenLink(windows, { documentId: 'd1' })).toBe(false);
  });
});
