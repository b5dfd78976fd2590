// Unit tests (no browser) for views that keep and for time: Play's frames, the histogram axis, edge dates, the export caption, the URL's view.
import { viewCaption } from '../../client/src/caption';
import { dateLabel, relationDates } from '../../client/src/edgeDates';
import { defaultFilters } from '../../client/src/filters';
import { defaultWidth, playFrames } from '../../client/src/playback';
import { decodePositions, encodePositions } from '../../client/src/positionCode';
import { axisTicks } from '../../client/src/timeAxis';
import { defaultViewState, readHash, writeHash } from '../../client/src/urlState';

const defaults = defaultViewState;

describe('Play', () => {
  test('cumulative over the whole range grows the window one period at a time from the first', () => {
    expect(playFrames(4, { lo: 0, hi: 3 }, 'cumulative')).toEqual([
      { lo: 0, hi: 0 },
      { lo: 0, hi: 1 },
      { lo: 0, hi: 2 },
      { lo: 0, hi: 3 },
    ]);
  });

  test('cumulative from a narrowed window keeps its start and grows its end to the last period', () => {
    expect(playFrames(6, { lo: 2, hi: 3 }, 'cumulative')).toEqual([
      { lo: 2, hi: 3 },
      { lo: 2, hi: 4 },
      { lo: 2, hi: 5 },
    ]);
  });

  test('the sliding window keeps the width selected and moves both ends', () => {
    expect(playFrames(5, { lo: 1, hi: 2 }, 'window')).toEqual([
      { lo: 1, hi: 2 },
      { lo: 2, hi: 3 },
      { lo: 3, hi: 4 },
    ]);
  });

  test('over the whole range the sliding window is a sixth of it wide and starts at the first period', () => {
    const frames = playFrames(24, { lo: 0, hi: 23 }, 'window');
    expect(defaultWidth(24)).toBe(4);
    expect(frames[0]).toEqual({ lo: 0, hi: 3 });
    expect(frames.at(-1)).toEqual({ lo: 20, hi: 23 });
    expect(frames.every((f) => f.hi - f.lo === 3)).toBe(true);
  });

  test('a window already at the end replays from the start; a single period has nothing to play', () => {
    expect(playFrames(4, { lo: 2, hi: 3 }, 'window')[0]).toEqual({ lo: 0, hi: 1 });
    expect(playFrames(1, { lo: 0, hi: 0 }, 'cumulative')).toEqual([]);
  });
});

describe('the histogram axis', () => {
  const months = (from: number, count: number): string[] =>
    Array.from({ length: count }, (_, i) => {
      const m = from + i;
      return `${2018 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
    });

  test('over a few months labels months, in order, at most five', () => {
    const ticks = axisTicks(months(2, 7), 'MONTH');
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks[0]).toEqual({ index: 0, label: 'Mar 2018' });
    expect(ticks.map((t) => t.index)).toEqual([...ticks.map((t) => t.index)].sort((a, b) => a - b));
  });

  test('over years of months labels the years where they begin, never the same twice', () => {
    const ticks = axisTicks(months(0, 48), 'MONTH');
    expect(ticks.map((t) => t.label)).toEqual(['2018', '2019', '2020', '2021']);
    expect(ticks.map((t) => t.index)).toEqual([0, 12, 24, 36]);
  });

  test('a partial first year right before the next one is left out rather than overprinted', () => {
    const ticks = axisTicks(months(11, 30), 'MONTH');
    expect(ticks[0]).toEqual({ index: 1, label: '2019' });
  });

  test('days are labelled by day and month; no bucket, no tick', () => {
    expect(axisTicks(['2019-03-01', '2019-03-02'], 'DAY').map((t) => t.label)).toEqual(['1 Mar', '2 Mar']);
    expect(axisTicks([], 'WEEK')).toEqual([]);
  });
});

describe('dates on relations', () => {
  test('one date per meeting, oldest first, even when two articles report it', () => {
    const relation = {
      evidence: [
        { date: '2019-06-01', meetingId: 'm2' },
        { date: '2019-02-27', meetingId: 'm1' },
        { date: '2019-02-28', meetingId: 'm1' },
      ],
    };
    expect(relationDates(relation)).toEqual(['2019-02-28', '2019-06-01']);
    expect(dateLabel(relation)).toBe('2019-02-28, 2019-06-01');
  });

  test('many dates are shown as their span and count; without evidence the first and last dates stand in', () => {
    const evidence = ['2019-01-05', '2019-03-01', '2019-07-09'].map((date) => ({ date, meetingId: null }));
    expect(dateLabel({ evidence })).toBe('2019-01-05 – 2019-07-09 (3 dates)');
    expect(dateLabel({ evidence: [], firstDate: '2018-04-27', lastDate: '2018-04-27' })).toBe('2018-04-27');
    expect(dateLabel({ evidence: [{ date: null, meetingId: null }] })).toBe('');
  });
});

describe('dates of a relation that carries only its newest claims', () => {
  const newest = [{ date: '2019-07-09', meetingId: 'meeting:c' }];
  test('the label gives the whole span and every claim, not the one date carried', () => {
    expect(dateLabel({ evidence: newest, count: 5, firstDate: '2018-01-02', lastDate: '2019-07-09' })).toBe(
      '2018-01-02 – 2019-07-09 (5)',
    );
  });
  test('a relation that carries all its claims keeps its own dates', () => {
    expect(dateLabel({ evidence: newest, count: 1, firstDate: '2019-07-09', lastDate: '2019-07-09' })).toBe(
      '2019-07-09',
    );
  });
});

describe('the export caption', () => {
  const now = new Date('2026-12-01T23:45:10Z');

  test('says the period, every active filter, the focus and when it was made', () => {
    const filters = defaultFilters();
    filters.types.delete('OPPOSES');
    filters.countries.add('KP').add('US');
    filters.minConfidence = 0.3;
    filters.from = '2019-02-01';
    filters.to = '2019-02-28';
    const caption = viewCaption({
      filters,
      focus: 'Stephen Biegun',
      mode: 'overview',
      counts: { nodes: 12, edges: 20 },
      now,
    });
    expect(caption).toEqual({
      title: 'Entente · Overview · 12 actors, 20 relations',
      period: 'Period: 2019-02-01 – 2019-02-28',
      filters: 'Filters: relations: met, backs · countries: KP, US · confidence ≥ 0.30 · focus: Stephen Biegun',
      generated: 'Generated 2026-12-01 23:45 UTC by Entente Explorer',
    });
  });

  test('with no filter says none, and all time spans the graph', () => {
    const caption = viewCaption({
      filters: defaultFilters(),
      firstDate: '2018-01-03',
      lastDate: '2019-12-30',
      mode: 'Meetings in Hanoi',
      counts: { nodes: 3, edges: 2 },
      now,
    });
    expect(caption.period).toBe('Period: All time (2018-01-03 – 2019-12-30)');
    expect(caption.filters).toBe('Filters: none');
    expect(caption.title).toContain('Meetings in Hanoi');
  });
});

describe('the view in the URL', () => {
  test('keeps hidden actors, zoom to 3 decimals and pan to the pixel, and the positions code', () => {
    const state = defaults();
    state.hidden = ['country:FR'];
    state.viewport = { zoom: 1.234567, pan: { x: -340.44, y: 210.6 } };
    state.positions = encodePositions([['country:US', 10, -20]]);
    const hash = writeHash(state);
    expect(decodeURIComponent(hash)).toBe(`#hide=country:FR&pos=${state.positions}&view=1.235,-340,211`);
    const back = readHash(hash, defaults());
    expect(back.hidden).toEqual(['country:FR']);
    expect(back.viewport).toEqual({ zoom: 1.235, pan: { x: -340, y: 211 } });
    expect(back.positions).toBe(state.positions);
  });

  test('an untouched view writes none of them, and junk falls back to the defaults', () => {
    expect(writeHash(defaults())).toBe('');
    const junk = readHash('#view=0,1,2&pos=<b>.1.AA&play=backwards&speed=1000', defaults());
    expect(junk.viewport).toBeUndefined();
    expect(junk.positions).toBeUndefined();
    expect(junk.play).toEqual(defaults().play);
  });
});

describe('roll-up and node size in the URL', () => {
  test("a roll-up the analyst chose is kept either way; one the overview's size decided is left to the graph", () => {
    const auto = { ...defaults(), rollup: true };
    expect(writeHash(auto)).toBe('');
    const off = { ...defaults(), rollup: false, rollupChosen: true };
    expect(writeHash(off)).toBe('#rollup=0');
    expect(readHash('#rollup=0', { ...defaults(), rollup: true })).toMatchObject({ rollup: false, rollupChosen: true });
    expect(readHash('#rollup=1', defaults())).toMatchObject({ rollup: true, rollupChosen: true });
    expect(readHash('#rollup=maybe', defaults())).toMatchObject({ rollup: false, rollupChosen: false });
  });

  test('the size measure is kept when it is not degree, and an unknown one falls back to degree', () => {
    expect(writeHash({ ...defaults(), sizeBy: 'betweenness' })).toBe('#size=betweenness');
    expect(writeHash({ ...defaults(), sizeBy: 'degree' })).toBe('');
    expect(readHash('#size=articles', defaults()).sizeBy).toBe('articles');
    expect(readHash('#size=pagerank', defaults()).sizeBy).toBe('degree');
  });
});

describe('positions in a link', () => {
  const entries: [string, number, number][] = [
    ['official:us:stephen-biegun', 173.4, -26.6],
    ['country:KP', -1200, 845],
    ['country:US', 0, 0],
  ];
  const ids = entries.map((e) => e[0]);

  test('round-trip to the pixel, whatever the order of the ids, in about 5 characters per actor', () => {
    const code = encodePositions(entries);
    // checksum, step and separators, then 4 bytes per actor in base64 (4 characters per 3 bytes).
    expect(code.length).toBe(8 + 1 + 1 + 1 + Math.ceil((entries.length * 4 * 4) / 3));
    const back = decodePositions(code, [...ids].reverse());
    expect(back).toEqual(
      new Map([
        ['official:us:stephen-biegun', { x: 173, y: -27 }],
        ['country:KP', { x: -1200, y: 845 }],
        ['country:US', { x: 0, y: 0 }],
      ]),
    );
  });

  test('a map wider than 16 bits is kept at a coarser step, not wrapped around', () => {
    const back = decodePositions(encodePositions([['a', 70_000, -40_000]]), ['a']);
    expect(Math.abs(back!.get('a')!.x - 70_000)).toBeLessThanOrEqual(2);
    expect(Math.abs(back!.get('a')!.y + 40_000)).toBeLessThanOrEqual(2);
  });

  test('are refused for another set of actors, or when damaged', () => {
    const code = encodePositions(entries);
    expect(decodePositions(code, ids.slice(1))).toBeUndefined();
    expect(decodePositions(code, [...ids.slice(1), 'country:FR'])).toBeUndefined();
    expect(decodePositions(`${code}x`, ids)).toBeUndefined();
    expect(decodePositions(code.replace(/\.1\./, '.0.'), ids)).toBeUndefined();
  });
});
