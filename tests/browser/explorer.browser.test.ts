// The Explorer page end to end: the real server over a real Neo4j loaded with the sample articles, driven in Chromium.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createDriver } from '../../core/neo4jConnection';
import { importFiles } from '../../import/src/importFiles';
import { testExtractor } from '../support/testExtractor';
import type { TestDatabase } from '../support/testDatabase';
import {
  closeExplorerStack,
  openExplorerStack,
  openPage,
  searchAndFocus,
  startServer,
  visibleCounts,
  waitForFewerVisible,
  waitReady,
  type PageGlobals,
  type PageProblems,
  type RunningServer,
} from './browserHarness';

const ROOT = path.resolve(__dirname, '..', '..');
const HOSTILE =
  'Geneva diplomacy\n\nReuters 2019-05-13\n\n' +
  'U.S. Secretary of State Mike Pompeo met Russian Foreign Minister Sergei Lavrov in Geneva on Monday <img src=x onerror=alert(1)> <script>globalThis["__pwned"]=1</script>.\n';

// Browser steps take seconds each; the project's testTimeout is not applied per project.
jest.setTimeout(60_000);

let db: TestDatabase;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const extra = mkdtempSync(path.join(os.tmpdir(), 'entente-browser-'));
  writeFileSync(path.join(extra, 'hostile-geneva.txt'), HOSTILE);
  ({ db, server, browser } = await openExplorerStack((graph) =>
    importFiles(graph, [path.join(ROOT, 'data', 'articles'), extra], {
      maxFileBytes: 5_000_000,
      extractor: testExtractor(),
    }),
  ));
}, 180_000);

afterAll(() => closeExplorerStack({ db, server, browser }));

function expectClean(problems: PageProblems): void {
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.dialogs).toEqual([]);
  expect(problems.outside).toEqual([]);
}

async function withPage<T>(url: string, run: (page: Page, problems: PageProblems) => Promise<T>): Promise<T> {
  const { page, problems } = await openPage(browser, url);
  try {
    return await run(page, problems);
  } finally {
    await page.close();
  }
}

/** Node positions once the layout has stopped, rounded to a tenth of a pixel. */
async function settledPositions(page: Page): Promise<[string, number, number][]> {
  await page.waitForFunction(() => {
    const cy = (globalThis as unknown as PageGlobals).__entente.cy as unknown as {
      container(): { dataset: Record<string, string> };
    };
    // Labels are placed after the layout; a country box's position follows its members' label sizes.
    const data = cy.container().dataset;
    return data.layoutDone !== undefined && data.labelsPlaced !== undefined;
  });
  return page.evaluate(() => {
    const cy = (globalThis as unknown as PageGlobals).__entente.cy as unknown as {
      nodes(selector: string): { map<T>(f: (n: { id(): string; position(): { x: number; y: number } }) => T): T[] };
    };
    // The layout places the actors; a country box drawn around its officials follows their labels' sizes at the
    // current zoom, so it is not part of what a seeded layout must reproduce.
    return cy
      .nodes(':childless')
      .map(
        (n) =>
          [n.id(), Math.round(n.position().x * 10) / 10, Math.round(n.position().y * 10) / 10] as [
            string,
            number,
            number,
          ],
      )
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  });
}

test('draws the same graph at the same positions on every load (the layout is seeded by the actor ids)', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    const first = await settledPositions(page);
    expect(first.length).toBeGreaterThan(3);
    // Not all in one place: the seed spreads them.
    expect(new Set(first.map(([, x, y]) => `${x},${y}`)).size).toBe(first.length);
    // A fresh load, not a reload: the URL now carries the view's positions, which a reload would simply put back.
    await page.goto(`${server.url}/`);
    await waitReady(page);
    expect(await settledPositions(page)).toEqual(first);
    expectClean(problems);
  });
});

test('the page loads the sample map with no console error and no request leaving 127.0.0.1', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.body.dataset.ready)).toBe('true');
    const counts = await visibleCounts(page);
    expect(counts.nodes).toBeGreaterThan(3);
    expect(counts.edges).toBeGreaterThan(2);
    await expect(page.textContent('[data-testid=stats]')).resolves.toMatch(/\d+ actors/);
    // Timings, for the report.
    const firstDraw = await page.evaluate(() => (globalThis as unknown as PageGlobals).__entente.firstDrawMs);
    await page.reload();
    await waitReady(page);
    const warmDraw = await page.evaluate(() => (globalThis as unknown as PageGlobals).__entente.firstDrawMs);
    process.stderr.write(
      `\nexplorer: navigation to drawn map ${Math.round(firstDraw ?? -1)} ms cold, ${Math.round(warmDraw ?? -1)} ms warm (${counts.nodes} actors, ${counts.edges} relations)\n`,
    );
    expectClean(problems);
  });
});

test('searching "Biegun" focuses him and his panel lists his meetings with the UK, Germany and France, with the evidence', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    await searchAndFocus(page, 'Biegun');
    await expect(page.textContent('[data-testid=panel-title]')).resolves.toContain('Biegun');
    const focused = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).__entente.cy.nodes('.focus').map((node) => String(node.data('label'))),
    );
    expect(focused.join(' ')).toContain('Biegun');
    const meetings = (await page.textContent('[data-testid=meetings]')) ?? '';
    for (const country of ['United Kingdom', 'Germany', 'France']) expect(meetings).toContain(country);
    expect(meetings).toContain('met his British, German and French counterparts');
    // The view is in the URL.
    expect(decodeURIComponent(page.url())).toMatch(/#.*focus=[^&]*biegun/i);
    expectClean(problems);
  });
});

test('the BACKS filter hides and shows the BACKS edges', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    const before = await visibleCounts(page, '[type = "BACKS"]');
    expect(before.edges).toBeGreaterThan(0);
    await page.uncheck('[data-testid=filter-type-BACKS]');
    expect((await visibleCounts(page, '[type = "BACKS"]')).edges).toBe(0);
    expect((await visibleCounts(page, '[type = "MET"]')).edges).toBeGreaterThan(0);
    expect(page.url()).toContain('types=MET%2COPPOSES');
    await page.check('[data-testid=filter-type-BACKS]');
    expect((await visibleCounts(page, '[type = "BACKS"]')).edges).toBe(before.edges);
    expectClean(problems);
  });
});

test('the time slider narrows the graph, and "All time" brings everything back', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    await page.waitForSelector('[data-testid=time-to]');
    const all = await visibleCounts(page);
    const max = Number(await page.getAttribute('[data-testid=time-to]', 'max'));
    expect(max).toBeGreaterThan(0);
    // Keep only the first period.
    await page.locator('[data-testid=time-to]').fill('0');
    const narrowed = await visibleCounts(page);
    expect(narrowed.nodes + narrowed.edges).toBeLessThan(all.nodes + all.edges);
    expect(page.url()).toMatch(/to=\d{4}-\d{2}-\d{2}/);
    await page.click('[data-testid=time-reset]');
    expect(await visibleCounts(page)).toEqual(all);
    // Play replays the period from its first bucket.
    await page.click('[data-testid=time-play]');
    const playing = await waitForFewerVisible(page, all.nodes + all.edges);
    expect(playing.nodes + playing.edges).toBeLessThan(all.nodes + all.edges);
    await page.click('[data-testid=time-play]');
    expectClean(problems);
  });
});

test('a Cypher query from the console draws its result on the map and fills the table', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    await page.click('[data-testid=btn-console]');
    await page.fill(
      '[data-testid=cypher-input]',
      'MATCH (a:Actor)-[r:ATTENDED]->(m:Meeting) RETURN a.name AS actor, a, r, m LIMIT 25',
    );
    await page.click('[data-testid=cypher-run]');
    await page.waitForSelector('[data-testid=cypher-table] tbody tr');
    const rows = await page.locator('[data-testid=cypher-table] tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    const drawn = await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__entente.cy;
      return { meetings: cy.nodes('[kind = "Meeting"]').length, attended: cy.edges('[type = "ATTENDED"]').length };
    });
    expect(drawn.meetings).toBeGreaterThan(0);
    expect(drawn.attended).toBeGreaterThan(0);
    // A write is refused inline, not as a crash.
    await page.fill('[data-testid=cypher-input]', 'CREATE (n:Actor {id: "x"}) RETURN n');
    await page.click('[data-testid=cypher-run]');
    await expect(page.waitForSelector('[data-testid=cypher-error]')).resolves.toBeTruthy();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.outside).toEqual([]);
  });
});

test('a time window with no relation says so over the map instead of drawing nothing, and All time brings the map back', async () => {
  await withPage(`${server.url}/#from=2030-01-01&to=2030-12-31`, async (page, problems) => {
    await page.waitForSelector('[data-testid=map-empty]:not([hidden])');
    expect(await visibleCounts(page)).toEqual({ nodes: 0, edges: 0 });
    await expect(page.textContent('[data-testid=map-empty]')).resolves.toMatch(
      /Nothing to draw: the filters hide all \d+ actors loaded\.no relation dated 2030-01-01 – 2030-12-31/,
    );
    await page.click('[data-testid=time-reset]');
    await page.waitForSelector('[data-testid=map-empty]', { state: 'hidden' });
    expect((await visibleCounts(page)).nodes).toBeGreaterThan(3);
    expectClean(problems);
  });
});

test('ticking one country draws its relations with the actors at the other end, whatever their country', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    await page.check('[data-testid=filter-country-KP]');
    await page.waitForFunction(() => {
      const cy = (globalThis as unknown as PageGlobals).__entente.cy;
      return cy.edges().not('.filtered').length > 0 && cy.getElementById('country:US').not('.filtered').nonempty();
    });
    const edges = await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__entente.cy;
      return cy
        .edges()
        .not('.filtered')
        .map((e) =>
          [String(e.data('source')), String(e.data('target'))].map((id) =>
            String(cy.getElementById(id).data('country') ?? id),
          ),
        );
    });
    // Every relation drawn has North Korea at one end.
    for (const ends of edges) expect(ends.some((end) => end === 'KP' || end === 'country:KP')).toBe(true);
    await expect(page.locator('[data-testid=map-empty]').isHidden()).resolves.toBe(true);
    expectClean(problems);
  });
});

test('a country ticked with no relation on the map says so, and All countries brings the map back', async () => {
  await withPage(`${server.url}/#countries=IN`, async (page, problems) => {
    await page.waitForSelector('[data-testid=map-empty]:not([hidden])');
    await expect(page.textContent('[data-testid=map-empty]')).resolves.toMatch(
      /no relation of IN among the actors drawn/,
    );
    await page.click('[data-testid=empty-undo-countries]');
    await page.waitForSelector('[data-testid=map-empty]', { state: 'hidden' });
    expect((await visibleCounts(page)).nodes).toBeGreaterThan(3);
    expect(page.url()).not.toContain('countries=');
    expectClean(problems);
  });
});

test('a URL with state reopens the same view', async () => {
  const url = await withPage(`${server.url}/`, async (page) => {
    await searchAndFocus(page, 'Biegun');
    await page.uncheck('[data-testid=filter-type-OPPOSES]');
    await page.locator('[data-testid=min-confidence]').fill('0.3');
    await page.selectOption('[data-testid=layout]', 'concentric');
    return page.url();
  });
  expect(url).toContain('#');
  await withPage(url, async (page, problems) => {
    expect(await waitReady(page)).toBe('true');
    await page.waitForSelector('[data-testid=panel] [data-testid=meetings]');
    await expect(page.textContent('[data-testid=panel-title]')).resolves.toContain('Biegun');
    expect(await page.isChecked('[data-testid=filter-type-OPPOSES]')).toBe(false);
    expect(await page.isChecked('[data-testid=filter-type-BACKS]')).toBe(true);
    expect(await page.inputValue('[data-testid=min-confidence]')).toBe('0.3');
    expect(await page.inputValue('[data-testid=layout]')).toBe('concentric');
    expect((await visibleCounts(page, '[type = "OPPOSES"]')).edges).toBe(0);
    const selected = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).__entente.cy.nodes(':selected').map((node) => String(node.data('label'))),
    );
    expect(selected.join(' ')).toContain('Biegun');
    expectClean(problems);
  });
});

test('article text with <img onerror> and <script> is shown as text and runs nothing', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    await searchAndFocus(page, 'Lavrov');
    const panel = page.locator('[data-testid=panel]');
    await expect(panel.textContent()).resolves.toContain('<img src=x onerror=alert(1)>');
    expect(await panel.locator('img').count()).toBe(0);
    expect(await panel.locator('script').count()).toBe(0);
    // The same sentence as the evidence of the Pompeo-Lavrov edge.
    const edge = await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__entente.cy;
      return cy
        .edges()
        .filter(
          (e) =>
            /Pompeo|Lavrov/.test(String(e.source().data('label'))) &&
            /Pompeo|Lavrov/.test(String(e.target().data('label'))),
        )
        .map((e) => e.id())[0];
    });
    expect(edge).toBeTruthy();
    await page.evaluate((id) => (globalThis as unknown as PageGlobals).__entente.explorer.select(id), edge as string);
    const edgeEvidence = page.locator('[data-testid=edge-evidence]');
    await expect(edgeEvidence.textContent()).resolves.toContain('<img src=x onerror=alert(1)>');
    expect(await edgeEvidence.locator('img, script').count()).toBe(0);
    // And in a console table.
    await page.click('[data-testid=btn-console]');
    await page.fill(
      '[data-testid=cypher-input]',
      "MATCH (:Meeting)-[r:REPORTED_IN]->(:Article) WHERE r.evidence CONTAINS '<script>' RETURN r.evidence AS evidence",
    );
    await page.click('[data-testid=cypher-run]');
    await page.waitForSelector('[data-testid=cypher-table] tbody tr');
    await expect(page.textContent('[data-testid=cypher-table]')).resolves.toContain(
      '<script>globalThis["__pwned"]=1</script>',
    );
    // No element that could run the payload exists (text nodes only), so nothing can run it later either.
    expect(await page.locator('[data-testid=cypher-table] img, [data-testid=cypher-table] script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned)).toBeUndefined();
    expectClean(problems);
  });
});

test('an edge that carries only its newest sentence shows all its evidence once its panel opens', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__entente?.cy.edges().length > 0);
    // The best-attested relation of the sample map: several articles, one sentence carried.
    const edge = await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__entente.cy;
      const best = cy
        .edges()
        .sort((a, b) => Number(b.data('articleCount')) - Number(a.data('articleCount')))
        .first();
      return { id: best.id(), articles: Number(best.data('articleCount')), carried: best.data('evidence').length };
    });
    expect(edge.articles).toBeGreaterThan(edge.carried);
    await page.evaluate((id) => (globalThis as unknown as PageGlobals).__entente.explorer.select(id), edge.id);
    const items = page.locator('[data-testid=edge-evidence] [data-testid=evidence]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=edge-evidence] [data-testid=evidence]').length >= n,
      edge.articles,
    );
    expect(await items.count()).toBeGreaterThanOrEqual(edge.articles);
    expect(await page.locator('[data-testid=evidence-loading]').count()).toBe(0);
    expectClean(problems);
  });
});

test('a country panel lists its officials and its backers', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    await page.fill('[data-testid=search]', 'United States');
    await page.waitForSelector('[data-testid=search-hit]');
    const hits = await page
      .locator('[data-testid=search-hit]')
      .evaluateAll((items) => items.map((item) => (item as unknown as { dataset: { id: string } }).dataset.id));
    const index = hits.indexOf('country:US');
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=panel] [data-testid=officials]');
    await expect(page.textContent('[data-testid=officials]')).resolves.toContain('Biegun');
    await expect(page.textContent('[data-testid=backers]')).resolves.toMatch(/Germany|United Kingdom/);
    expectClean(problems);
  });
});

test('the table view lists the map and sorts by keyboard', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    await page.click('[data-testid=btn-table]');
    await page.waitForSelector('[data-testid=actors-table] tbody tr');
    const counts = await visibleCounts(page);
    expect(await page.locator('[data-testid=actors-table] tbody tr').count()).toBe(counts.nodes);
    expect(await page.locator('[data-testid=edges-table] tbody tr').count()).toBe(counts.edges);
    const header = page.locator('[data-testid=actors-table] th button').first();
    await header.focus();
    await page.keyboard.press('Enter');
    await expect(page.getAttribute('[data-testid=actors-table] th >> nth=0', 'aria-sort')).resolves.toBe('ascending');
    expectClean(problems);
  });
});

test('with Neo4j unreachable the page shows a banner instead of a blank map', async () => {
  const dead = createDriver('bolt://127.0.0.1:1', 'neo4j', 'nothing');
  const down = await startServer(dead, 'neo4j');
  try {
    const { page } = await openPage(browser, `${down.url}/`);
    await page.waitForSelector('[data-testid=banner]:not([hidden])');
    await expect(page.textContent('[data-testid=banner-text]')).resolves.toMatch(/Neo4j|database/i);
    await page.close();
  } finally {
    await down.close();
    await dead.close();
  }
});

test('the bundled GraphiQL loads from the server with no console error and no remote request', async () => {
  await withPage(`${server.url}/`, async () => undefined);
  const page = await browser.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on(
    'request',
    (request) =>
      !request.url().startsWith('http://127.0.0.1') &&
      !request.url().startsWith('data:') &&
      outside.push(request.url()),
  );
  await page.goto(`${server.url}/graphiql`);
  await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
  await page.waitForSelector('.graphiql-tab', { timeout: 10_000 });
  expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(4);
  // The first example runs against the real API.
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(
    () =>
      (
        (
          globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }
        ).document.querySelector('.graphiql-response')?.textContent ?? ''
      ).includes('"whoMet"'),
    null,
    { timeout: 15_000 },
  );
  // Everything GraphiQL loads has arrived (the condition), then nothing failed and nothing came from outside.
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
  await page.close();
});

test('Back returns to the actor focused before, and from the first focus to the map, without leaving the app', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    await searchAndFocus(page, 'Biegun');
    await searchAndFocus(page, 'Pompeo');
    await expect(page.textContent('[data-testid=panel-title]')).resolves.toContain('Pompeo');
    await page.goBack();
    await page.waitForSelector('[data-testid=panel-title]:has-text("Biegun")');
    expect(page.url()).toMatch(/focus=official/);
    await page.goBack();
    await page.waitForSelector('[data-testid=panel-title]', { state: 'detached' });
    expect(page.url().startsWith(server.url)).toBe(true);
    expect(page.url()).not.toMatch(/focus=/);
    await page.goForward();
    await page.waitForSelector('[data-testid=panel-title]:has-text("Biegun")');
    expectClean(problems);
  });
});

test('says how many actors the map leaves out for having no relation, lists them, and draws one when picked', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    const note = page.locator('[data-testid=omitted-unrelated]');
    await note.waitFor();
    const count = Number(/^(\d+) actors? without relations $/.exec((await note.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    await page.click('[data-testid=omitted-unrelated-action]');
    await expect(page.textContent('[data-testid=panel-title]')).resolves.toBe(
      `Not on the map: ${count} actor${count === 1 ? '' : 's'}`,
    );
    const first = page.locator('[data-testid=unrelated-list] .actor-link').first();
    const id = await first.getAttribute('data-id');
    expect(await page.locator('[data-testid=unrelated-list] li').count()).toBe(Math.min(count, 200));
    await first.click();
    await page.waitForFunction(
      (want) => !(globalThis as unknown as PageGlobals).__entente.cy.getElementById(want!).empty(),
      id,
    );
    expectClean(problems);
  });
});

// Last in this file: it adds an article to the graph the other tests read.
test('the header follows an import made while the page is open, and offers to redraw the map with it', async () => {
  await withPage(`${server.url}/`, async (page, problems) => {
    const before = await page.textContent('[data-testid=stats]');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-browser-later-'));
    writeFileSync(
      path.join(dir, 'oslo.txt'),
      'Talks in Oslo\n\nNTB 2019-04-02\n\nNorwegian Prime Minister Erna Solberg met German Chancellor Angela Merkel in Oslo on Tuesday.\n',
    );
    const summary = await importFiles(db, [dir], { maxFileBytes: 5_000_000, extractor: testExtractor() });
    expect(summary.articles.added).toBe(1);
    // Coming back to the tab reads the counts again (as the minute timer does).
    await page.evaluate(() => {
      const g = globalThis as unknown as {
        document: { dispatchEvent(e: unknown): void };
        Event: new (t: string) => unknown;
      };
      g.document.dispatchEvent(new g.Event('visibilitychange'));
    });
    await page.waitForSelector('[data-testid=graph-changed-message]');
    await expect(page.textContent('[data-testid=graph-changed-message]')).resolves.toBe(
      'Since this map was drawn, 1 article added.',
    );
    expect(await page.textContent('[data-testid=stats]')).not.toBe(before);
    await page.click('[data-testid=graph-changed-action]');
    await page.waitForFunction(() =>
      (globalThis as unknown as PageGlobals).__entente.cy
        .nodes()
        .some((n) => String(n.data('label')).includes('Solberg')),
    );
    expectClean(problems);
  });
});
