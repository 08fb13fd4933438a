/**
 * Code that runs inside the page, kept as JavaScript source strings: the benchmarks load
 * through tsx, whose transpiled functions may call helpers that do not exist in the page, so
 * nothing here is a serialised TypeScript function.
 */

/** Added before any page script: every long task (> 50 ms) of the page, with its start time. */
export const LONG_TASK_RECORDER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/** Longest task that started at or after `from` (page time, ms), and how many there were over 50 ms. */
export const longTasksAfter = (from: number) => `(() => {
  const tasks = window.__longTasks.filter((t) => t.start >= ${from});
  return { longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0), count: tasks.length };
})()`;

/**
 * Resolves with performance.now() of the first animation frame in which `test` (a JS
 * expression) is true; polls every frame, gives up after `timeoutMs`.
 */
export const frameWhen = (test: string, timeoutMs = 60_000) => `new Promise((resolve, reject) => {
  const began = performance.now();
  const check = () => {
    let ok = false;
    try { ok = Boolean(${test}); } catch (e) { reject(e); return; }
    if (ok) resolve(performance.now());
    else if (performance.now() - began > ${timeoutMs}) reject(new Error('timed out waiting for: ' + ${JSON.stringify(test)}));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/**
 * Scrolls `selector` from its top to its bottom by `step` pixels per animation frame
 * (re-reading scrollHeight, which a virtualised list may correct as rows are measured) and
 * records every frame's interval. Resolves with the intervals once the bottom is reached.
 */
export const scrollThrough = (selector: string, step: number, maxFrames = 5000) => `new Promise((resolve) => {
  const el = document.querySelector(${JSON.stringify(selector)});
  el.scrollTop = 0;
  const intervals = [];
  let last = 0;
  let frames = 0;
  const tick = (now) => {
    if (last) intervals.push(now - last);
    last = now;
    frames += 1;
    const bottom = el.scrollHeight - el.clientHeight;
    if (el.scrollTop >= bottom - 1 || frames > ${maxFrames}) {
      resolve({ intervals, height: el.scrollHeight, reachedBottom: el.scrollTop >= bottom - 1 });
      return;
    }
    el.scrollTop = Math.min(bottom, el.scrollTop + ${step});
    requestAnimationFrame(tick);
  };
  // Two frames to settle first, so the first interval is a scrolling one.
  requestAnimationFrame(() => requestAnimationFrame(tick));
})`;

/**
 * The same at a steady rate, for a list too long to cross at that rate in reasonable time:
 * `segments` stretches of `frames` frames each, evenly spaced from the top to the
 * bottom (the last one ends at the bottom). Jumping to a stretch and the two frames after it
 * are not recorded; within a stretch the list moves `step` pixels every frame.
 */
export const scrollSegments = (selector: string, step: number, segments: number, frames: number) => `new Promise((resolve) => {
  const el = document.querySelector(${JSON.stringify(selector)});
  const intervals = [];
  let segment = 0;
  const startSegment = () => {
    const bottom = el.scrollHeight - el.clientHeight;
    const span = ${step} * ${frames};
    el.scrollTop = segment === ${segments} - 1 ? Math.max(0, bottom - span) : Math.round((bottom * segment) / (${segments} - 1));
    let last = 0;
    let left = ${frames};
    const tick = (now) => {
      if (last) intervals.push(now - last);
      last = now;
      if (left-- === 0) {
        segment += 1;
        if (segment < ${segments}) startSegment();
        else resolve({ intervals, height: el.scrollHeight, reachedBottom: el.scrollTop >= el.scrollHeight - el.clientHeight - 1 });
        return;
      }
      el.scrollTop = el.scrollTop + ${step};
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(tick)));
  };
  startSegment();
})`;

/** Frame intervals over 1.5 × 16.7 ms: frames the display had to repeat. */
export const DROPPED_FRAME_MS = 1.5 * (1000 / 60);
export const droppedFrames = (intervals: readonly number[]) => intervals.filter((ms) => ms > DROPPED_FRAME_MS).length;

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
