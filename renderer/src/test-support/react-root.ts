import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/** A fresh element in the document with a React root on it, for one test. */
export const mountRoot = (): { container: HTMLElement; root: Root } => {
  const container = document.createElement('div');
  document.body.append(container);
  return { container, root: createRoot(container) };
};

/** Unmounts inside act() so effects' clean-ups run before the element leaves the document. */
export const unmountRoot = async ({ container, root }: { container: HTMLElement; root: Root }): Promise<void> => {
  await act(async () => root.unmount());
  container.remove();
};
