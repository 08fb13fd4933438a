import { useRef } from 'react';

/**
 * A draggable, focusable splitter between two panes (WAI-ARIA window splitter pattern):
 * pointer drag, or arrow keys (Shift for bigger steps), Home/End for the limits.
 * `side` says which way growth goes: the left pane grows to the right, the right pane to the left.
 */
export const PaneSeparator = ({
  label,
  controls,
  value,
  min,
  max,
  side,
  onPreview,
  onCommit,
}: {
  label: string;
  controls: string;
  value: number;
  min: number;
  max: number;
  side: 'left' | 'right';
  onPreview: (width: number) => void;
  onCommit: (width: number) => void;
}) => {
  const drag = useRef<{ x: number; width: number; last: number } | null>(null);
  const clamp = (w: number) => Math.round(Math.min(max, Math.max(min, w)));
  const sign = side === 'left' ? 1 : -1;

  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = e.shiftKey ? 64 : 16;
    const moves: Record<string, number> = {
      ArrowLeft: value - sign * step,
      ArrowRight: value + sign * step,
      Home: min,
      End: max,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    onCommit(clamp(moves[e.key]));
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      className="pane-separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { x: e.clientX, width: value, last: value };
        e.currentTarget.focus();
      }}
      onPointerMove={(e) => {
        if (!drag.current) return;
        const width = clamp(drag.current.width + sign * (e.clientX - drag.current.x));
        drag.current.last = width;
        onPreview(width);
      }}
      onPointerUp={(e) => {
        if (!drag.current) return;
        e.currentTarget.releasePointerCapture(e.pointerId);
        const width = drag.current.last;
        drag.current = null;
        onCommit(width);
      }}
      onPointerCancel={() => {
        if (drag.current) onCommit(drag.current.last);
        drag.current = null;
      }}
    />
  );
};
