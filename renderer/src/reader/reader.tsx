import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type MouseEvent } from 'react';
import type { Color } from '../../../data/model/schemas';
import { blockStarts, blockText } from '../../../data/model/text';
import { ArticleBlocks } from './article-blocks';
import { clickOffset } from './caret-offset';
import type { Offsets } from './dom-offsets';
import { annotationAt } from './hit-test';
import { paintableSpans } from './paintable';
import { useProgressiveBlocks } from './progressive-blocks';
import type { ReaderKeyAction } from './reader-keys';
import type { CreateRequest, ReaderProps } from './reader-props';
import { SelectionToolbar } from './selection-toolbar';
import { guessTextLanguage } from './text-language';
import { titleToShow } from './title-header';
import { useBlockIndex } from './use-block-index';
import { useHighlightPainting } from './use-highlight-painting';
import { useReaderKeys } from './use-reader-keys';
import { useReaderSelection } from './use-reader-selection';
import { useReveal, useRevealRange } from './use-reveal';
import { useToolbarPlacement } from './use-toolbar-placement';
import './reader.css';

/** Excerpts and notes start yellow; the colour can be changed later in the annotation pane. */
const DEFAULT_COLOR: Color = 'yellow';

const textLengthOf = (blocks: ReaderProps['document']['blocks']): number => {
  if (blocks.length === 0) return 0;
  const last = blocks.length - 1;
  return blockStarts(blocks)[last] + blockText(blocks[last]).length;
};

/**
 * The reading pane: the article's blocks, its highlights, the selection toolbar and the
 * reader's shortcuts. It owns the text and the selection; data, undo and the note editor
 * belong to the shell, reached through onCreate and onSelectAnnotation.
 */
export const Reader = (props: ReaderProps) => {
  const { document: doc, annotations, selectedId, fontSize, knownTags, colorLabels, reveal, revealRange, excerptRequest, t, onSelectAnnotation, onCreate } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);

  // A long article arrives on screen in steps; highlights, reveals and the block index
  // cover the blocks rendered so far.
  const progress = useProgressiveBlocks(doc.blocks);
  const getIndex = useBlockIndex(articleRef, doc.blocks, progress.count);
  const textLength = useMemo(() => textLengthOf(doc.blocks), [doc.blocks]);
  const spans = useMemo(() => paintableSpans(annotations, textLength), [annotations, textLength]);
  const paintEnd = progress.complete ? Infinity : progress.textEnd;
  const shownSpans = useMemo(() => (paintEnd === Infinity ? spans : spans.filter((s) => s.end <= paintEnd)), [spans, paintEnd]);
  const shownRevealRange = revealRange && (progress.complete || revealRange.end <= progress.textEnd) ? revealRange : undefined;
  const renderedBlocks = useMemo(() => ({ blocks: doc.blocks, count: progress.count }), [doc.blocks, progress.count]);
  const title = titleToShow(doc);
  const lang = useMemo(() => guessTextLanguage(doc.blocks), [doc.blocks]);

  const [live, clearLive] = useReaderSelection(scrollRef, getIndex);
  /** The span being tagged: frozen because focusing the tag input ends the text selection. */
  const [frozen, setFrozen] = useState<Offsets | null>(null);
  const target = frozen ?? live;

  const flash = useHighlightPainting({ getIndex, blocks: doc.blocks, spans, paintEnd, selectedId, pending: frozen, scrollRef });
  useReveal(reveal, shownSpans, getIndex, scrollRef, flash);
  useRevealRange(shownRevealRange, renderedBlocks, getIndex, scrollRef, flash);
  const place = useToolbarPlacement(target, frozen !== null, getIndex, scrollRef, toolbarRef);

  // Another document: whatever was selected or being tagged belonged to the old one.
  useEffect(() => {
    setFrozen(null);
  }, [doc.id]);

  // A passage asked for from outside opens the tag field with no toolbar on screen yet; the
  // new toolbar is hidden while it is measured, so its input takes the focus once placed.
  const focusTagField = useRef(false);
  useEffect(() => {
    if (!excerptRequest) return;
    focusTagField.current = true;
    setFrozen({ start: excerptRequest.start, end: excerptRequest.end });
  }, [excerptRequest]);

  useEffect(() => {
    if (!place || !frozen || !focusTagField.current) return;
    focusTagField.current = false;
    toolbarRef.current?.querySelector('input')?.focus({ preventScroll: true });
  }, [place, frozen]);

  const finish = useCallback(() => {
    const focusWasInToolbar = toolbarRef.current?.contains(document.activeElement) ?? false;
    setFrozen(null);
    clearLive();
    // The tag input is about to disappear; leave the focus somewhere sensible.
    if (focusWasInToolbar) scrollRef.current?.focus({ preventScroll: true });
  }, [clearLive]);

  const create = useCallback(
    (intent: CreateRequest['intent'], color: Color, tags: string[]) => {
      if (!target) return;
      onCreate({ start: target.start, end: target.end, color, intent, tags });
      finish();
    },
    [target, onCreate, finish],
  );

  const openExcerpt = useCallback(() => {
    if (live) setFrozen(live);
  }, [live]);

  useReaderKeys(target !== null, (action: ReaderKeyAction) => {
    if (action.kind === 'highlight') create('highlight', action.color, []);
    else if (action.kind === 'note') create('note', DEFAULT_COLOR, []);
    else if (action.kind === 'excerpt') openExcerpt();
    else finish();
  });

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const selection = document.getSelection();
    // The click that ends a drag-selection is not a click on a highlight.
    if (selection && !selection.isCollapsed) return;
    if ((event.target as Element).closest('a[href]')) return;
    const index = getIndex();
    const offset = index ? clickOffset(index, event.target, event.clientX, event.clientY) : null;
    onSelectAnnotation(offset === null ? null : annotationAt(spans, offset));
  };

  // A new mouse selection abandons an excerpt being tagged.
  const onPointerDown = () => {
    if (frozen) setFrozen(null);
  };

  return (
    <>
      <div
        ref={scrollRef}
        className="glossa-reader"
        role="region"
        tabIndex={0}
        aria-label={t('reader.pane')}
        style={{ '--glossa-reader-font-size': `${fontSize}px` } as CSSProperties}
        onClick={onClick}
        onPointerDown={onPointerDown}
      >
        <div className="glossa-reader-column" lang={lang}>
          {title !== null && (
            <header className="glossa-reader-header">
              <h1>{title}</h1>
            </header>
          )}
          <article ref={articleRef} className="glossa-reader-text">
            <ArticleBlocks blocks={doc.blocks} count={progress.count} />
          </article>
          {doc.blocks.length === 0 && <p className="glossa-reader-empty">{t('reader.empty')}</p>}
        </div>
      </div>
      {target && (
        <SelectionToolbar
          ref={toolbarRef}
          position={place}
          tagFieldOpen={frozen !== null}
          colorLabels={colorLabels}
          knownTags={knownTags}
          t={t}
          onHighlight={(color) => create('highlight', color, [])}
          onExcerpt={openExcerpt}
          onNote={() => create('note', DEFAULT_COLOR, [])}
          onSaveExcerpt={(tags) => create('excerpt', DEFAULT_COLOR, tags)}
          onCancel={finish}
        />
      )}
    </>
  );
};
