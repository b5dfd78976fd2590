// Views that keep, and time, end to end in Chromium: links and JSON restore the whole view, PNG carries its legend, Play's modes and speed, dates on relations.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { importFiles } from '../../import/src/importFiles';
import { testExtractor } from '../support/testExtractor';
import type { TestDatabase } from '../support/testDatabase';
import {
  closeExplorerStack,
  openExplorerStack,
  openPage,
  waitReady,
  type PageGlobals,
  type PageProblems,
  type RunningServer,
} from './browserHarness';

// Generous: the first questions to a cold Neo4j on a busy 2-core machine take tens of seconds.
jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '..', '..');
// Months after the sample articles (March 2019): the timeline then has empty periods in between.
const LATER =
  'Talks in Oslo\n\nNTB 2019-06-10\n\nNorwegian Prime Minister Erna Solberg met German Chancellor Angela Merkel in Oslo on Monday.\n';

let db: TestDatabase;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const extra = mkdtempSync(path.join(os.tmpdir(), 'entente-views-'));
  writeFileSync(path.join(extra, 'oslo.txt'), LATER);
  ({ db, server, browser } = await openExplorerStack((graph) =>
    importFiles(graph, [path.join(ROOT, 'data', 'articles'), extra], {
      maxFileBytes: 5_000_000,
      extractor: testExtractor(),
    }),
  ));
}, 180_000);

afterAll(() => closeExplorerStack({ db, server, browser }));

async function withPage<T>(url: string, run: (page: Page) => Promise<T>): Promise<T> {
  const { page, problems } = await openPage(browser, url);
  try {
    const result = await run(page);
    expectClean(problems);
    return result;
  } finally {
    await page.close();
  }
}

function expectClean(problems: PageProblems): void {
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.outside).toEqual([]);
}

/** The explorer's hide (the same the panel's Hide button calls), without moving the focus. */
interface Hooks {
  __entente: { explorer: { hide(id: string): void } };
}

interface MapView {
  /** Visible actors (not compound boxes) with their positions, rounded to the pixel, by id. */
  nodes: [string, number, number][];
  edges: string[];
  zoom: number;
  pan: { x: number; y: number };
}

function mapView(page: Page): Promise<MapView> {
  return page.evaluate(() => {
    const cy = (globalThis as unknown as PageGlobals).__entente.cy;
    const nodes = cy
      .nodes()
      .not('.filtered')
      .not(':parent')
      .map((n) => {
        const p = (n as unknown as { position(): { x: number; y: number } }).position();
        return [n.id(), Math.round(p.x), Math.round(p.y)] as [string, number, number];
      })
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const edges = cy
      .edges()
      .not('.filtered')
      .map((e) => e.id())
      .sort();
    return { nodes, edges, zoom: cy.zoom(), pan: cy.pan() };
  });
}

/** Positions equal within a pixel (the URL keeps whole pixels), zoom to its 3 decimals, pan within a pixel. */
function expectSameView(actual: MapView, expected: MapView): void {
  expect(actual.nodes.map((n) => n[0])).toEqual(expected.nodes.map((n) => n[0]));
  expect(actual.edges).toEqual(expected.edges);
  const off = actual.nodes.filter(([, x, y], i) => {
    const [, ex, ey] = expected.nodes[i]!;
    return Math.abs(x - ex) > 1 || Math.abs(y - ey) > 1;
  });
  expect({ off, of: expected.nodes.filter((n) => off.some((o) => o[0] === n[0])) }).toEqual({ off: [], of: [] });
  expect(actual.zoom).toBeCloseTo(expected.zoom, 2);
  expect(Math.abs(actual.pan.x - expected.pan.x)).toBeLessThanOrEqual(1.5);
  expect(Math.abs(actual.pan.y - expected.pan.y)).toBeLessThanOrEqual(1.5);
}

/** Find an actor with the header search and wait for its panel (slow on a cold database under load: 30 s). */
async function focusBySearch(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid=search]', text);
  await page.waitForSelector('[data-testid=search-hit]', { timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=panel] [data-testid=meetings]', { timeout: 30_000 });
  // The focus frames itself once its layout settles: zooming before that would be undone by the framing.
  await page.waitForFunction(() => {
    const cy = (globalThis as unknown as PageGlobals).__entente.cy as unknown as { animated(): boolean };
    return !cy.animated();
  });
}

/** Drag an actor with the mouse by (dx, dy) screen pixels; resolves once the URL's positions have changed. */
async function dragNode(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const box = (await page.locator('[data-testid=map]').boundingBox())!;
  const { at, code } = await page.evaluate((nodeId) => {
    const node = (globalThis as unknown as PageGlobals).__entente.cy.getElementById(nodeId) as unknown as {
      renderedPosition(): { x: number; y: number };
    };
    return { at: node.renderedPosition(), code: new URLSearchParams(location.hash.slice(1)).get('pos') };
  }, id);
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.mouse.down();
  for (let step = 1; step <= 5; step++)
    await page.mouse.move(box.x + at.x + (dx * step) / 5, box.y + at.y + (dy * step) / 5);
  await page.mouse.up();
  await page.waitForFunction((before) => new URLSearchParams(location.hash.slice(1)).get('pos') !== before, code);
}

/** Zoom in with the wheel over the map's centre; resolves once the URL carries the new viewport. */
async function wheelZoom(page: Page): Promise<void> {
  const box = (await page.locator('[data-testid=map]').boundingBox())!;
  const before = await page.evaluate(() => (globalThis as unknown as PageGlobals).__entente.cy.zoom());
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await page.waitForFunction((z) => {
    const cy = (globalThis as unknown as PageGlobals).__entente.cy;
    const view = new URLSearchParams(location.hash.slice(1)).get('view');
    return cy.zoom() > z && view !== null && Math.abs(Number(view.split(',')[0]) - cy.zoom()) < 0.001;
  }, before);
}

/** An actor drawn inside the visible part of the map that is neither the focus nor a compound box, nor `except`. */
function someOtherActor(page: Page, except: string[] = []): Promise<string> {
  return page.evaluate((skip) => {
    const cy = (globalThis as unknown as PageGlobals).__entente.cy;
    const [width, height] = [cy.width(), cy.height()];
    return cy
      .nodes()
      .not('.filtered')
      .not(':parent')
      .not('.focus')
      .filter((n) => {
        const node = n as unknown as { isChild(): boolean; renderedPosition(): { x: number; y: number } };
        const at = node.renderedPosition();
        const inside = at.x > 60 && at.x < width - 60 && at.y > 60 && at.y < height - 160;
        return !skip.includes(n.id()) && !node.isChild() && inside;
      })
      .first()
      .id();
  }, except);
}

test('a copied link reopens the same visible set, hidden actors, positions (one moved by hand) and zoom', async () => {
  const { url, before, hidden } = await withPage(`${server.url}/`, async (page) => {
    await focusBySearch(page, 'Biegun');
    await page.click('[data-testid=panel-expand]');
    await page.waitForSelector('[data-testid=flash]');
    const hidden = await someOtherActor(page);
    await page.evaluate((id) => (globalThis as unknown as Hooks).__entente.explorer.hide(id), hidden);
    await page.waitForFunction((id) => location.hash.includes(`hide=${encodeURIComponent(id)}`), hidden);
    await dragNode(page, await someOtherActor(page, [hidden]), 90, -60);
    await wheelZoom(page);
    await page.click('[data-testid=btn-link]');
    return { url: page.url(), before: await mapView(page), hidden };
  });
  expect(url.length).toBeLessThan(2000);
  await withPage(url, async (page) => {
    expect(await waitReady(page)).toBe('true');
    const after = await mapView(page);
    expect(after.nodes.map((n) => n[0])).not.toContain(hidden);
    expectSameView(after, before);
    await expect(page.textContent('[data-testid=btn-unhide]')).resolves.toBe('Show hidden (1)');
  });
});

test('a view saved as JSON reopens with the same visible set, hidden actors, every position and the zoom', async () => {
  let saved = '';
  let before: MapView | undefined;
  await withPage(`${server.url}/`, async (page) => {
    await focusBySearch(page, 'Pompeo');
    const hidden = await someOtherActor(page);
    await page.evaluate((id) => (globalThis as unknown as Hooks).__entente.explorer.hide(id), hidden);
    // Moved without the mouse and without a URL update: only the JSON export, made after, can know it.
    await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__entente.cy;
      cy.nodes()
        .not(':parent')
        .forEach((n, i) => {
          const p = (n as unknown as { position(): { x: number; y: number } }).position();
          (n as unknown as { position(q: object): void }).position({ x: p.x + 13 * i, y: p.y - 7 * i });
        });
    });
    await wheelZoom(page);
    before = await mapView(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=btn-json]')]);
    saved = readFileSync((await download.path())!, 'utf8');
  });
  const doc = JSON.parse(saved) as { viewport: { zoom: number }; state: { hidden: string[] } };
  expect(doc.viewport.zoom).toBeCloseTo(before!.zoom, 5);
  expect(doc.state.hidden).toHaveLength(1);
  await withPage(`${server.url}/`, async (page) => {
    await page.setInputFiles('[data-testid=file-open]', {
      name: 'view.json',
      mimeType: 'application/json',
      buffer: Buffer.from(saved),
    });
    await page.waitForURL(/focus=official/);
    expect(await waitReady(page)).toBe('true');
    await page.waitForSelector('[data-testid=panel-title]:has-text("Pompeo")');
    expectSameView(await mapView(page), before!);
  });
});

test('Back steps through the focus changes and keeps the rest of the view; Forward comes back', async () => {
  await withPage(`${server.url}/`, async (page) => {
    await focusBySearch(page, 'Biegun');
    const hidden = await someOtherActor(page);
    await page.evaluate((id) => (globalThis as unknown as Hooks).__entente.explorer.hide(id), hidden);
    await focusBySearch(page, 'Pompeo');
    await page.goBack();
    await page.waitForSelector('[data-testid=panel-title]:has-text("Biegun")');
    expect(page.url()).toContain(`hide=${encodeURIComponent(hidden)}`);
    const ids = (await mapView(page)).nodes.map((n) => n[0]);
    expect(ids).not.toContain(hidden);
    await page.goForward();
    await page.waitForSelector('[data-testid=panel-title]:has-text("Pompeo")');
  });
});

test('the PNG export is the map with a band below it holding the caption and the legend', async () => {
  await withPage(`${server.url}/`, async (page) => {
    const graph = await page.evaluate(async () => {
      const cy = (globalThis as unknown as PageGlobals).__entente.cy as unknown as {
        png(o: object): string;
      };
      const image = new (globalThis as unknown as { Image: new () => HTMLImg }).Image();
      interface HTMLImg {
        src: string;
        width: number;
        height: number;
        decode(): Promise<void>;
      }
      image.src = cy.png({ output: 'base64uri', full: true, scale: 2, bg: '#ffffff', maxWidth: 7000, maxHeight: 7000 });
      await image.decode();
      return { width: image.width, height: image.height };
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=btn-png]')]);
    const png = readFileSync((await download.path())!);
    // IHDR: width and height are the two big-endian words after the 16-byte signature and chunk header.
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(graph.width);
    expect(height).toBeGreaterThan(graph.height + 100);
    // In the band: ink where the caption's title is written (left) and where the legend's swatches are (right).
    const ink = await page.evaluate(
      async ({ data, top }) => {
        const g = globalThis as unknown as {
          Image: new () => { src: string; width: number; height: number; decode(): Promise<void> };
          document: { createElement(t: 'canvas'): { width: number; height: number; getContext(k: '2d'): Ctx } };
        };
        interface Ctx {
          drawImage(i: unknown, x: number, y: number): void;
          getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
        }
        const image = new g.Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = g.document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(image, 0, 0);
        const dark = (x: number, w: number): number => {
          const pixels = ctx.getImageData(x, top, w, image.height - top).data;
          let count = 0;
          for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 600) count++;
          return count;
        };
        const half = Math.floor(image.width / 2);
        return { caption: dark(0, half), legend: dark(half, image.width - half) };
      },
      { data: png.toString('base64'), top: graph.height + 2 },
    );
    expect(ink.caption).toBeGreaterThan(500);
    expect(ink.legend).toBeGreaterThan(500);
  });
});

test('the SVG export draws every visible actor and relation, with the caption and the legend', async () => {
  await withPage(`${server.url}/`, async (page) => {
    const shown = await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__entente.cy;
      return { nodes: cy.nodes().not('.filtered').length, edges: cy.edges().not('.filtered').length };
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=btn-svg]')]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync((await download.path())!, 'utf8');
    const map = svg.split('<g data-role="legend">')[0]!;
    const count = (pattern: RegExp): number => (map.match(pattern) ?? []).length;
    expect(count(/<(ellipse|polygon points="[^"]*" fill="[^"]*" stroke|rect x)/g)).toBeGreaterThanOrEqual(shown.nodes);
    expect(count(/<line x1="[^"]*" y1="[^"]*" x2="[^"]*" y2="[^"]*" stroke="[^"]*" stroke-width/g)).toBe(shown.edges);
    expect(svg).toMatch(new RegExp(`Entente · Overview · \\d+ actors, ${shown.edges} relations`));
    expect(svg).toContain('Period: All time (');
    expect(svg).toMatch(/<g data-role="legend">.*Country.*Official.*Organisation.*met.*backs →.*opposes →/s);
    // Well-formed: the browser's own XML parser reads it without an error.
    const error = await page.evaluate((text) => {
      const g = globalThis as unknown as {
        DOMParser: new () => {
          parseFromString(t: string, m: string): { querySelector(s: string): { textContent: string } | null };
        };
      };
      return new g.DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null;
    }, svg);
    expect(error).toBeNull();
  });
});

test('the histogram has an axis; Play runs cumulatively or as a sliding window at the speed chosen, kept in the URL', async () => {
  await withPage(`${server.url}/`, async (page) => {
    await page.waitForSelector('[data-testid=time-axis] .time-tick');
    const ticks = await page.locator('[data-testid=time-axis] .time-tick').allTextContents();
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ticks).size).toBe(ticks.length);
    const slider = async (): Promise<[number, number]> => [
      Number(await page.inputValue('[data-testid=time-from]')),
      Number(await page.inputValue('[data-testid=time-to]')),
    ];
    await page.selectOption('[data-testid=time-mode]', 'cumulative');
    await page.selectOption('[data-testid=time-speed]', '4');
    expect(page.url()).toMatch(/play=cumulative/);
    expect(page.url()).toMatch(/speed=4/);
    await page.click('[data-testid=time-play]');
    // Cumulative: the start stays on the first period while the end moves on.
    await page.waitForFunction(() => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): { value: string } } }).document;
      return doc.querySelector('[data-testid=time-to]').value === '2';
    });
    expect((await slider())[0]).toBe(0);
    await page.click('[data-testid=time-play]');
    await page.waitForSelector('[data-testid=timeline]:not([data-playing])');

    await page.selectOption('[data-testid=time-mode]', 'window');
    await page.locator('[data-testid=time-from]').fill('0');
    await page.locator('[data-testid=time-to]').fill('1');
    await page.click('[data-testid=time-play]');
    // Sliding: both ends move, two periods apart.
    await page.waitForFunction(() => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): { value: string } } }).document;
      return doc.querySelector('[data-testid=time-from]').value === '2';
    });
    const [lo, hi] = await slider();
    expect(hi - lo).toBe(1);
    await page.click('[data-testid=time-play]');

    await page.reload();
    expect(await waitReady(page)).toBe('true');
    await page.waitForSelector('[data-testid=time-axis] .time-tick');
    expect(await page.inputValue('[data-testid=time-mode]')).toBe('window');
    expect(await page.inputValue('[data-testid=time-speed]')).toBe('4');
  });
});

test('a window with nothing dated in it says so on the timeline and over the map', async () => {
  await withPage(`${server.url}/`, async (page) => {
    await page.waitForSelector('[data-testid=time-axis] .time-tick');
    // A period without a bar: the gap between March and June.
    const gap = await page.evaluate(() => {
      const doc = (
        globalThis as unknown as {
          document: { querySelectorAll(s: string): { getAttribute(n: string): string | null }[] };
        }
      ).document;
      const full = new Set(
        [...doc.querySelectorAll('[data-testid=timeline] rect')].map((r) => Number(r.getAttribute('data-index'))),
      );
      for (let i = 0; i < 1000; i++) if (!full.has(i)) return i;
      return -1;
    });
    expect(gap).toBeGreaterThan(0);
    expect(await page.isHidden('[data-testid=time-empty]')).toBe(true);
    await page.locator('[data-testid=time-to]').fill(String(gap));
    await page.locator('[data-testid=time-from]').fill(String(gap));
    await page.waitForSelector('[data-testid=time-empty]:not([hidden])');
    await expect(page.textContent('[data-testid=time-empty]')).resolves.toMatch(
      /^No meeting or stance dated \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}\.$/,
    );
    await page.waitForSelector('[data-testid=map-empty]:not([hidden])');
    await expect(page.textContent('[data-testid=map-empty]')).resolves.toContain('no relation dated');
    await page.click('[data-testid=time-reset]');
    await page.waitForSelector('[data-testid=time-empty]', { state: 'hidden' });
    await page.waitForSelector('[data-testid=map-empty]', { state: 'hidden' });
  });
});

test('a relation shows its dates on hover, and on the edge once zoomed in', async () => {
  await withPage(`${server.url}/`, async (page) => {
    // The edge is hovered where it is drawn: after the layout has stopped moving it.
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { querySelector(s: string): { dataset: Record<string, string> } } }
        ).document.querySelector('[data-testid=map]').dataset.layoutDone !== undefined,
    );
    const edge = await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__entente.cy;
      const e = cy.edges('[dateLabel][type = "MET"]').not('.filtered').first() as unknown as {
        id(): string;
        data(k: string): string;
        style(k: string): string;
        renderedMidpoint(): { x: number; y: number };
      };
      return { id: e.id(), dates: e.data('dateLabel'), label: e.style('label'), at: e.renderedMidpoint() };
    });
    expect(edge.dates).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(edge.label).toBe(edge.dates);
    const box = (await page.locator('[data-testid=map]').boundingBox())!;
    await page.mouse.move(box.x + edge.at.x, box.y + edge.at.y);
    await page.waitForSelector('[data-testid=edge-tip]:not([hidden])');
    await expect(page.textContent('[data-testid=edge-tip-dates]')).resolves.toContain(edge.dates.slice(0, 10));
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.waitForSelector('[data-testid=edge-tip]', { state: 'hidden' });
  });
});
