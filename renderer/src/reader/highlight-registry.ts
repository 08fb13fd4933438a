import { highlightPriority } from './highlight-names';
import type { HighlightSink } from './range-painter';

/** The parts of the CSS Custom Highlight API we use (TypeScript's DOM types omit the set methods). */
interface HighlightLike {
  priority: number;
  add: (range: AbstractRange) => void;
  delete: (range: AbstractRange) => boolean;
  clear: () => void;
}
interface RegistryLike {
  set: (name: string, highlight: HighlightLike) => void;
  delete: (name: string) => boolean;
}
type HighlightConstructor = new (...ranges: AbstractRange[]) => HighlightLike;

let warned = false;

/** CSS.highlights and the Highlight constructor, or null where the API is missing. */
const highlightApi = (): { registry: RegistryLike; Highlight: HighlightConstructor } | null => {
  const css = (globalThis as { CSS?: { highlights?: unknown } }).CSS;
  const Highlight = (globalThis as { Highlight?: unknown }).Highlight;
  if (!css?.highlights || typeof Highlight !== 'function') return null;
  return { registry: css.highlights as RegistryLike, Highlight: Highlight as HighlightConstructor };
};

export interface RegisteredSink extends HighlightSink {
  /** Unregisters every highlight this sink created. */
  dispose: () => void;
}

/**
 * A sink over CSS.highlights: one Highlight per name, created on first use with its
 * priority. Without the API (older engines, test DOMs) nothing is painted and a warning
 * says why; the reader never falls back to wrapping text in spans, which would change
 * the DOM the offsets are counted in.
 */
export const createHighlightSink = (): RegisteredSink | null => {
  const api = highlightApi();
  if (!api) {
    if (!warned) {
      warned = true;
      console.warn('Glossa reader: the CSS Custom Highlight API is not available; highlights are not painted.');
    }
    return null;
  }
  const own = new Map<string, HighlightLike>();
  const get = (name: string): HighlightLike => {
    let highlight = own.get(name);
    if (!highlight) {
      highlight = new api.Highlight();
      highlight.priority = highlightPriority(name);
      api.registry.set(name, highlight);
      own.set(name, highlight);
    }
    return highlight;
  };
  return {
    add: (name, range) => get(name).add(range),
    remove: (name, range) => {
      own.get(name)?.delete(range);
    },
    replace: (name, ranges) => {
      const highlight = get(name);
      highlight.clear();
      for (const range of ranges) highlight.add(range);
    },
    clear: (name) => own.get(name)?.clear(),
    dispose: () => {
      for (const [name, highlight] of own) {
        highlight.clear();
        api.registry.delete(name);
      }
      own.clear();
    },
  };
};
