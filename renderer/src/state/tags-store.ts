import type { GlossaBridge } from '../../../data/model/api';
import type { Color } from '../../../data/model/schemas';
import type { ShownError } from '../../../data/model/i18n/error-text';
import { errorParam, type NoticesStore } from './notices-store';

/**
 * Tag manager verbs over the whole notebook: rename, merge, delete (with an Undo toast that
 * calls restoreTag) and colour. Each reports through notices and then asks the shell to
 * refresh (library tags, the open article), since many articles may have changed at once.
 * These edits are not on the per-article undo stack: the toast's Undo is their undo.
 */
export type TagsStore = ReturnType<typeof createTagsStore>;

export const createTagsStore = (bridge: GlossaBridge, notices: NoticesStore, refresh: () => Promise<void>) => {
  // Notices hold a key, not text: the count picks the .one/.other key here.
  const counted = (key: string, count: number) => `${key}.${count === 1 ? 'one' : 'other'}`;
  const failed = (error: ShownError) => {
    notices.error('error.action', { message: errorParam(error) });
    return false;
  };

  return {
    async rename(from: string, to: string): Promise<boolean> {
      const result = await bridge.renameTag({ from, to });
      if (!result.ok) return failed(result.error);
      await refresh();
      notices.toast(counted('tags.renamed', result.value.annotations), { from, to, count: result.value.annotations });
      return true;
    },
    async merge(sources: string[], into: string): Promise<boolean> {
      const result = await bridge.mergeTags({ sources, into });
      if (!result.ok) return failed(result.error);
      await refresh();
      notices.toast(counted('tags.merged', result.value.annotations), { into, count: result.value.annotations });
      return true;
    },
    async remove(name: string): Promise<boolean> {
      const result = await bridge.deleteTag({ name });
      if (!result.ok) return failed(result.error);
      const deleted = result.value;
      await refresh();
      notices.toast(counted('tags.deleted', deleted.annotations), { tag: name, count: deleted.annotations }, {
        label: { key: 'action.undo' },
        run: async () => {
          const restored = await bridge.restoreTag({ name, colors: deleted.colors, occurrences: deleted.occurrences });
          if (!restored.ok) return void failed(restored.error);
          await refresh();
          notices.toast('tags.restored', { tag: name });
        },
      });
      return true;
    },
    async setColor(name: string, color: Color | null): Promise<boolean> {
      const result = await bridge.setTagColor({ name, color });
      if (!result.ok) return failed(result.error);
      await refresh();
      return true;
    },
  };
};
