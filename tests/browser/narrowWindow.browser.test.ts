// The page at 800×700 and by keyboard alone: the map keeps the width, nothing overlaps, the rail and panel fold
// behind toggles; a skip link, relations walked with R, and search hits grouped by country with shared names collapsed.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { countryName } from '../../client/src/searchGroups';
import { importFiles } from '../../import/src/importFiles';
import { testExtractor } from '../support/testExtractor';
import type { TestDatabase } from '../support/testDatabase';
import {
  closeExplorerStack,
  openExplorerStack,
  type PageGlobals,
  type RunningServer,
  withExplorerPage,
} from './browserHarness';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..', '..');
const NARROW = { width: 800, height: 700 };
/** One ministry per country, as a large corpus has them (one per state that speaks in its articles). */
const MINISTRIES = ['PL', 'DE', 'FR'];
let db: TestDatabase;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ db, server, browser } = await openExplorerStack(async (graph) => {
    await importFiles(graph, [path.join(ROOT, 'data', 'articles')], {
      maxFileBytes: 5_000_000,
      extractor: testExtractor(),
    });
    await graph.driver.executeQuery(
      `UNWIND $codes AS code
       CREATE (:Actor:Organization {id: 'organization:' + toLower(code) + ':ministry-of-foreign-affairs',
                                    name: 'Ministry of Foreign Affairs', country: code})`,
      { codes: MINISTRIES },
      { database: graph.database },
    );
  }));
}, 180_000);

afterAll(() => closeExplorerStack({ db, server, browser }));

const withPage = (run: (page: Page) => Promise<void>, viewport = NARROW): Promise<void> =>
  withExplorerPage(browser, `${server.url}/`, run, { viewport });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/**
 * The boxes of the visible elements matching `selector`, with a name for the failure message. Labels kept for screen
 * readers only (`.visually-hidden`, a 1 px clipped box) are not drawn, so they cannot overlap anything.
 */
const boxes = (page: Page, selector: string): Promise<(Box & { name: string })[]> =>
  page.locator(selector).evaluateAll((elements) =>
    elements
      .map((e) => e as unknown as { getBoundingClientRect(): Box; textContent: string; id: string })
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { name: e.id || e.textContent.trim().slice(0, 30), x: r.x, y: r.y, width: r.width, height: r.height };
      })
      .filter((b) => b.width > 1 && b.height > 1),
  );

const pairsOverlapping = (list: (Box & { name: string })[]): string[] =>
  list.flatMap((a, i) =>
    list
      .slice(i + 1)
      .filter((b) => overlaps(a, b))
      .map((b) => `${a.name} × ${b.name}`),
  );

const activeTestId = (page: Page): Promise<string | null> =>
  page.evaluate(
    () =>
      (
        globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }
      ).document.activeElement?.getAttribute('data-testid') ?? null,
  );

test('at 800×700 the map keeps most of the width, nothing overlaps, and every control is inside the window', async () => {
  await withPage(async (page) => {
    const map = (await page.locator('[data-testid=map]').boundingBox())!;
    expect(map.width).toBeGreaterThanOrEqual(0.6 * NARROW.width);
    expect(map.height).toBeGreaterThanOrEqual(0.6 * NARROW.height);
    // The rail and the panel fold away behind toggles instead of squeezing the map.
    expect(await page.isVisible('#rail')).toBe(false);
    expect(await page.isVisible('#panel')).toBe(false);
    const controls = await boxes(page, '.topbar > *, .actions > *, .map-toolbar > *');
    for (const control of controls) {
      expect({ control: control.name, inside: control.x >= 0 && control.x + control.width <= NARROW.width }).toEqual({
        control: control.name,
        inside: true,
      });
    }
    expect(pairsOverlapping(await boxes(page, '.actions > *, .map-toolbar > *'))).toEqual([]);
    const toolbar = (await page.locator('.map-toolbar').boundingBox())!;
    const header = (await page.locator('.topbar').boundingBox())!;
    expect(overlaps(toolbar, header)).toBe(false);
    expect(overlaps(toolbar, map)).toBe(false);
  });
});

test('at 800 px the filter rail and the evidence panel open over the map by toggle, and Escape folds them back', async () => {
  await withPage(async (page) => {
    await page.click('[data-testid=toggle-rail]');
    expect(await page.getAttribute('[data-testid=toggle-rail]', 'aria-expanded')).toBe('true');
    const rail = (await page.locator('#rail').boundingBox())!;
    expect(rail.x).toBeGreaterThanOrEqual(0);
    expect(rail.x + rail.width).toBeLessThanOrEqual(NARROW.width);
    await page.uncheck('#filter-type-BACKS');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#rail')).toBe(false);
    expect(await activeTestId(page)).toBe('toggle-rail');

    // Picking an actor opens its evidence over the map; the toolbar stays clear of the panel.
    await page.focus('[data-testid=map]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#panel.open [data-testid=panel-title]');
    const panel = (await page.locator('#panel').boundingBox())!;
    expect(panel.x + panel.width).toBeLessThanOrEqual(NARROW.width);
    expect(panel.width).toBeLessThanOrEqual(0.5 * NARROW.width);
    expect(await page.getAttribute('[data-testid=toggle-panel]', 'aria-expanded')).toBe('true');
    expect(overlaps(panel, (await page.locator('.map-toolbar').boundingBox())!)).toBe(false);
    // Opening the rail closes the panel: two overlays would leave no map between them.
    await page.click('[data-testid=toggle-rail]');
    expect(await page.isVisible('#panel')).toBe(false);
  });
});

test('the first Tab stop is a skip link that lands on the map, leaving the view in the URL alone', async () => {
  await withPage(async (page) => {
    const before = await page.evaluate(() => (globalThis as unknown as PageGlobals).location.href);
    await page.keyboard.press('Tab');
    expect(await activeTestId(page)).toBe('skip-to-map');
    expect(await page.isVisible('[data-testid=skip-to-map]')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await activeTestId(page)).toBe('map');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.href)).toBe(before);
  });
});

test('relations are reachable by keyboard: R walks the selected actor’s relations and opens each one’s evidence', async () => {
  await withPage(
    async (page) => {
      await page.focus('[data-testid=map]');
      await page.keyboard.press('r');
      await expect(page.textContent('[data-testid=map-announce]')).resolves.toMatch(/Select an actor first/);
      await page.keyboard.press('ArrowRight');
      const actor = await page.evaluate(() =>
        (globalThis as unknown as PageGlobals).__entente.cy.nodes(':selected').first().id(),
      );
      const selectedEdge = () =>
        page.evaluate(() => {
          const edge = (globalThis as unknown as PageGlobals).__entente.cy.edges(':selected').first();
          return edge.empty() ? null : { id: edge.id(), ends: [edge.source().id(), edge.target().id()] };
        });
      await page.keyboard.press('r');
      const first = await selectedEdge();
      expect(first?.ends).toContain(actor);
      await expect(page.textContent('[data-testid=map-announce]')).resolves.toMatch(/articles?\. Relation 1 of \d+/);
      await page.waitForSelector('[data-testid=panel] [data-testid=panel-title]');
      await page.keyboard.press('r');
      const second = await selectedEdge();
      expect(second?.ends).toContain(actor);
      expect(second?.id).not.toBe(first?.id);
      await page.keyboard.press('Shift+R');
      expect((await selectedEdge())?.id).toBe(first?.id);
    },
    { width: 1440, height: 900 },
  );
});

test('search collapses a name that several countries share into one row with a count, and picking it lists them by country', async () => {
  // The sample articles may hold a ministry of their own: the expected rows come from the graph, not from MINISTRIES.
  const { records } = await db.driver.executeQuery(
    "MATCH (a:Actor {name: 'Ministry of Foreign Affairs'}) RETURN a.country AS country",
    {},
    { database: db.database },
  );
  const countries = records.map((r) => r.get('country') as string | null);
  expect(countries.length).toBeGreaterThanOrEqual(MINISTRIES.length);
  await withPage(async (page) => {
    await page.fill('[data-testid=search]', 'Ministry of Foreign Affairs');
    await page.waitForSelector('[data-testid=search-hit]');
    const rows = page.locator('[data-testid=search-hit]');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-count')).toBe(String(countries.length));
    await expect(rows.first().textContent()).resolves.toContain(`×${countries.length}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => {
      const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document;
      return doc.querySelectorAll('[data-testid=search-hit]').length === n;
    }, countries.length);
    const groups = await page.locator('[data-testid=search-group] .hit-group-label').allTextContents();
    const named = [...new Set(countries.map((code) => (code === null ? 'No country' : countryName(code))))];
    expect(groups.sort()).toEqual(named.sort());
    expect(groups).toEqual(expect.arrayContaining(['France', 'Germany', 'Poland']));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=panel] [data-testid=panel-title]:has-text("Ministry of Foreign Affairs")');
  });
});
