import { useCallback, useEffect, useState } from 'react';
import type { GlossaBridge } from '../../../data/model/api';
import type { Result } from '../../../data/model/result';
import { errorParam } from '../state/notices-store';
import { useServices } from './services';

/**
 * A list a dialog shows while open (the trash, the backups): fetched on mount and again on
 * `reload()`, null until it first arrives; a failure becomes a notice. `fetch` must be a
 * module-level function so the effect runs once.
 */
export const useListing = <T,>(fetch: (bridge: GlossaBridge) => Promise<Result<T>>): [T | null, () => Promise<void>] => {
  const { bridge, notices } = useServices();
  const [value, setValue] = useState<T | null>(null);
  const reload = useCallback(async () => {
    const result = await fetch(bridge);
    if (result.ok) setValue(result.value);
    else notices.error('error.action', { message: errorParam(result.error) });
  }, [bridge, notices, fetch]);
  useEffect(() => void reload(), [reload]);
  return [value, reload];
};
