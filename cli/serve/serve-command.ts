import { join } from 'node:path';
import { startAutoBackup } from '../../data/store/backup-schedule';
import type { ServeCommand } from '../main';
import { ReportedError, type CliContext } from '../context';
import { UsageError } from '../usage';
import { openBrowser } from './open-browser';
import { startServer } from './start-server';

/** --port N: an integer 0-65535 (0 lets the system choose). */
export const parsePort = (value: string | undefined): number => {
  if (value === undefined) return 0;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new UsageError(`--port takes a whole number from 0 to 65535, not "${value}"`);
  }
  return Number(value);
};

/** Resolves on the first SIGINT (Ctrl-C) or SIGTERM: the normal way to stop browser mode. */
const untilStopSignal = (): Promise<void> =>
  new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

export interface ServeDeps {
  env?: NodeJS.ProcessEnv;
  /** Where the built renderer is; GLOSSA_RENDERER_DIR overrides it. */
  rendererDir?: string;
  open?: (url: string, notice: (line: string) => void) => void;
  untilStop?: () => Promise<void>;
}

/** `glossa serve` with its collaborators replaceable, for tests. */
export const createServeCommand =
  ({
    env = process.env,
    // cli/serve -> repo root -> out/renderer (the CLI runs from its sources, ADR 0004).
    rendererDir = join(__dirname, '../../out/renderer'),
    open = openBrowser,
    untilStop = untilStopSignal,
  }: ServeDeps = {}): ServeCommand =>
  async (ctx: CliContext, options) => {
    const port = parsePort(options.port);
    let server;
    try {
      server = await startServer({
        service: ctx.service,
        rendererDir: env.GLOSSA_RENDERER_DIR || rendererDir,
        port,
        log: (line) => ctx.err(`${line}\n`),
      });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new ReportedError(`port ${port} is already in use; try another --port, or 0`);
      throw new ReportedError((err as Error).message);
    }
    // Listening for the stop signals before the URL is printed: whoever reads the URL may stop us.
    const stopped = untilStop();
    ctx.out(`Glossa is running at ${server.url}\n`);
    ctx.out(`Notebook: ${ctx.notebookDir}\n`);
    if (options.open) open(server.url, ctx.err);
    const backups = startAutoBackup(ctx.service, ctx.notebookDir, { log: (message, err) => ctx.err(`glossa: ${message}: ${String(err)}\n`) });
    await stopped;
    await server.close();
    await backups.stop();
  };

export const serveCommand: ServeCommand = createServeCommand();
