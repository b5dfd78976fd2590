// What Play shows, period after period: a growing window (cumulative) or a window of fixed width sliding on.
import type { PlayMode } from './urlState';

/** A window over the timeline's periods, both ends included (indexes into the buckets). */
export interface Span {
  lo: number;
  hi: number;
}

/** Width of the sliding window when the whole range is selected (nothing narrower to slide): a sixth of it. */
export function defaultWidth(periods: number): number {
  return Math.max(1, Math.round(periods / 6));
}

/**
 * The windows Play steps through over `periods` periods, starting from the selected one. Cumulative keeps the start
 * and grows the end by one period; the sliding window keeps its width and moves both ends. A selection that already
 * reaches the last period (the whole range, say) replays from the first period.
 */
export function playFrames(periods: number, selected: Span, mode: PlayMode): Span[] {
  if (periods < 2) return [];
  const whole = selected.lo === 0 && selected.hi === periods - 1;
  const width = whole ? defaultWidth(periods) : selected.hi - selected.lo + 1;
  const fromStart = selected.hi >= periods - 1;
  const start = fromStart ? 0 : selected.lo;
  const frames: Span[] = [];
  if (mode === 'cumulative') {
    for (let hi = fromStart ? start : selected.hi; hi < periods; hi += 1) frames.push({ lo: start, hi });
  } else {
    for (let lo = start; lo + width - 1 < periods; lo += 1) frames.push({ lo, hi: lo + width - 1 });
  }
  return frames;
}
