// The Cypher console in Chromium: Neo4j's editor with schema completion, history and favourites, saved queries'
// Cypher, connected results and the Graph / Table / Text tabs.
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

/** `expected`: console errors the test provokes on purpose (Chromium logs every 4xx answer). */
async function withPage(run: (page: Page, problems: PageProblems) => Promise<void>, expected?: RegExp): Promise<void> {
  const { page, problems } = await openPage(browser, `${server.url}/`);
  // Which call failed, when one did: Chromium's console message names only the status.
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  try {
    await run(page, problems);
    expect(problems.pageErrors).toEqual([]);
    const unexpected = problems.consoleErrors.filter((message) => expected === undefined || !expected.test(message));
    expect({ unexpected, failed: unexpected.length > 0 ? failed : [] }).toEqual({ unexpected: [], failed: [] });
    expect(problems.outside).toEqual([]);
  } finally {
    await page.close();
  }
}

const EDITOR = '[data-testid=cypher-input]';

/** Open the console (the link may have kept it open) and wait for Neo4j's editor. */
async function openConsole(page: Page): Promise<void> {
  if (!(await page.isVisible('[data-testid=cypher-run]'))) await page.click('[data-testid=btn-console]');
  await page.waitForSelector(`${EDITOR}.cm-content`, { state: 'visible' });
}

/** What the editor holds, line by line as CodeMirror draws it. */
const editorText = (page: Page): Promise<string> =>
  page
    .locator(`${EDITOR} .cm-line`)
    .evaluateAll((lines) => lines.map((line) => (line as unknown as { textContent: string }).textContent).join('\n'));

/**
 * Replace the editor's text. Under load CodeMirror can apply a fill to the old text instead of replacing it (seen once
 * in CI: the previous query with the new one appended), so this waits until the editor holds exactly the query.
 */
async function setQuery(page: Page, query: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await page.fill(EDITOR, query);
    const holds = await page
      .waitForFunction(
        ([selector, text]) =>
          [...document.querySelectorAll(`${selector} .cm-line`)].map((line) => line.textContent).join('\n') === text,
        [EDITOR, query] as const,
        { timeout: 5_000 },
      )
      .then(() => true)
      .catch(() => false);
    if (holds) return;
    if (attempt === 2) throw new Error(`the editor holds ${JSON.stringify(await editorText(page))}, not ${query}`);
  }
}

async function runQuery(page: Page, query: string): Promise<void> {
  await setQuery(page, query);
  await page.click('[data-testid=cypher-run]');
  // A result or an error, whichever comes: a failure then says what the page shows instead of only timing out.
  await page
    .waitForSelector('[data-testid=cypher-status]:has-text("row"), [data-testid=cypher-error]')
    .catch(async (timeout: Error) => {
      const status = await page.textContent('[data-testid=cypher-status]');
      throw new Error(`${timeout.message}\nthe console's status for ${query}: ${JSON.stringify(status)}`);
    });
  const error = await page.$('[data-testid=cypher-error]');
  if (error !== null) throw new Error(`the console answered ${await error.textContent()} to ${query}`);
}

const focusedTestId = (page: Page): Promise<string | null> =>
  page.evaluate(
    () =>
      (
        globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }
      ).document.activeElement?.getAttribute('data-testid') ?? null,
  );

test('the console is Neo4j’s editor: it highlights Cypher and completes the graph’s labels from the server’s schema', async () => {
  await withPage(async (page) => {
    const schema = page.waitForResponse((response) => response.url().endsWith('/api/cypher/schema'));
    await openConsole(page);
    expect((await schema).status()).toBe(200);
    await page.fill(EDITOR, '');
    await page.focus(EDITOR);
    await page.keyboard.type('MATCH (n:Coun');
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: 'Country' });
    await option.first().waitFor();
    // "Country" comes from GET /api/cypher/schema (db.labels()); a label the graph lacks is not offered.
    expect(await page.locator('.cm-tooltip-autocomplete li', { hasText: 'Planet' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    // Highlighting: the keyword is drawn as a keyword token, not as plain text.
    expect(await page.locator(`${EDITOR} .cm-line [class*=keyword]`, { hasText: 'MATCH' }).count()).toBe(1);
  });
});

test('the console keeps its history and favourites across a reload, loads one on pick, and Escape then Tab leaves the editor', async () => {
  const QUERY = 'MATCH (c:Country) RETURN c.name AS name ORDER BY name LIMIT 3';
  const values = (page: Page, list: string) =>
    page
      .locator(`[data-testid=${list}] option`)
      .evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value).filter(Boolean));
  await withPage(async (page) => {
    await openConsole(page);
    await runQuery(page, QUERY);
    await runQuery(page, 'RETURN 1 AS one');
    await page.fill(EDITOR, QUERY);
    await page.click('[data-testid=cypher-star]');
    await expect(page.textContent('[data-testid=cypher-star]')).resolves.toBe('★ Favourite');

    await page.reload();
    expect(await waitReady(page)).toBe('true');
    await openConsole(page);
    // Newest first, each once; the favourite only where starred.
    expect(await values(page, 'cypher-history')).toEqual(['RETURN 1 AS one', QUERY]);
    expect(await values(page, 'cypher-favourites')).toEqual([QUERY]);
    await page.fill(EDITOR, 'RETURN 2');
    await expect(page.textContent('[data-testid=cypher-star]')).resolves.toBe('☆ Favourite');
    await page.selectOption('[data-testid=cypher-favourites]', QUERY);
    expect(await editorText(page)).toBe(QUERY);
    await page.selectOption('[data-testid=cypher-history]', 'RETURN 1 AS one');
    expect(await editorText(page)).toBe('RETURN 1 AS one');

    // Tab indents inside the editor; Escape then Tab moves on, to the Run button.
    await page.focus(EDITOR);
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    expect(await editorText(page)).toBe('  RETURN 1 AS one');
    expect(await focusedTestId(page)).toBe('cypher-input');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('cypher-run');
  });
});

test('a saved query shows its Cypher in the editor and runs by name; once edited it runs as written', async () => {
  await withPage(async (page) => {
    await openConsole(page);
    await page.waitForSelector('[data-testid=saved-queries] option[value=who-backs]', { state: 'attached' });
    await page.selectOption('[data-testid=saved-queries]', 'who-backs');
    const text = await editorText(page);
    expect(text).toMatch(/^\/\/ title: /);
    expect(text).toMatch(/MATCH .*BACKS/);
    await page.fill('[data-testid=param-actor]', 'country:US');
    await page.click('[data-testid=cypher-run]');
    await page.waitForSelector('[data-testid=cypher-table] tbody tr');
    expect(await page.textContent('[data-testid=cypher-table] caption')).not.toBe('Cypher result');
    await runQuery(page, 'RETURN "edited" AS what');
    expect(await page.textContent('[data-testid=cypher-table] tbody')).toBe('edited');
  });
});

test('result nodes come back connected as in Neo4j Browser, and unticking "Connect result nodes" draws them apart', async () => {
  const QUERY = 'MATCH (o:Official)-[:REPRESENTS]->(c:Country) WITH o, c LIMIT 5 RETURN o, c';
  const drawn = (page: Page) =>
    page.evaluate(() => (globalThis as unknown as PageGlobals).__entente.cy.edges('[type = "REPRESENTS"]').length);
  await withPage(async (page) => {
    await openConsole(page);
    expect(await page.isChecked('[data-testid=cypher-connect]')).toBe(true);
    await runQuery(page, QUERY);
    await expect(page.textContent('[data-testid=cypher-status]')).resolves.toMatch(/\(\d+ connecting\)/);
    await page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).__entente.cy.edges('[type = "REPRESENTS"]').length > 0,
    );
    expect(await drawn(page)).toBeGreaterThan(0);

    await page.uncheck('[data-testid=cypher-connect]');
    await runQuery(page, `${QUERY} // apart`);
    await expect(page.textContent('[data-testid=cypher-status]')).resolves.toMatch(/ 0 relationships /);
    expect(await drawn(page)).toBe(0);
  });
});

test('a result has Table, Graph and Text tabs, by click and by arrow keys, in view, and a path reads as a pattern', async () => {
  await withPage(async (page) => {
    await openConsole(page);
    await runQuery(
      page,
      'MATCH p = (:Official {id: "official:us:stephen-biegun"})-[:ATTENDED]->(:Meeting) RETURN p, length(p) AS hops LIMIT 1',
    );
    const cell = await page.textContent('[data-testid=cypher-table] tbody td');
    expect(cell).toMatch(/^\(:Official "Stephen Biegun"\)-\[:ATTENDED\]->\(:Meeting "[^"]+"\)$/);
    // The result sits inside the window, not below the drawer's fold.
    const box = await page.locator('[data-testid=cypher-table] tbody tr').first().boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);

    await page.click('[data-testid=result-tab-graph]');
    await page.waitForSelector('[data-testid=result-graph-canvas] canvas');
    expect(await page.textContent('[data-testid=result-graph-count]')).toBe('2 nodes, 1 relationship');
    expect(await page.isVisible('[data-testid=cypher-table]')).toBe(false);

    await page.focus('[data-testid=result-tab-graph]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusedTestId(page)).toBe('result-tab-text');
    const text = await page.textContent('[data-testid=cypher-text]');
    expect(text).toContain('│ p ');
    expect(text).toContain('(:Official "Stephen Biegun")-[:ATTENDED]->');

    // The tab chosen stays for the next result; an error replaces the result, in view too.
    await runQuery(page, 'RETURN 1 AS one');
    expect(await page.isVisible('[data-testid=cypher-text]')).toBe(true);
    await page.fill(EDITOR, 'MATCH (n RETURN n');
    await page.click('[data-testid=cypher-run]');
    const error = await page.waitForSelector('[data-testid=cypher-error]');
    const errorBox = await error.boundingBox();
    expect(errorBox!.y + errorBox!.height).toBeLessThanOrEqual(viewport.height);
    await expect(error.textContent()).resolves.toMatch(/^BAD_USER_INPUT: .*Invalid input/);
  }, /status of 400/);
});
