import { useEffect, useLayoutEffect, useRef } from 'react';
import { isEditableTarget, readerKeyAction, type ReaderKeyAction } from './reader-keys';

/**
 * Listens on the document (the focus may be on the reader, a toolbar button or the body
 * after a mouse selection) and runs reader shortcuts while `active`. The latest handler
 * is kept in a ref so the listener is added once.
 */
export const useReaderKeys = (active: boolean, run: (action: ReaderKeyAction) => void): void => {
  const latest = useRef({ active, run });
  useLayoutEffect(() => {
    latest.current = { active, run };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = readerKeyAction(
        {
          key: event.key,
          code: event.code,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          isComposing: event.isComposing,
          editable: isEditableTarget(event.target),
        },
        latest.current.active,
      );
      if (!action) return;
      event.preventDefault();
      latest.current.run(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
};
