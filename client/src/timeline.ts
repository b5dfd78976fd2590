// The time filter: a histogram of meetings and stances per period with its axis, a from/to range, and Play (mode, speed).
import { el, replaceChildren } from './dom';
import type { Bucket } from './dates';
import { bucketEnd, nextBucket } from './dates';
import { RELATION_COLOUR } from './palette';
import { playFrames } from './playback';
import { axisTicks } from './timeAxis';
import type { TimelineBucket } from './types';
import type { PlayMode, PlaySettings } from './urlState';
import { PLAY_SPEEDS } from './urlState';

const SVG = 'http://www.w3.org/2000/svg';

export interface TimeWindow {
  from?: string;
  to?: string;
}

export class TimelineControl {
  private buckets: TimelineBucket[] = [];
  private bucket: Bucket = 'MONTH';
  private lo = 0;
  private hi = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly fromInput = el('input', {
    type: 'range',
    min: '0',
    max: '0',
    value: '0',
    id: 'time-from',
    'data-testid': 'time-from',
    'aria-label': 'Start of the time window',
  });
  private readonly toInput = el('input', {
    type: 'range',
    min: '0',
    max: '0',
    value: '0',
    id: 'time-to',
    'data-testid': 'time-to',
    'aria-label': 'End of the time window',
  });
  private readonly label = el('output', {
    className: 'time-label',
    'data-testid': 'time-label',
    for: 'time-from time-to',
  });
  private readonly playButton = el(
    'button',
    { type: 'button', className: 'play', 'data-testid': 'time-play', 'aria-label': 'Replay the period' },
    '▶ Play',
  );
  private readonly reset = el(
    'button',
    { type: 'button', className: 'secondary', 'data-testid': 'time-reset' },
    'All time',
  );
  private readonly chart = document.createElementNS(SVG, 'svg');
  private readonly axis = el('div', { className: 'time-axis', 'data-testid': 'time-axis', 'aria-hidden': 'true' });
  private readonly modeSelect = el(
    'select',
    { 'data-testid': 'time-mode', 'aria-label': 'What Play shows' },
    el('option', { value: 'window' }, 'Sliding window'),
    el('option', { value: 'cumulative' }, 'Cumulative'),
  );
  private readonly speedSelect = el(
    'select',
    { 'data-testid': 'time-speed', 'aria-label': 'Play speed (periods per second)' },
    ...PLAY_SPEEDS.map((speed) => el('option', { value: String(speed) }, `${speed}×`)),
  );
  /** Says when the selected window holds no dated meeting or stance at all. */
  private readonly empty = el('p', { className: 'time-empty', 'data-testid': 'time-empty', role: 'status' });

  constructor(
    private readonly root: HTMLElement,
    private readonly onChange: (window: TimeWindow) => void,
    /** Play's mode and speed, as the URL gave them; changed in place. */
    private readonly play: PlaySettings,
    private readonly onPlayChange: () => void,
  ) {
    this.modeSelect.value = play.mode;
    this.speedSelect.value = String(play.speed);
    this.modeSelect.addEventListener('change', () => {
      play.mode = this.modeSelect.value as PlayMode;
      onPlayChange();
    });
    this.speedSelect.addEventListener('change', () => {
      play.speed = Number(this.speedSelect.value);
      onPlayChange();
      // A new speed takes effect at once, from where Play is.
      if (this.timer !== undefined) this.schedule();
    });
    this.chart.setAttribute('class', 'histogram');
    this.chart.setAttribute('role', 'img');
    this.chart.setAttribute('preserveAspectRatio', 'none');
    this.fromInput.addEventListener('input', () => this.fromSliders('from'));
    this.toInput.addEventListener('input', () => this.fromSliders('to'));
    this.playButton.addEventListener('click', () => (this.timer === undefined ? this.start() : this.stop()));
    this.reset.addEventListener('click', () => this.showAll());
    replaceChildren(root, el('p', { className: 'muted' }, 'Loading the timeline…'));
  }

  /** The whole period (All time). */
  showAll(): void {
    this.stop();
    if (this.buckets.length > 0) this.set(0, this.buckets.length - 1, true);
    else this.onChange({});
  }

  /** Fill with buckets; `initial` (from the URL) selects a window. */
  load(buckets: TimelineBucket[], bucket: Bucket, initial: TimeWindow): void {
    this.buckets = withGaps(
      [...buckets].sort((a, b) => a.start.localeCompare(b.start)),
      bucket,
    );
    this.bucket = bucket;
    if (this.buckets.length === 0) {
      replaceChildren(this.root, el('p', { className: 'muted' }, 'No dated meeting or stance yet.'));
      return;
    }
    const max = String(this.buckets.length - 1);
    this.fromInput.max = max;
    this.toInput.max = max;
    const lo =
      initial.from === undefined
        ? 0
        : Math.max(
            0,
            this.buckets.findIndex((b) => bucketEnd(b.start, bucket) >= (initial.from as string)),
          );
    let hi = this.buckets.length - 1;
    if (initial.to !== undefined) {
      const after = this.buckets.findIndex((b) => b.start > (initial.to as string));
      hi = after === -1 ? this.buckets.length - 1 : Math.max(lo, after - 1);
    }
    this.drawChart();
    replaceChildren(
      this.root,
      this.chart,
      this.axis,
      el('div', { className: 'time-sliders' }, this.fromInput, this.toInput),
      el('div', { className: 'time-row' }, this.label, this.playButton, this.reset),
      el('div', { className: 'time-row' }, this.modeSelect, this.speedSelect),
      this.empty,
    );
    this.set(lo, hi, false);
  }

  private drawChart(): void {
    const max = Math.max(1, ...this.buckets.map((b) => b.meetings + b.stances));
    const n = this.buckets.length;
    this.chart.setAttribute('viewBox', `0 0 ${n * 10} 40`);
    this.chart.replaceChildren();
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `Meetings and stances per ${this.bucket.toLowerCase()}`;
    this.chart.append(title);
    this.buckets.forEach((b, i) => {
      const mh = (b.meetings / max) * 38;
      const sh = (b.stances / max) * 38;
      for (const [h, y, colour] of [
        [mh, 40 - mh, RELATION_COLOUR.MET],
        [sh, 40 - mh - sh, RELATION_COLOUR.BACKS],
      ] as const) {
        if (h <= 0) continue;
        const rect = document.createElementNS(SVG, 'rect');
        rect.setAttribute('x', String(i * 10 + 1));
        rect.setAttribute('width', '8');
        rect.setAttribute('y', String(y));
        rect.setAttribute('height', String(h));
        rect.setAttribute('fill', colour);
        rect.setAttribute('data-index', String(i));
        this.chart.append(rect);
      }
    });
    const ticks = axisTicks(
      this.buckets.map((b) => b.start),
      this.bucket,
    );
    replaceChildren(
      this.axis,
      ...ticks.map((tick) =>
        el(
          'span',
          { className: 'time-tick', style: `left:${((tick.index + 0.5) / n) * 100}%`, 'data-index': tick.index },
          tick.label,
        ),
      ),
    );
  }

  private fromSliders(moved: 'from' | 'to'): void {
    this.stop();
    let lo = Number(this.fromInput.value);
    let hi = Number(this.toInput.value);
    if (lo > hi) {
      if (moved === 'from') hi = lo;
      else lo = hi;
    }
    this.set(lo, hi, true);
  }

  private set(lo: number, hi: number, notify: boolean): void {
    this.lo = lo;
    this.hi = hi;
    this.fromInput.value = String(lo);
    this.toInput.value = String(hi);
    const window = this.window();
    const first = this.buckets[lo];
    const last = this.buckets[hi];
    this.label.textContent = first && last ? `${first.start} – ${bucketEnd(last.start, this.bucket)}` : '';
    this.chart.querySelectorAll('rect').forEach((rect) => {
      const index = Number(rect.getAttribute('data-index'));
      rect.setAttribute('opacity', index >= lo && index <= hi ? '1' : '0.25');
    });
    this.root.dataset.full = String(window.from === undefined && window.to === undefined);
    const dated = this.buckets.slice(lo, hi + 1).reduce((sum, b) => sum + b.meetings + b.stances, 0);
    this.empty.hidden = dated > 0 || this.buckets.length === 0;
    this.empty.textContent = dated > 0 ? '' : `No meeting or stance dated ${this.label.textContent}.`;
    if (notify) this.onChange(window);
  }

  /** The selected window; undefined ends mean "unbounded" (the whole range selected). */
  window(): TimeWindow {
    if (this.buckets.length === 0) return {};
    const full = this.lo === 0 && this.hi === this.buckets.length - 1;
    if (full) return {};
    const first = this.buckets[this.lo] as TimelineBucket;
    const last = this.buckets[this.hi] as TimelineBucket;
    return { from: first.start, to: bucketEnd(last.start, this.bucket) };
  }

  /** The windows left to show; Play steps through them. */
  private frames: { lo: number; hi: number }[] = [];

  private start(): void {
    this.frames = playFrames(this.buckets.length, { lo: this.lo, hi: this.hi }, this.play.mode);
    const first = this.frames.shift();
    if (first === undefined) return;
    this.playButton.textContent = '❚❚ Pause';
    this.root.dataset.playing = 'true';
    this.set(first.lo, first.hi, true);
    this.schedule();
  }

  /** (Re)start the timer at the current speed (periods per second). */
  private schedule(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = setInterval(() => {
      const next = this.frames.shift();
      if (next === undefined) {
        this.stop();
        return;
      }
      this.set(next.lo, next.hi, true);
    }, 1000 / this.play.speed);
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.frames = [];
    this.playButton.textContent = '▶ Play';
    delete this.root.dataset.playing;
  }
}

/** Insert the empty periods the server leaves out, so that the axis is linear in time (at most 500 bars). */
function withGaps(sorted: TimelineBucket[], bucket: Bucket): TimelineBucket[] {
  const out: TimelineBucket[] = [];
  for (const item of sorted) {
    const previous = out[out.length - 1];
    if (previous !== undefined) {
      let start = nextBucket(previous.start, bucket);
      while (start < item.start && out.length < 500) {
        out.push({ start, meetings: 0, stances: 0 });
        start = nextBucket(start, bucket);
      }
    }
    out.push(item);
  }
  return out;
}
