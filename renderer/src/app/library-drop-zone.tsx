import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useStore } from '../state/create-store';
import { Icon } from './icons';
import { useServices } from './services';

/**
 * The library's visible drop target, at the foot of the pane: a quiet dashed area that says
 * what can be dropped, lights up while files are dragged over it, and opens the file picker
 * when clicked. It does not take the drop itself: the drop bubbles to the window, where
 * useFileDrop imports it, so dropping here and anywhere else is one code path.
 */
export const LibraryDropZone = ({ onChoose }: { onChoose: () => void }) => {
  const { ui } = useServices();
  const { dragging } = useStore(ui.store);
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for the zone's children too; count them to know when the drag left.
  const depth = useRef(0);

  // The window ends every drag (drop, Escape, leaving the window): so does the zone.
  useEffect(() => {
    if (!dragging) {
      depth.current = 0;
      setOver(false);
    }
  }, [dragging]);

  const carriesFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');
  const state = dragging && over ? ' is-over' : dragging ? ' is-armed' : '';
  return (
    <button
      type="button"
      className={`drop-zone${state}`}
      onClick={onChoose}
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        depth.current += 1;
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!carriesFiles(e)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
    >
      <Icon name="import" />
      <span>{dragging && over ? t('drop.zoneActive') : t('drop.zone')}</span>
    </button>
  );
};
