import { createBackup, DEFAULT_KEEP, type BackupInfo } from './backups';

export interface ScheduleOptions {
  /** A backup follows this long after the first change since the last one. */
  intervalMs?: number;
  keep?: number;
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => { cancel(): void };
  log?: (message: string, err?: unknown) => void;
}

export const DEFAULT_INTERVAL_MS = 10 * 60 * 1000;

const nodeTimer = (run: () => void, ms: number) => {
  const t = setTimeout(run, ms);
  // A pending backup never keeps the process alive on its own.
  t.unref?.();
  return { cancel: () => clearTimeout(t) };
};

/**
 * When the long-running hosts (the desktop app, `glossa serve`) back the notebook up: once
 * at start, then once per interval while changes keep coming, never while nothing changes.
 * Backups run one at a time; a failure is logged and the next change tries again.
 */
export class BackupSchedule {
  private pending?: { cancel(): void };
  private running: Promise<unknown> = Promise.resolve();
  private readonly intervalMs: number;
  private readonly keep: number;
  private readonly now: () => Date;
  private readonly setTimer: NonNullable<ScheduleOptions['setTimer']>;
  private readonly log: NonNullable<ScheduleOptions['log']>;

  constructor(
    private readonly dir: string,
    options: ScheduleOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    this.keep = options.keep ?? DEFAULT_KEEP;
    this.now = options.now ?? (() => new Date());
    this.setTimer = options.setTimer ?? nodeTimer;
    this.log = options.log ?? (() => {});
  }

  /** The backup at start. */
  start(): Promise<BackupInfo | undefined> {
    return this.run();
  }

  /** Called on every notebookChanged: schedules one backup for the interval, if none is. */
  noteActivity(): void {
    if (this.pending) return;
    this.pending = this.setTimer(() => {
      this.pending = undefined;
      void this.run();
    }, this.intervalMs);
  }

  stop(): void {
    this.pending?.cancel();
    this.pending = undefined;
  }

  /** Waits for a backup in progress (before quitting). */
  whenIdle(): Promise<unknown> {
    return this.running;
  }

  private run(): Promise<BackupInfo | undefined> {
    const next = this.running.then(() =>
      createBackup(this.dir, { now: this.now(), keep: this.keep }).catch((err: unknown) => {
        this.log('the automatic backup failed', err);
        return undefined;
      }),
    );
    this.running = next;
    return next;
  }
}

/** What the schedule listens to: NotebookService.onEvent's shape, without the service. */
export interface ChangeSource {
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
}

/** A long-running host's backups: one now, then after activity. Returns how to stop it. */
export const startAutoBackup = (source: ChangeSource, dir: string, options: ScheduleOptions = {}) => {
  const schedule = new BackupSchedule(dir, options);
  void schedule.start();
  const off = source.onEvent((event) => {
    if (event === 'notebookChanged') schedule.noteActivity();
  });
  return {
    schedule,
    stop: async () => {
      off();
      schedule.stop();
      await schedule.whenIdle();
    },
  };
};
