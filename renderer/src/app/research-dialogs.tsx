import type { DialogName } from '../state/ui-store';
import type { Actions } from './actions';
import { ColorNamesDialog } from './color-names-dialog';
import { ExcerptsDialog } from './excerpts-dialog';
import { TagManagerDialog } from './tag-manager-dialog';
import { TrashDialog } from './trash-dialog';
import { BackupsDialog } from './backups-dialog';

/** The tag manager, the colour names and the excerpt collection: whichever is open. */
export const ResearchDialogs = ({
  actions,
  dialog,
  onClose,
}: {
  actions: Actions;
  dialog: DialogName | null;
  onClose: () => void;
}) => {
  if (dialog === 'tags') return <TagManagerDialog actions={actions} onClose={onClose} />;
  if (dialog === 'colors') return <ColorNamesDialog onClose={onClose} />;
  if (dialog === 'excerpts') return <ExcerptsDialog actions={actions} onClose={onClose} />;
  if (dialog === 'trash') return <TrashDialog onClose={onClose} />;
  if (dialog === 'backups') return <BackupsDialog onClose={onClose} />;
  return null;
};
