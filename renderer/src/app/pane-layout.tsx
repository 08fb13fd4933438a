import type { CSSProperties } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useStore } from '../state/create-store';
import type { Actions } from './actions';
import { AnnotationsPane } from './annotations-pane';
import { LibraryPane } from './library-pane';
import { PaneSeparator } from './pane-separator';
import { ReaderPane } from './reader-pane';
import { useServices } from './services';

/**
 * library | reader | annotations on a CSS grid whose side columns come from the saved pane
 * widths (a React style prop: CSSOM, allowed by the CSP). Hidden panes are not rendered.
 */
export const LIBRARY_LIMITS = { min: 180, max: 560 };
export const ANNOTATIONS_LIMITS = { min: 260, max: 720 };

const IDS = { library: 'pane-library', reader: 'pane-reader', annotations: 'pane-annotations' };

export const PaneLayout = ({ actions }: { actions: Actions }) => {
  const { settings } = useServices();
  const { paneWidths, hiddenPanes } = useStore(settings.store).settings;
  const { t } = useI18n();
  const [left, right] = paneWidths;
  const showLibrary = !hiddenPanes.includes('library');
  const showAnnotations = !hiddenPanes.includes('annotations');

  // The separators live inside the side panes (so every element sits in a landmark).
  const columns = [showLibrary && `minmax(0, ${left}px)`, 'minmax(20rem, 1fr)', showAnnotations && `minmax(0, ${right}px)`]
    .filter(Boolean)
    .join(' ');
  const style: CSSProperties = { gridTemplateColumns: columns };
  const widths = (l: number, r: number): [number, number] => [l, r];

  return (
    <div className="app-body" style={style}>
      {showLibrary && (
        <LibraryPane
          actions={actions}
          id={IDS.library}
          resizer={
            <PaneSeparator
              label={t('pane.resizeLibrary')}
              controls={IDS.library}
              value={left}
              {...LIBRARY_LIMITS}
              side="left"
              onPreview={(w) => settings.preview({ paneWidths: widths(w, right) })}
              onCommit={(w) => void settings.update({ paneWidths: widths(w, right) })}
            />
          }
        />
      )}
      <ReaderPane actions={actions} id={IDS.reader} />
      {showAnnotations && (
        <AnnotationsPane
          actions={actions}
          id={IDS.annotations}
          resizer={
            <PaneSeparator
              label={t('pane.resizeAnnotations')}
              controls={IDS.annotations}
              value={right}
              {...ANNOTATIONS_LIMITS}
              side="right"
              onPreview={(w) => settings.preview({ paneWidths: widths(left, w) })}
              onCommit={(w) => void settings.update({ paneWidths: widths(left, w) })}
            />
          }
        />
      )}
    </div>
  );
};
