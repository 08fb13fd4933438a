import { useI18n } from '../i18n/i18n-context';
import { useStore } from '../state/create-store';
import { Icon } from './icons';
import { useServices } from './services';

/** Shown while files are dragged over the window: the whole window is the drop zone. */
export const DropOverlay = () => {
  const { ui } = useServices();
  const { dragging } = useStore(ui.store);
  const { t } = useI18n();
  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <Icon name="import" />
        <p className="drop-title">{t('drop.title')}</p>
        <p>{t('drop.body')}</p>
      </div>
    </div>
  );
};
