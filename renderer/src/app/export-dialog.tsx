import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useStore } from '../state/create-store';
import { Dialog } from './dialog';
import { host } from '../api';
import { copyText, downloadText, saveNotice, saveText } from './export-file';
import { downloadAll, type ExportRequest, type ExportScopeChoice } from './export-run';
import { useServices } from './services';
import { NoticeArea } from './notice-area';
import { useExportJob } from './use-export-job';

/**
 * Export as Markdown: this article, every excerpt with a tag, or the whole notebook, as a
 * digest or as the annotated article. Files are downloaded (several: one after another,
 * each also offered again below in case the browser blocked it) or copied when there is one.
 * Writing a folder that later exports update is for the hosts with a file system (the
 * desktop menu and `glossa export --all --dir`); the hint says so.
 */
/** A command line, the same in every language. */
const FOLDER_COMMAND = 'glossa export --all --dir …';

export const ExportDialog = ({ onClose }: { onClose: () => void }) => {
  const { bridge, doc, documents, ui, notices } = useServices();
  const { documentId, document: openDocument } = useStore(doc.store);
  const { documents: library, tags } = useStore(documents.store);
  const { filter } = useStore(ui.store);
  const { t, tn, errorText } = useI18n();
  const id = useId();
  const [scope, setScope] = useState<ExportScopeChoice>(ui.store.get().exportScope ?? (documentId ? 'document' : filter.tag ? 'tag' : 'notebook'));
  const [query, setQuery] = useState(filter.tag ?? tags[0]?.name ?? '');
  const [format, setFormat] = useState<'digest' | 'annotated'>('digest');
  const [deepLinks, setDeepLinks] = useState(true);
  const { job, start, cancel, reset } = useExportJob();
  const running = job.state === 'running';

  const change = <T,>(set: (v: T) => void) => (value: T) => {
    set(value);
    if (job.state !== 'running') reset();
  };
  const request = (): ExportRequest | null => {
    if (scope === 'tag' && query.trim() === '') {
      notices.toast('exportDialog.noTag');
      return null;
    }
    return { scope, documentId: documentId ?? undefined, query: query.trim(), format, deepLinks };
  };

  const download = async () => {
    const r = request();
    const files = r && (await start(r));
    if (!files) return;
    const outcomes = await downloadAll(files, (fileName, text) => saveText(fileName, text, { host, bridge }));
    // Say only what is known: a browser only starts downloads; Electron reports each dialog.
    if (outcomes.length === 1) {
      const notice = saveNotice(outcomes[0]);
      if (notice) notices[notice.kind](notice.key, notice.params);
      if (notice?.kind === 'toast') onClose();
    } else if (outcomes.length > 1) {
      const saved = outcomes.filter((o) => o.state === 'completed').length;
      if (host === 'browser') notices.toast('exportDialog.downloadingMany', { count: outcomes.length });
      else if (saved > 0) notices.toast('exportDialog.savedMany', { count: saved });
    }
  };
  const copy = async () => {
    const r = request();
    const files = r && (await start(r));
    if (!files?.[0]) return;
    if (await copyText(files[0].markdown)) {
      notices.toast('export.copied');
      onClose();
    } else notices.error('export.copyFailed');
  };

  const scopes: { value: ExportScopeChoice; label: string; disabled?: boolean }[] = [
    { value: 'document', label: openDocument ? `${t('exportDialog.scopeDocument')}: ${openDocument.title}` : t('exportDialog.scopeDocument'), disabled: !documentId },
    { value: 'tag', label: t('exportDialog.scopeTag'), disabled: tags.length === 0 },
    { value: 'notebook', label: tn('exportDialog.scopeNotebook', library.length), disabled: library.length === 0 },
  ];

  return (
    <Dialog title={t('exportDialog.title')} onClose={onClose} className="export-dialog">
      <div className="export-form">
        <fieldset className="export-fieldset" disabled={running}>
          <legend>{t('exportDialog.scope')}</legend>
          {scopes.map((s) => (
            <div key={s.value} className="export-option">
              <label className="export-choice">
                <input type="radio" name={`${id}-scope`} value={s.value} checked={scope === s.value} disabled={s.disabled} onChange={() => change(setScope)(s.value)} />
                <span className="export-choice-label">{s.label}</span>
              </label>
              {s.value === 'tag' && scope === 'tag' && (
                <div className="export-tag">
                  <label htmlFor={`${id}-tag`}>{t('exportDialog.tagLabel')}</label>
                  <input id={`${id}-tag`} type="text" list={`${id}-tags`} value={query} onChange={(e) => change(setQuery)(e.target.value)} />
                  <datalist id={`${id}-tags`}>
                    {tags.map((tag) => (
                      <option key={tag.name} value={/[\s,"]/.test(tag.name) ? `"${tag.name}"` : tag.name} />
                    ))}
                  </datalist>
                  <p className="hint">{t('exportDialog.tagHint')}</p>
                </div>
              )}
            </div>
          ))}
        </fieldset>
        <fieldset className="export-fieldset" disabled={running}>
          <legend>{t('exportDialog.format')}</legend>
          {(['digest', 'annotated'] as const).map((f) => (
            <label key={f} className="export-choice">
              <input type="radio" name={`${id}-format`} value={f} checked={format === f} onChange={() => change(setFormat)(f)} />
              <span className="export-choice-label">{t(f === 'digest' ? 'exportDialog.digest' : 'exportDialog.annotated')}</span>
            </label>
          ))}
          <label className="export-choice">
            <input type="checkbox" checked={deepLinks} onChange={(e) => change(setDeepLinks)(e.target.checked)} />
            <span className="export-choice-label">{t('exportDialog.deepLinks')}</span>
          </label>
        </fieldset>

        <div className="export-status" role="status">
          {job.state === 'running' && job.progress && (
            <>
              <progress max={job.progress.total} value={job.progress.done} />
              <span className="export-progress-text">{t('exportDialog.progress', { ...job.progress })}</span>
            </>
          )}
          {job.state === 'failed' && <p className="export-error">{t('exportDialog.failed', { message: errorText(job.error) })}</p>}
        </div>
        {job.state === 'ready' && job.files.length > 1 && (
          <div className="export-files">
            <p className="hint">{tn('exportDialog.ready', job.files.length)}</p>
            <ul className="export-file-list">
              {job.files.map((f) => (
                <li key={f.fileName}>
                  <button type="button" className="button button-small" onClick={() => downloadText(f.fileName, f.markdown)}>
                    {t('exportDialog.downloadFile', { file: f.fileName })}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {scope === 'notebook' && (
          <p className="hint export-folder-hint">
            {t('exportDialog.folderHint')} <code>{FOLDER_COMMAND}</code>
          </p>
        )}

        <div className="export-actions">
          {running ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                cancel();
                notices.toast('exportDialog.cancelled');
              }}
            >
              {t('exportDialog.cancel')}
            </button>
          ) : (
            <>
              <button type="button" className="button" disabled={scope === 'notebook'} onClick={() => void copy()}>
                {t('exportDialog.copy')}
              </button>
              <button type="button" className="button button-primary" onClick={() => void download()}>
                {t('exportDialog.download')}
              </button>
            </>
          )}
        </div>
      </div>
      {/* The page behind a modal dialog is inert: messages are shown inside it while it is open. */}
      <NoticeArea />
    </Dialog>
  );
};
