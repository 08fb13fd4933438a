import { fail, ok } from '../../../../data/model/result';
import type { Tag } from '../../../../data/model/schemas';
import {
  documentExcerpts,
  groupExcerpts,
  mergedTag,
  renamedTag,
  renameTagColors,
  rewriteTags,
  setTagColorEntry,
  tagMatches,
  type ExcerptQuery,
} from '../../../../data/model/tags';
import type { FakeBridge } from './fake-bridge';

/**
 * The tag operations on a FakeBridge, in memory, built from the same pure helpers the
 * service uses (data/model/tags), so renderer tests see the real rename and grouping rules.
 */
export const withTagOps = (bridge: FakeBridge): FakeBridge & { tagColors: Tag[] } => {
  const b = bridge as FakeBridge & { tagColors: Tag[] };
  b.tagColors = [];
  const record = (name: string, input: unknown) => b.calls.push({ name, input });
  const annotations = () => [...b.files.values()].flatMap((f) => f.annotations);
  const retag = (rename: (t: string) => string | undefined) => {
    let count = 0;
    for (const f of b.files.values()) {
      f.annotations = f.annotations.map((a) => {
        const next = rewriteTags(a.tags, rename);
        if (!next.changed) return a;
        count += 1;
        return { ...a, tags: next.tags };
      });
    }
    b.tagColors = renameTagColors(b.tagColors, (n) => (rename(n) === n ? undefined : rename(n)));
    return ok({ documents: 1, annotations: count, tags: [] });
  };
  const ops: Record<string, (input: never) => Promise<unknown>> = {
    listTags: async () => {
      const counts = new Map<string, number>();
      for (const a of annotations()) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
      return ok(
        [...counts].map(([name, count]) => {
          const color = b.tagColors.find((t) => t.name === name)?.color;
          return color ? { name, count, color } : { name, count };
        }),
      );
    },
    renameTag: async ({ from, to }: { from: string; to: string }) => retag((t) => renamedTag(t, from, to)),
    mergeTags: async ({ sources, into }: { sources: string[]; into: string }) => retag((t) => mergedTag(t, sources, into)),
    deleteTag: async ({ name }: { name: string }) => {
      const occurrences: { documentId: string; annotationId: string; tag: string; index: number }[] = [];
      for (const f of b.files.values()) {
        f.annotations = f.annotations.map((a) => {
          a.tags.forEach((tag, index) => {
            if (tagMatches(name, tag)) occurrences.push({ documentId: a.documentId, annotationId: a.id, tag, index });
          });
          return { ...a, tags: a.tags.filter((t) => !tagMatches(name, t)) };
        });
      }
      const colors = b.tagColors.filter((t) => tagMatches(name, t.name));
      b.tagColors = b.tagColors.filter((t) => !tagMatches(name, t.name));
      return ok({ name, colors, occurrences, documents: 1, annotations: occurrences.length, tags: [] });
    },
    restoreTag: async ({ occurrences, colors }: { occurrences: { annotationId: string; tag: string; index: number }[]; colors: Tag[] }) => {
      for (const f of b.files.values()) {
        f.annotations = f.annotations.map((a) => {
          const tags = [...a.tags];
          for (const o of occurrences.filter((x) => x.annotationId === a.id).sort((x, y) => x.index - y.index)) {
            if (!tags.includes(o.tag)) tags.splice(o.index, 0, o.tag);
          }
          return { ...a, tags };
        });
      }
      b.tagColors = [...b.tagColors, ...colors];
      return ok({ documents: 1, annotations: occurrences.length, tags: [] });
    },
    setTagColor: async ({ name, color }: { name: string; color: Tag['color'] | null }) => {
      if (!annotations().some((a) => a.tags.includes(name))) return fail('not_found', `no tag ${name}`);
      b.tagColors = setTagColorEntry(b.tagColors, name, color);
      return ok(color ? { name, color } : { name });
    },
    listExcerpts: async (query: ExcerptQuery) => {
      const items = [...b.files.values()].flatMap((f) =>
        documentExcerpts(f.document, f.annotations, query, b.settings.colorNames ?? {}),
      );
      return ok(groupExcerpts(items, query.groupBy ?? 'document', query.tags ?? []));
    },
  };
  for (const [name, run] of Object.entries(ops)) {
    (b as unknown as Record<string, unknown>)[name] = async (input: never) => {
      record(name, input);
      return run(input ?? ({} as never));
    };
  }
  return b;
};
