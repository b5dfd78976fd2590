// The histogram's time axis: a few labelled ticks (years, months or days, as the span asks) under the bars.
import type { Bucket } from './dates';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Tick {
  /** Index of the bucket the tick stands under. */
  index: number;
  label: string;
}

const month = (iso: string): string => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const day = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;

/**
 * Ticks for buckets starting at `starts` (ISO dates, in order), at most `max` of them, evenly thinned. Each marks where
 * a coarser unit begins when the span is long (a year over many months, a month over many days), so labels read
 * as a calendar and never repeat.
 */
export function axisTicks(starts: readonly string[], bucket: Bucket, max = 5): Tick[] {
  const n = starts.length;
  if (n === 0) return [];
  let candidates: Tick[];
  if (bucket === 'YEAR') candidates = starts.map((s, index) => ({ index, label: s.slice(0, 4) }));
  else if (bucket === 'MONTH' && n > 18)
    candidates = starts.flatMap((s, index) =>
      index === 0 || s.slice(5, 7) === '01' ? [{ index, label: s.slice(0, 4) }] : [],
    );
  else if (bucket === 'MONTH') candidates = starts.map((s, index) => ({ index, label: month(s) }));
  else if (n > 20)
    candidates = starts.flatMap((s, index) =>
      index === 0 || s.slice(5, 7) !== starts[index - 1]!.slice(5, 7) ? [{ index, label: month(s) }] : [],
    );
  else candidates = starts.map((s, index) => ({ index, label: day(s) }));
  // A first tick of a partial year or month right before the next one would overprint it.
  if (candidates.length > 1 && candidates[1]!.index - candidates[0]!.index < n / (max * 2)) candidates.shift();
  const step = Math.ceil(candidates.length / max);
  return candidates.filter((_, i) => i % step === 0);
}
