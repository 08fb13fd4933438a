import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';
import type Jschardet from 'jschardet';

/**
 * Heavy parsers loaded on first use. jsdom takes about 2 s to load on these machines and only
 * HTML and Markdown imports need it; jschardet is needed only for files that are not UTF-8.
 * Loading them lazily keeps them out of the app's start-up and of every CLI command that
 * imports no such file.
 */
const lazy = <T>(name: string): (() => T) => {
  let loaded: T | undefined;
  return () => (loaded ??= createRequire(__filename)(name) as T);
};

export const loadJsdom = lazy<typeof Jsdom>('jsdom');
export const loadDetector = lazy<typeof Jschardet>('jschardet');
