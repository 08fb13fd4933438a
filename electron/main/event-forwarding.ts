import type { EventName, EventPayloads, MenuCommand } from '../../data/model/api';
import { sendTo, type RegisteredWindow, type WindowRegistry } from './window-registry';

/** NotebookService.onEvent's shape, without importing the service (and its store) here. */
export interface EventSource {
  onEvent(listener: <E extends EventName>(event: E, payload: EventPayloads[E]) => void): () => void;
}

/**
 * Service events (importProgress, notebookChanged) go to every window of ours, so a view
 * refreshes whichever host made the change (a menu import, a second launch, a renderer call).
 * Returns the unsubscribe function.
 */
export const forwardServiceEvents = (service: EventSource, windows: Pick<WindowRegistry, 'send'>): (() => void) =>
  service.onEvent((event, payload) => windows.send(event, payload));

/**
 * A menu command goes to the window it was chosen in when that is one of ours (the menu
 * passes the focused window), else to our main window: the renderer carries it out.
 */
export const sendMenuCommand = (
  windows: Pick<WindowRegistry, 'has' | 'main'>,
  command: MenuCommand,
  focused?: unknown,
): boolean => {
  const target: RegisteredWindow | undefined = windows.has(focused) ? focused : windows.main();
  if (!target) return false;
  sendTo(target, 'menuCommand', { command });
  return true;
};

/** A passage link: the main window comes forward and the renderer opens the passage. */
export const sendOpenLink = (windows: Pick<WindowRegistry, 'main'>, link: EventPayloads['openLink']): boolean => {
  const target = windows.main();
  if (!target) return false;
  sendTo(target, 'openLink', link);
  return true;
};
