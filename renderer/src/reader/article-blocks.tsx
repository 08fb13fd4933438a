import { memo, useMemo, type ReactElement } from 'react';
import type { Block } from '../../../data/model/schemas';
import { blockStarts } from '../../../data/model/text';
import { InlineRuns } from './inline-runs';
import { groupBlocks, type ListNode } from './list-groups';

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The element of one non-list block; `data-start` ties it to the canonical text. */
const renderBlock = (block: Block, start: number, key: number): ReactElement => {
  const runs = <InlineRuns runs={block.runs} />;
  switch (block.kind) {
    case 'heading': {
      const Tag = `h${Math.min(Math.max(block.level ?? 1, 1), 6)}` as HeadingTag;
      return <Tag key={key} data-start={start}>{runs}</Tag>;
    }
    case 'quote':
      return <blockquote key={key} data-start={start}>{runs}</blockquote>;
    case 'code':
      return (
        <pre key={key} data-start={start} data-lang={block.lang || undefined}>
          <code>
            <InlineRuns runs={block.runs} inCode />
          </code>
        </pre>
      );
    case 'rule':
      return <hr key={key} data-start={start} />;
    default:
      // Paragraphs, and list items met outside a list (groupBlocks never yields those).
      return <p key={key} data-start={start}>{runs}</p>;
  }
};

/**
 * A list. The item's text sits in its own element so a nested list stays outside it:
 * every block element then holds exactly its own block's text.
 */
const renderList = (list: ListNode, blocks: readonly Block[], starts: number[], key: number): ReactElement => {
  const Tag = list.ordered ? 'ol' : 'ul';
  return (
    <Tag key={key}>
      {list.items.map((item) => (
        <li key={item.index}>
          <div className="glossa-li-text" data-start={starts[item.index]}>
            <InlineRuns runs={blocks[item.index].runs} />
          </div>
          {item.children.map((child, i) => renderList(child, blocks, starts, i))}
        </li>
      ))}
    </Tag>
  );
};

/**
 * The document's blocks as React elements. Memoised on the blocks array: annotation and
 * selection changes repaint highlights without re-rendering (or touching) the text.
 */
export const ArticleBlocks = memo(function ArticleBlocks({ blocks }: { blocks: readonly Block[] }) {
  const starts = useMemo(() => blockStarts(blocks), [blocks]);
  const nodes = useMemo(() => groupBlocks(blocks), [blocks]);
  return (
    <>
      {nodes.map((node) =>
        node.type === 'block'
          ? renderBlock(blocks[node.index], starts[node.index], node.index)
          : renderList(node.list, blocks, starts, node.list.items[0].index),
      )}
    </>
  );
});
