import type { NotebookStatus } from '../../../data/model/api-backups';
import type { MessageKey } from '../../../data/model/i18n/messages-en';
import { dateTimeParam, type NoticeParam } from '../state/notices-store';

export interface StatusNotice {
  key: MessageKey;
  params: Record<string, string | NoticeParam>;
}

const normalise = (path: string): string => path.replace(/\\/g, '/');

/**
 * What the person must hear about the notebook as it opened: each file that came back from a
 * backup (and from when), and each file that was set aside with no good copy to bring back —
 * in browser mode there is no native box, and an article must not just vanish from the list.
 */
export const notebookStatusNotices = (status: NotebookStatus): StatusNotice[] => {
  const recovered = status.recovered.map((r) => normalise(r.path));
  const cameBack = (file: string) => recovered.some((path) => normalise(file).endsWith(`/${path}`) || normalise(file) === path);
  return [
    ...status.recovered.map((r) => ({ key: 'backups.recovered' as const, params: { file: r.path, date: dateTimeParam(r.backedUpAt) } })),
    ...status.problems
      .filter((p) => !cameBack(p.file))
      .map((p) => ({
        key: 'notebook.setAside' as const,
        params: { file: normalise(p.file).split('/').pop() ?? p.file, problem: p.problem, path: p.movedTo ?? p.file },
      })),
  ];
};
