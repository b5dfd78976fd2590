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
  searchAndFocus,
  waitReady,
  waitSettled,
  withExplorerPage,
  type PageGlobals,
  type RunningServer,
} from './browserHarness';
import { actorInView, dragNode, expectSameView, mapView, wheelZoom, type Hooks, type MapView } from './mapViews';

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

const withPage = <T>(url: string, run: (page: Page) => Promise<T>): Promise<T> => withExplorerPage(browser, url, run);

/** Find an actor with the header search and wait for its panel (slow on a cold database under load: 30 s). */
async function focusBySearch(page: Page, text: string): Promise<void> {
  await searchAndFocus(page, text, 30_000);
  // The focus frames itself once its layout settles: zooming before that would be undone by the framing.
  await page.waitForFunction(() => {
    const cy = (globalThis as unknown as PageGlobals).__entente.cy as unknown as { animated(): boolean };
    return !cy.animated();
  });
}

test('a copied link reopens the same visible set, hidden actors, positions (one moved by hand) and zoom', async () => {
  const { url, before, hidden } = await withPage(`${server.url}/`, async (page) => {
    await focusBySearch(page, 'Biegun');
    await page.click('[data-testid=panel-expand]');
    await page.waitForSelector('[data-testid=flash]');
    const hidden = await actorInView(page);
    await page.evaluate((id) => (globalThis as unknown as Hooks).__entente.explorer.hide(id), hidden);
    await page.waitForFunction((id) => location.hash.includes(`hide=${encodeURIComponent(id)}`), hidden);
    await dragNode(page, await actorInView(page, [hidden]), 90, -60);
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
    const hidden = await actorInView(page);
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
    const hidden = await actorInView(page);
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
    // The edge is hovered where it is drawn: after the layout and the framing have stopped moving it.
    await waitSettled(page);
    const edges = await page.evaluate(() => {
      interface Edge {
        id(): string;
        data(k: string): string;
        style(k: string): string;
        renderedMidpoint(): { x: number; y: number };
      }
      interface Element {
        closest(s: string): unknown;
      }
      const g = globalThis as unknown as {
        document: { elementFromPoint(x: number, y: number): Element | null };
        __hovered?: string;
      };
      const cy = (globalThis as unknown as PageGlobals).__entente.cy as unknown as {
        edges(s: string): { not(s: string): { toArray(): Edge[] } };
        container(): { getBoundingClientRect(): { left: number; top: number } };
        on(events: string, handler: (event: { target: Edge | unknown }) => void): void;
      };
      // Whatever the pointer comes over (an actor, a relation), by id.
      cy.on('mouseover', (event) => {
        if (event.target !== cy) g.__hovered = (event.target as Edge).id();
      });
      const map = cy.container().getBoundingClientRect();
      // Dated meetings whose midpoint is on the map, not under a toolbar drawn over it.
      return cy
        .edges('[dateLabel][type = "MET"]')
        .not('.filtered')
        .toArray()
        .map((e) => ({ id: e.id(), dates: e.data('dateLabel'), label: e.style('label'), at: e.renderedMidpoint() }))
        .filter(({ at }) => g.document.elementFromPoint(map.left + at.x, map.top + at.y)?.closest('[data-testid=map]'));
    });
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      expect(edge.dates).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(edge.label).toBe(edge.dates);
    }
    const box = (await page.locator('[data-testid=map]').boundingBox())!;
    const hovered = (): Promise<string | undefined> =>
      page.evaluate(() => (globalThis as unknown as { __hovered?: string }).__hovered);
    // The pointer at a meeting's midpoint may be over another relation crossing it: then the next meeting is tried.
    let shown: (typeof edges)[number] | undefined;
    for (const edge of edges.slice(0, 8)) {
      await page.evaluate(() => delete (globalThis as unknown as { __hovered?: string }).__hovered);
      await page.mouse.move(box.x + edge.at.x, box.y + edge.at.y);
      const over = await page
        .waitForFunction(() => (globalThis as unknown as { __hovered?: string }).__hovered, null, { timeout: 3000 })
        .then(() => hovered())
        .catch(() => undefined);
      if (over === edge.id) {
        await page.waitForSelector('[data-testid=edge-tip]:not([hidden])');
        shown = edge;
        break;
      }
      await page.mouse.move(box.x + box.width / 2, box.y - 8);
      await page.waitForSelector('[data-testid=edge-tip]', { state: 'hidden' });
    }
    expect(shown).toBeDefined();
    // The tip lists the dates the edge carries (a slice's edge carries its newest claims: "2019-03-21 and 1 more"),
    // the label the summary's span ("2019-03-19 – 2019-03-21 (2)"): the tip's first date lies within the label's.
    const tipDate = /\d{4}-\d{2}-\d{2}/.exec((await page.textContent('[data-testid=edge-tip-dates]')) ?? '')?.[0];
    const span = shown!.dates.match(/\d{4}-\d{2}-\d{2}/g)!;
    expect(tipDate).toBeDefined();
    expect(tipDate! >= span[0]! && tipDate! <= span.at(-1)!).toBe(true);
    // Off the map: the tip goes (a point on the map may be over another relation, whose own tip would show).
    await page.mouse.move(box.x + box.width / 2, box.y - 8);
    await page.waitForSelector('[data-testid=edge-tip]', { state: 'hidden' });
  });
});
