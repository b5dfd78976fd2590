// The Explorer's tools end to end: expand/hide, roll-up, shortest path, blocs, saved queries, exports, and the token dialog.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { importFiles } from '../../import/src/importFiles';
import { testExtractor } from '../support/testExtractor';
import type { TestDatabase } from '../support/testDatabase';
import {
  closeExplorerStack,
  openExplorerStack,
  searchAndFocus,
  startServer,
  visibleCounts,
  waitReady,
  type PageGlobals,
  type RunningServer,
  withExplorerPage,
} from './browserHarness';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..', '..');
let db: TestDatabase;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ db, server, browser } = await openExplorerStack((graph) =>
    importFiles(graph, [path.join(ROOT, 'data', 'articles')], { maxFileBytes: 5_000_000, extractor: testExtractor() }),
  ));
}, 180_000);

afterAll(() => closeExplorerStack({ db, server, browser }));

const withPage = (run: (page: Page) => Promise<void>, url = `${server.url}/`): Promise<void> =>
  withExplorerPage(browser, url, run);

const nodeIds = (page: Page, selector = 'node'): Promise<string[]> =>
  page.evaluate(
    (s) =>
      (globalThis as unknown as PageGlobals).__entente.cy
        .$(s)
        .not('.filtered')
        .map((n) => n.id()),
    selector,
  );

test('expand, hide and show hidden change the map around the focused actor', async () => {
  await withPage(async (page) => {
    await searchAndFocus(page, 'Biegun');
    const focus = (await nodeIds(page, 'node.focus'))[0] as string;
    expect(focus).toBeTruthy();
    await page.click('[data-testid=panel-expand]');
    await page.waitForSelector('[data-testid=flash]');
    await page.click('[data-testid=panel-hide]');
    expect(await nodeIds(page)).not.toContain(focus);
    await page.click('[data-testid=btn-unhide]');
    await page.waitForFunction(
      (id) => (globalThis as unknown as PageGlobals).__entente.cy.getElementById(id).nonempty(),
      focus,
    );
  });
});

test('the map is usable by keyboard: arrows walk actors, Enter expands, Escape clears', async () => {
  await withPage(async (page) => {
    await page.focus('[data-testid=map]');
    await page.keyboard.press('ArrowRight');
    const first = await nodeIds(page, 'node:selected');
    expect(first).toHaveLength(1);
    await expect(page.textContent('[data-testid=map-announce]')).resolves.toMatch(/links/);
    await page.waitForSelector('[data-testid=panel] [data-testid=panel-title]');
    await page.keyboard.press('ArrowRight');
    const second = await nodeIds(page, 'node:selected');
    expect(second).toHaveLength(1);
    expect(second[0]).not.toBe(first[0]);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=flash], [data-testid=cap-show-all]');
    await page.keyboard.press('Escape');
    expect(await nodeIds(page, 'node:selected')).toHaveLength(0);
  });
});

test('Enter right after typing searches at once and focuses the best hit; Escape closes the list', async () => {
  await withPage(async (page) => {
    await page.fill('[data-testid=search]', 'Biegun');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=panel] [data-testid=meetings]');
    await expect(page.textContent('[data-testid=panel-title]')).resolves.toContain('Biegun');
    // The search typed before Enter has run out (aria-busy cleared): it must not have reopened the list.
    await page.waitForSelector('[data-testid=search]:not([aria-busy])');
    expect(await page.isHidden('[data-testid=search-results]')).toBe(true);
    await page.fill('[data-testid=search]', 'Germ');
    await page.waitForSelector('[data-testid=search-hit]');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('[data-testid=search-results]')).toBe(true);
  });
});

test('rolling officials up into their countries removes the compound children, and back', async () => {
  await withPage(async (page) => {
    const children = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).__entente.cy.nodes(':child').length,
    );
    expect(children).toBeGreaterThan(0);
    await page.check('[data-testid=rollup]');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__entente.cy.nodes(':child').length)).toBe(
      0,
    );
    expect(page.url()).toContain('rollup=1');
    await page.uncheck('[data-testid=rollup]');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__entente.cy.nodes(':child').length)).toBe(
      children,
    );
  });
});

test('the shortest path between two picked actors is highlighted and described', async () => {
  await withPage(async (page) => {
    for (const [field, name] of [
      ['path-from', 'Biegun'],
      ['path-to', 'Kim'],
    ] as const) {
      await page.fill(`[data-testid=${field}]`, name);
      await page.waitForSelector(`#${field}-list [data-testid=search-hit]`);
      await page.keyboard.press('Enter');
    }
    await page.click('[data-testid=path-run]');
    await page.waitForFunction(() =>
      (
        (
          globalThis as unknown as { document: { querySelector(s: string): { textContent: string } } }
        ).document.querySelector('[data-testid=path-result]').textContent ?? ''
      ).includes('→'),
    );
    const onPath = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).__entente.cy.elements('.on-path').length,
    );
    expect(onPath).toBeGreaterThanOrEqual(3);
    expect(page.url()).toContain('path=');
  });
});

test('alliance blocs colour their members and list them', async () => {
  await withPage(async (page) => {
    await page.check('[data-testid=blocs-toggle]');
    await page.waitForSelector('[data-testid=bloc-list] li');
    const coloured = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).__entente.cy.nodes('.in-bloc').length,
    );
    expect(coloured).toBeGreaterThan(1);
    await page.uncheck('[data-testid=blocs-toggle]');
    expect(
      await page.evaluate(() => (globalThis as unknown as PageGlobals).__entente.cy.nodes('.in-bloc').length),
    ).toBe(0);
  });
});

test('a saved query runs with its parameters and fills the table', async () => {
  await withPage(async (page) => {
    await page.click('[data-testid=btn-console]');
    await page.waitForSelector('[data-testid=saved-queries] option:nth-child(2)', { state: 'attached' });
    const names = await page
      .locator('[data-testid=saved-queries] option')
      .evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));
    const withParams = names.find((name) => name !== '');
    expect(withParams).toBeTruthy();
    await page.selectOption('[data-testid=saved-queries]', withParams as string);
    await page.click('[data-testid=cypher-run]');
    await page.waitForSelector('[data-testid=cypher-table], [data-testid=cypher-error]');
    expect(await page.locator('[data-testid=cypher-error]').count()).toBe(0);
    await expect(page.textContent('[data-testid=cypher-status]')).resolves.toMatch(/\d+ rows?/);
  });
});

test('PNG, JSON and CSV exports download files', async () => {
  await withPage(async (page) => {
    for (const [button, extension] of [
      ['btn-png', '.png'],
      ['btn-json', '.json'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${button}]`)]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\${extension}$`));
    }
    await page.click('[data-testid=btn-table]');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=edges-table-csv]')]);
    expect(csv.suggestedFilename()).toBe('entente-relations.csv');
    const text = await new Promise<string>((resolve, reject) => {
      void csv.createReadStream().then((stream) => {
        let out = '';
        stream.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
        stream.on('end', () => resolve(out));
        stream.on('error', reject);
      });
    });
    expect(text.split('\r\n')[0]).toBe('From,Relation,To,Articles,Confidence,First,Last');
    expect(text.split('\r\n').length - 2).toBe((await visibleCounts(page)).edges);
  });
});

test('with AUTH_TOKEN set, the page asks for the token once and then works', async () => {
  const guarded = await startServer(db.driver, db.database, { authToken: 'open-sesame' });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${guarded.url}/`);
    await page.waitForSelector('[data-testid=token-dialog]');
    await page.fill('[data-testid=token-input]', 'open-sesame');
    await page.keyboard.press('Enter');
    expect(await waitReady(page)).toBe('true');
    expect(await page.locator('[data-testid=token-dialog]').count()).toBe(0);
    expect((await visibleCounts(page)).nodes).toBeGreaterThan(0);
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem(
          'entente.token',
        ),
      ),
    ).toBe('open-sesame');
    expect(errors).toEqual([]);
  } finally {
    await page.close();
    await guarded.close();
  }
});

test('a view saved as JSON opens again with its focus, filters and positions, and another file is refused by name', async () => {
  const positions = (page: Page) =>
    page.evaluate(() =>
      (globalThis as unknown as PageGlobals).__entente.cy
        .nodes()
        .not(':parent')
        .not('.filtered')
        .map((n) => {
          const { x, y } = (n as unknown as { position(): { x: number; y: number } }).position();
          return [n.id(), Math.round(x), Math.round(y)] as [string, number, number];
        })
        .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    );
  let saved = '';
  let before: [string, number, number][] = [];
  await withPage(async (page) => {
    await searchAndFocus(page, 'Biegun');
    await page.uncheck('[data-testid=filter-type-OPPOSES]');
    // Move an actor by hand: the saved positions, not a new layout, must come back.
    // A block body: position() returns the element, which is not for sending back to the test.
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).__entente.cy.getElementById('country:FR').position({ x: 4321, y: -1234 });
    });
    before = await positions(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=btn-json]')]);
    saved = readFileSync((await download.path())!, 'utf8');
  });
  await withPage(async (page) => {
    await page.setInputFiles('[data-testid=file-open]', {
      name: 'view.json',
      mimeType: 'application/json',
      buffer: Buffer.from(saved),
    });
    await page.waitForURL(/focus=official/);
    expect(await waitReady(page)).toBe('true');
    await page.waitForSelector('[data-testid=panel-title]:has-text("Biegun")');
    expect(await page.isChecked('[data-testid=filter-type-OPPOSES]')).toBe(false);
    expect(await positions(page)).toEqual(before);

    await page.setInputFiles('[data-testid=file-open]', {
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await expect(page.textContent('[data-testid=flash]')).resolves.toContain(
      'notes.json is not a view saved with the JSON button',
    );
  });
});
