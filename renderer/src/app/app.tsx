import { useMemo } from 'react';
import type { GlossaBridge } from '../../../data/model/api';
import { glossa } from '../api';
import { I18nProvider } from '../i18n/i18n-context';
import { resolveLanguage } from '../../../data/model/i18n/language';
import { systemLanguages } from '../i18n/system-languages';
import { useStore } from '../state/create-store';
import { createServices, ServicesProvider, useServices } from './services';
import { Shell } from './shell';
import { useDocumentChrome } from './use-document-chrome';

/**
 * The app shell. The bridge defaults to renderer/src/api.ts's `glossa` (window.glossa in
 * Electron, HTTP in browser mode); tests pass a fake one.
 */
const Themed = () => {
  const { settings } = useServices();
  const { theme, language } = useStore(settings.store).settings;
  const resolved = useMemo(() => resolveLanguage(language, systemLanguages()), [language]);
  const appliedTheme = useDocumentChrome(theme, resolved);
  return (
    <I18nProvider language={resolved}>
      <Shell theme={appliedTheme} />
    </I18nProvider>
  );
};

export const App = ({ bridge = glossa }: { bridge?: GlossaBridge }) => {
  const services = useMemo(() => createServices(bridge), [bridge]);
  return (
    <ServicesProvider services={services}>
      <Themed />
    </ServicesProvider>
  );
};
