// A map's view read from the page (visible actors, positions, zoom, pan), compared, and the gestures that change it.
import type { Page } from 'playwright-core';
import type { PageGlobals } from './browserHarness';

/** The explorer's hide (the same the panel's Hide button calls), without moving the focus. */
export interface Hooks {
  __entente: { explorer: { hide(id: string): void } };
}

export interface MapView {
  /** Visible actors (not compound boxes) with their positions, rounded to the pixel, by id. */
  nodes: [string, number, number][];
  edges: string[];
  zoom: number;
  pan: { x: number; y: number };
}

export function mapView(page: Page): Promise<MapView> {
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
export function expectSameView(actual: MapView, expected: MapView): void {
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

/** Drag an actor with the mouse by (dx, dy) screen pixels; resolves once the URL's positions have changed. */
export async function dragNode(page: Page, id: string, dx: number, dy: number): Promise<void> {
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
export async function wheelZoom(page: Page): Promise<void> {
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
export function actorInView(page: Page, except: string[] = []): Promise<string> {
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
