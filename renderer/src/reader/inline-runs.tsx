import { Fragment, type ReactNode } from 'react';
import type { InlineRun } from '../../../data/model/schemas';
import { linkHref } from './link-href';

/**
 * One run as React elements whose only text is run.text, so the block's text nodes join
 * to exactly its canonical text. Inside a code block, code marks add no second <code>.
 */
const renderRun = (run: InlineRun, inCode: boolean): ReactNode => {
  let node: ReactNode = run.text;
  if (run.code && !inCode) node = <code>{node}</code>;
  if (run.italic) node = <em>{node}</em>;
  if (run.bold) node = <strong>{node}</strong>;
  const href = linkHref(run.href);
  // The host opens target=_blank links in the system browser; the app never navigates.
  if (href !== undefined) {
    node = (
      <a href={href} rel="noopener noreferrer" target="_blank">
        {node}
      </a>
    );
  }
  return node;
};

export const InlineRuns = ({ runs, inCode = false }: { runs: readonly InlineRun[]; inCode?: boolean }) => (
  <>
    {runs.map((run, i) => (
      <Fragment key={i}>{renderRun(run, inCode)}</Fragment>
    ))}
  </>
);
