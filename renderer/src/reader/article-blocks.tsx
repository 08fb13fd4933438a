import { memo, useMemo, type ReactElement } from 'react';
import type { Block } from '../../../data/model/schemas';
import { blockStarts } from '../../../data/model/text';
import { InlineRuns } from './inline-runs';
import { groupBlocks, type BlockNode, type ListNode } from './list-groups';

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

const firstIndex = (node: BlockNode): number => (node.type === 'block' ? node.index : node.list.items[0].index);

/**
 * The document's blocks as React elements: the first `count` of them (a long article is
 * rendered in steps; count falls between top-level nodes). Memoised on the blocks array and
 * the count: annotation and selection changes repaint highlights without re-rendering (or
 * touching) the text, and each step only adds elements after the ones already there.
 */
export const ArticleBlocks = memo(function ArticleBlocks({ blocks, count = blocks.length }: { blocks: readonly Block[]; count?: number }) {
  const starts = useMemo(() => blockStarts(blocks), [blocks]);
  const nodes = useMemo(() => groupBlocks(blocks), [blocks]);
  const elements = useMemo(
    () =>
      nodes.map((node) =>
        node.type === 'block'
          ? renderBlock(blocks[node.index], starts[node.index], node.index)
          : renderList(node.list, blocks, starts, node.list.items[0].index),
      ),
    [nodes, blocks, starts],
  );
  const shown = useMemo(() => {
    let n = 0;
    while (n < nodes.length && firstIndex(nodes[n]) < count) n += 1;
    return n;
  }, [nodes, count]);
  return <>{shown === elements.length ? elements : elements.slice(0, shown)}</>;
});
