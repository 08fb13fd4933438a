import type { ReactNode } from 'react';

/** An empty pane that says what to do next, not just that there is nothing. */
export const EmptyState = ({
  title,
  children,
  headingLevel = 2,
  actions,
}: {
  title: string;
  children?: ReactNode;
  headingLevel?: 1 | 2 | 3;
  actions?: ReactNode;
}) => {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="empty-state">
      <Heading className="empty-state-title">{title}</Heading>
      {children}
      {actions && <div className="empty-state-actions">{actions}</div>}
    </div>
  );
};
