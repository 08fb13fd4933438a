import { createContext, useContext, type ReactNode } from 'react';
import type { GlossaBridge } from '../../../data/model/api';
import { createDocumentStore } from '../state/document-store';
import { createDocumentsStore } from '../state/documents-store';
import { createExcerptsStore } from '../state/excerpts-store';
import { createNoticesStore } from '../state/notices-store';
import { createSearchStore } from '../state/search-store';
import { createSettingsStore } from '../state/settings-store';
import { createTagsStore } from '../state/tags-store';
import { createUiStore } from '../state/ui-store';

/**
 * Every store, built once over one bridge. Components get them from context rather than
 * importing singletons, so a test renders the app over a fake bridge.
 */
export const createServices = (bridge: GlossaBridge) => {
  const notices = createNoticesStore();
  const documents = createDocumentsStore(bridge, notices);
  const doc = createDocumentStore(bridge, notices);
  const excerpts = createExcerptsStore(bridge, notices);
  // A tag edit can touch every article: refresh the library, the open one, the collection.
  const afterTagEdit = async () => {
    await Promise.all([documents.load(), doc.reload(), excerpts.store.get().collection && excerpts.load()]);
  };
  return {
    bridge,
    notices,
    settings: createSettingsStore(bridge, notices),
    documents,
    doc,
    ui: createUiStore(),
    search: createSearchStore(bridge),
    tags: createTagsStore(bridge, notices, afterTagEdit),
    excerpts,
  };
};

export type Services = ReturnType<typeof createServices>;

const ServicesContext = createContext<Services | null>(null);

export const ServicesProvider = ({ services, children }: { services: Services; children: ReactNode }) => (
  <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
);

export const useServices = (): Services => {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesProvider>');
  return services;
};
