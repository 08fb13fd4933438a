import { TOKEN_QUERY_PARAM, TOKEN_STORAGE_KEY } from '../../../data/model/http-routes';

/** The parts of `window` the token needs, so tests can pass plain objects. */
export interface PageLike {
  location: { href: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url?: string): void };
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Browser mode's token: `glossa serve` prints it once in the page URL (?token=...). On first
 * load it moves into sessionStorage (this tab only, gone when the tab closes) and leaves the
 * visible URL, so it does not linger in history, bookmarks or screenshots. A token in the
 * URL wins over a stored one: it belongs to a newer run of the server.
 */
export const takePageToken = (page: PageLike): string | null => {
  const url = new URL(page.location.href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY_PARAM);
  if (fromUrl) {
    try {
      page.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token still works until the page is reloaded.
    }
    url.searchParams.delete(TOKEN_QUERY_PARAM);
    page.history.replaceState(page.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  try {
    return page.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
};
