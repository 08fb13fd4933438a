import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';

let loaded: typeof Jsdom | undefined;

/**
 * jsdom takes about 2 s to load on these machines, and only HTML and Markdown imports need
 * it: loading it on first use keeps it out of the start-up of the app and of every CLI
 * command that imports no such file.
 */
export const loadJsdom = (): typeof Jsdom => (loaded ??= createRequire(__filename)('jsdom') as typeof Jsdom);
