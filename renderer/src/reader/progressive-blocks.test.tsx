// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../../data/model/schemas';
import { blockStarts, blockText } from '../../../data/model/text';
import { ArticleBlocks } from './article-blocks';
import { CHUNK_CHARS, FIRST_CHARS, nextCount, planSteps, renderedTextEnd, useProgressiveBlocks } from './progressive-blocks';
import type { Schedule } from './slice-scheduler';
import { render, type Rendered } from './test-support';

const para = (n: number, ch = '字'): Block => ({ kind: 'paragraph', runs: [{ text: ch.repeat(n) }] });
const item = (level = 1): Block => ({ kind: 'listItem', level, ordered: false, runs: [{ text: '項' }] });

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

describe('progressive steps', () => {
  it('first renders enough blocks for FIRST_CHARS, then CHUNK_CHARS more per step', () => {
    const blocks = Array.from({ length: 200 }, () => para(1000));
    const plan = planSteps(blocks);
    const first = nextCount(plan, 0, FIRST_CHARS);
    // Block i starts at i * 1002: the first block starting at or past 6,000 characters.
    expect(first).toBe(Math.ceil(FIRST_CHARS / 1002));
    const second = nextCount(plan, first, CHUNK_CHARS);
    expect(plan.starts[second] - plan.starts[first]).toBeGreaterThanOrEqual(CHUNK_CHARS);
    expect(nextCount(plan, 190, CHUNK_CHARS)).toBe(200);
    expect(nextCount(plan, 200, CHUNK_CHARS)).toBe(200);
  });

  it('never stops inside a list', () => {
    const blocks = [para(10), item(), item(2), item(), para(10)];
    const plan = planSteps(blocks);
    expect(plan.boundaries).toEqual([0, 1, 4, 5]);
    // 13 characters reach into the list: the whole list comes with it.
    expect(nextCount(plan, 0, 12)).toBe(1);
    expect(nextCount(plan, 0, 13)).toBe(4);
  });

  it('knows where the rendered text ends', () => {
    const blocks = [para(10), para(5), para(7)];
    const starts = blockStarts(blocks);
    expect(renderedTextEnd(blocks, starts, 0)).toBe(0);
    expect(renderedTextEnd(blocks, starts, 2)).toBe(starts[1] + 5);
    expect(renderedTextEnd(blocks, starts, 3)).toBe(starts[2] + 7);
  });
});

/** A schedule the test runs by hand. */
const manual = () => {
  const queue: Array<() => void> = [];
  const schedule: Schedule = (run) => {
    queue.push(run);
    return () => queue.splice(queue.indexOf(run), 1);
  };
  return { schedule, runNext: () => queue.shift()?.() };
};

const Probe = ({ blocks, schedule }: { blocks: Block[]; schedule: Schedule }) => {
  const { count, textEnd, complete } = useProgressiveBlocks(blocks, schedule);
  return (
    <article data-count={count} data-end={textEnd} data-complete={complete}>
      <ArticleBlocks blocks={blocks} count={count} />
    </article>
  );
};

describe('useProgressiveBlocks with ArticleBlocks', () => {
  it('renders a long article in steps, keeping what is on screen, until every block is there', async () => {
    const blocks = Array.from({ length: 120 }, (_, i) => para(1000, String.fromCharCode(0x4e00 + i)));
    const { schedule, runNext } = manual();
    view = await render(<Probe blocks={blocks} schedule={schedule} />);
    const article = view.container.querySelector('article')!;
    const first = Number(article.dataset.count);
    expect(first).toBeLessThan(blocks.length);
    expect(article.querySelectorAll('[data-start]')).toHaveLength(first);
    const firstParagraph = article.querySelector('p');
    let steps = 0;
    while (article.dataset.complete !== 'true' && steps < 50) {
      await act(async () => runNext());
      steps += 1;
    }
    expect(steps).toBeGreaterThan(1);
    expect(article.querySelectorAll('[data-start]')).toHaveLength(blocks.length);
    // The first paragraph is the same element: steps append, they do not re-render the text.
    expect(article.querySelector('p')).toBe(firstParagraph);
    expect(article.textContent).toBe(blocks.map(blockText).join(''));
    expect(Number(article.dataset.end)).toBe(blockStarts(blocks)[119] + 1000);
  });

  it('renders a short article whole at once', async () => {
    const blocks = [para(50), para(60)];
    const { schedule } = manual();
    view = await render(<Probe blocks={blocks} schedule={schedule} />);
    const article = view.container.querySelector('article')!;
    expect(article.dataset.complete).toBe('true');
    expect(article.querySelectorAll('p')).toHaveLength(2);
  });
});
