import { OPERATION_NAMES, type Implementation } from '../../data/model/api';
import { operationChannel } from '../../data/model/channels';
import { invoke } from '../../data/model/invoke';
import { fail, type Result } from '../../data/model/result';
import { describeSender, type SenderEvent } from './trusted-sender';

/** The two ipcMain calls the router uses; a structural type so tests pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, input: unknown) => Promise<Result<unknown>>): void;
  removeHandler(channel: string): void;
}

export interface IpcRouterOptions {
  ipcMain: IpcMainLike;
  service: Implementation;
  isTrustedSender: (event: SenderEvent) => boolean;
  log: (message: string, err?: unknown) => void;
}

/**
 * One `ipcMain.handle` per contract operation, generated from OPERATION_NAMES so the router
 * can never handle more or less than the preload exposes. Each call: sender check (a
 * foreign sender is refused before anything else happens), then `invoke`, which validates
 * the input with the contract's schema and turns any throw into a Result, so nothing is
 * ever thrown across the IPC boundary. Returns a function that removes the handlers.
 */
export const registerIpcRouter = ({ ipcMain, service, isTrustedSender, log }: IpcRouterOptions): (() => void) => {
  const channels: string[] = [];
  for (const name of OPERATION_NAMES) {
    const channel = operationChannel(name);
    const handler = async (event: SenderEvent, input: unknown): Promise<Result<unknown>> => {
      let trusted = false;
      try {
        trusted = isTrustedSender(event);
      } catch {
        trusted = false;
      }
      if (!trusted) {
        log(`refused ${name} from ${describeSender(event)}`);
        return fail('forbidden', `${name}: this caller may not use the notebook`);
      }
      return invoke(service, name, input, (err) => log(`${name} failed`, err));
    };
    ipcMain.handle(channel, handler);
    channels.push(channel);
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
};
