import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Document } from '../../../data/model/schemas';
import { useI18n } from '../i18n/i18n-context';
import { NoteEditor } from './note-editor';
import { useServices } from './services';

/** The article's own Markdown note, in a collapsible panel at the top of the annotations pane. */
export const DocumentNote = ({ document }: { document: Document }) => {
  const { doc, ui } = useServices();
  const { t } = useI18n();
  // Open at first when there is a note; afterwards only the person opens or closes it (an
  // undo that empties the note must not snap the panel shut). Keyed per article by the caller.
  const [open, setOpen] = useState(document.note !== '');
  // "Edit the article note" from the command palette: open the panel and the editor, once.
  const request = useSyncExternalStore(ui.store.subscribe, () => ui.store.get().articleNoteRequest);
  const [focusRequest, setFocusRequest] = useState<number>();
  useEffect(() => {
    if (request?.documentId !== document.id) return;
    setOpen(true);
    setFocusRequest(request.nonce);
    ui.served('articleNoteRequest');
  }, [request, document.id, ui]);
  return (
    <details className="document-note" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h3 className="section-title">{t('docNote.heading')}</h3>
      </summary>
      <NoteEditor
        key={document.id}
        value={document.note}
        label={t('docNote.label')}
        placeholder={t('docNote.placeholder')}
        emptyText={t('docNote.empty')}
        onSave={(note) => void doc.setDocumentNote(note, { coalesceKey: `document-note:${document.id}` })}
        onDone={() => doc.undo.seal()}
        focusRequest={focusRequest}
      />
    </details>
  );
};
