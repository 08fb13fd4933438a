/**
 * The WHATWG URL API, declared for tsconfig.model.json only. data/model is compiled there
 * without the DOM lib and without Node's types, so that nothing host-specific type-checks in
 * it; URL and URLSearchParams are the exception because every host Glossa runs in (Chromium,
 * Electron's main process, Node for the CLI) provides them as the same standard globals, and
 * deep-link.ts parses links with them. Only members data/model may rely on are listed: add one
 * here when the model needs it, never a host API. The main tsconfig excludes this file (it
 * gets the real declarations from lib.dom and @types/node).
 */
interface URLSearchParams {
  readonly size: number;
  append(name: string, value: string): void;
  delete(name: string, value?: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string, value?: string): boolean;
  set(name: string, value: string): void;
  sort(): void;
  toString(): string;
  forEach(callback: (value: string, key: string, parent: URLSearchParams) => void): void;
  entries(): IterableIterator<[string, string]>;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}
declare const URLSearchParams: {
  prototype: URLSearchParams;
  new (init?: string | Record<string, string> | Iterable<[string, string]>): URLSearchParams;
};

interface URL {
  hash: string;
  host: string;
  hostname: string;
  href: string;
  readonly origin: string;
  password: string;
  pathname: string;
  port: string;
  protocol: string;
  search: string;
  readonly searchParams: URLSearchParams;
  username: string;
  toString(): string;
  toJSON(): string;
}
declare const URL: {
  prototype: URL;
  new (url: string, base?: string | URL): URL;
  canParse(url: string, base?: string | URL): boolean;
};
