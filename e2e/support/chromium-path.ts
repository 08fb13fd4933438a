import { existsSync } from 'node:fs';

/** Debian's chromium: Playwright cannot download its own browser on these machines. */
export const chromiumPath = (): string | undefined =>
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => Boolean(p && existsSync(p)),
  );
