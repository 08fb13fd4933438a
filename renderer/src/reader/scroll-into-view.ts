/**
 * The scrollTop that centres a rect (in viewport coordinates) in a scroll container.
 * A passage taller than the container is aligned to its top instead, with a little air,
 * so the reader sees where it begins.
 */
export const centredScrollTop = (
  target: { top: number; height: number },
  container: { top: number; clientHeight: number; scrollTop: number; scrollHeight: number },
): number => {
  const topInContent = target.top - container.top + container.scrollTop;
  const wanted =
    target.height > container.clientHeight * 0.8 ? topInContent - 32 : topInContent - (container.clientHeight - target.height) / 2;
  const max = Math.max(0, container.scrollHeight - container.clientHeight);
  return Math.round(Math.min(Math.max(wanted, 0), max));
};

const prefersReducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Scrolls the reader (not the window) so the range sits in the middle of it. */
export const scrollRangeIntoView = (container: HTMLElement, range: Range): void => {
  const rect = range.getBoundingClientRect();
  const box = container.getBoundingClientRect();
  const top = centredScrollTop(
    { top: rect.top, height: rect.height },
    { top: box.top, clientHeight: container.clientHeight, scrollTop: container.scrollTop, scrollHeight: container.scrollHeight },
  );
  if (typeof container.scrollTo === 'function') container.scrollTo({ top, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  else container.scrollTop = top;
};
