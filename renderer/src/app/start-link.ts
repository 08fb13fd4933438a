import { DEEP_LINK_PATH, deepLinkFromQuery, type DeepLink } from '../../../data/model/deep-link';

export interface LinkPage {
  location: { href: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url?: string): void };
}

/**
 * Browser mode's form of a `glossa://open?…` link: the page opened at `/open?doc=…`. The
 * passage is taken once and the address bar goes back to `/`, so a reload does not jump
 * there again.
 */
export const takeStartLink = (page: LinkPage): DeepLink | undefined => {
  const url = new URL(page.location.href);
  if (url.pathname !== DEEP_LINK_PATH) return undefined;
  page.history.replaceState(page.history.state, '', `/${url.hash}`);
  return deepLinkFromQuery(url.search);
};
