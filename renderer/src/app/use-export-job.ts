import { useCallback, useEffect, useRef, useState } from 'react';
import type { MarkdownExport } from '../../../data/model/api';
import type { ShownError } from '../../../data/model/i18n/error-text';
import { ExportAborted, ExportFailed, runExport, type ExportProgress, type ExportRequest } from './export-run';
import { useServices } from './services';

/**
 * One export at a time from the dialog: idle, running (with progress and an AbortController),
 * ready (the files, for a second try at a blocked download) or failed. Closing the dialog
 * aborts a running export.
 */
export type ExportJob =
  | { state: 'idle' }
  | { state: 'running'; progress: ExportProgress | null }
  | { state: 'ready'; files: MarkdownExport[] }
  | { state: 'failed'; error: ShownError };

export const useExportJob = () => {
  const { bridge } = useServices();
  const [job, setJob] = useState<ExportJob>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  /** The files, or null when cancelled or failed (the job says which). */
  const start = useCallback(
    async (request: ExportRequest): Promise<MarkdownExport[] | null> => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setJob({ state: 'running', progress: null });
      try {
        const files = await runExport(bridge, request, {
          signal: own.signal,
          onProgress: (progress) => {
            if (!own.signal.aborted) setJob({ state: 'running', progress });
          },
        });
        if (own.signal.aborted) throw new ExportAborted('cancelled');
        setJob({ state: 'ready', files });
        return files;
      } catch (err) {
        if (err instanceof ExportAborted) setJob({ state: 'idle' });
        else setJob({ state: 'failed', error: err instanceof ExportFailed ? err.error : { message: (err as Error)?.message ?? String(err) } });
        return null;
      } finally {
        if (controller.current === own) controller.current = null;
      }
    },
    [bridge],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setJob({ state: 'idle' }), []);
  return { job, start, cancel, reset };
};
