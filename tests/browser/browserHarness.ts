// Shared helpers for the browser suites: a fresh client build, the real server on a free port, Chromium pages that record problems.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Core } from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig, type Config } from '../../core/config';
import { createApp } from '../../server/src/app';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';

/** What the suites read inside the page (its DOM types are not part of the Node build). */
export interface PageGlobals {
  document: { body: { dataset: Record<string, string | undefined> } };
  location: { href: string };
  __entente: {
    cy: Core;
    ready: boolean;
    firstDrawMs?: number;
    drawSlice(slice: unknown): void;
    explorer: { view: { webgl: boolean; lastLayoutMs: number }; select(id: string): void };
  };
  __pwned?: unknown;
}

/** `globalThis` inside page.evaluate, typed. */
export const inPage = (): PageGlobals => globalThis as unknown as PageGlobals;

const ROOT = path.resolve(__dirname, '..', '..');
const CLIENT = path.join(ROOT, 'client');

function newest(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

/** Build client/dist unless it is newer than every client source. */
export function ensureClientBuilt(): void {
  const built = path.join(CLIENT, 'dist', 'index.html');
  const sources = ['src', 'index.html', 'graphiql.html', 'vite.config.ts'].map((name) => path.join(CLIENT, name));
  if (
    existsSync(built) &&
    existsSync(path.join(CLIENT, 'dist', 'graphiql.html')) &&
    statSync(built).mtimeMs > Math.max(...sources.map(newest))
  )
    return;
  execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit', timeout: 120_000 });
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(
  driver: Driver,
  database: string,
  overrides: Partial<Config> = {},
): Promise<RunningServer> {
  const config = { ...loadConfig(), ...overrides };
  const { app, stop } = await createApp({ config, driver, database });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** What a page did that it should not have: console errors, uncaught exceptions, dialogs, requests leaving 127.0.0.1. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  outside: string[];
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** Every wait's allowance, the start-up's included (a large graph on a loaded machine needs more than 30 s). */
  timeout?: number;
}

export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1440, height: 900 },
  timeout?: number,
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  if (timeout !== undefined) page.setDefaultTimeout(timeout);
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], dialogs: [], outside: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const target = new URL(request.url());
    const local = target.hostname === '127.0.0.1' || target.protocol === 'data:' || target.protocol === 'blob:';
    if (!local) problems.outside.push(request.url());
  });
  await page.goto(url);
  await waitReady(page, timeout);
  return { page, problems };
}

/** No uncaught exception, console error or request leaving the machine. */
export function expectNoProblems(problems: PageProblems): void {
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.outside).toEqual([]);
}

/** Opens `url` in a fresh page, runs `run` on it, checks the page had no problem, and closes it whatever happened. */
export async function withExplorerPage<T>(
  browser: Browser,
  url: string,
  run: (page: Page) => Promise<T>,
  options: PageOptions = {},
): Promise<T> {
  const { page, problems } = await openPage(browser, url, options.viewport, options.timeout);
  try {
    const result = await run(page);
    expectNoProblems(problems);
    return result;
  } finally {
    await page.close();
  }
}

/** Waits until the layout and any framing have stopped and the labels were placed for the zoom of the moment. */
export async function waitSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cy = (globalThis as unknown as PageGlobals).__entente.cy;
    const map = cy.container()!.dataset;
    const still = map.layoutDone !== undefined && map.layoutRunning === undefined && !cy.animated();
    return still && Number(map.labelsZoom) === cy.zoom();
  });
}

/** Number of nodes / edges currently visible (not filtered out) on the map. */
export function visibleCounts(page: Page, selector = ''): Promise<{ nodes: number; edges: number }> {
  return page.evaluate((extra) => {
    const cy = (globalThis as unknown as PageGlobals).__entente.cy;
    return { nodes: cy.nodes(`${extra}`).not('.filtered').length, edges: cy.edges(`${extra}`).not('.filtered').length };
  }, selector);
}

/** Waits until the map shows fewer nodes and edges than `than` (a condition, not a time): Play has drawn a frame. */
export async function waitForFewerVisible(
  page: Page,
  than: number,
  timeout = 10_000,
): Promise<{ nodes: number; edges: number }> {
  await page.waitForFunction(
    (limit) => {
      const cy = (globalThis as unknown as PageGlobals).__entente.cy;
      return cy.nodes().not('.filtered').length + cy.edges().not('.filtered').length < limit;
    },
    than,
    { timeout },
  );
  return visibleCounts(page);
}

/** Type into the header search and pick the first hit with Enter; resolves when the evidence panel shows an actor. */
export async function searchAndFocus(page: Page, text: string, timeout = 10_000): Promise<void> {
  await page.fill('[data-testid=search]', text);
  await page.waitForSelector('[data-testid=search-hit]', { timeout });
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=panel] [data-testid=meetings]', { timeout });
}

/** Wait until the page finished its start-up (map drawn, URL state applied) or reported a failure. */
export async function waitReady(page: Page, timeout = 30_000): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const ready = (globalThis as unknown as PageGlobals).document.body.dataset.ready;
      return ready === 'true' || ready === 'error' ? ready : false;
    },
    null,
    { timeout },
  );
  return (await handle.jsonValue()) as string;
}

export interface ExplorerStack {
  db: TestDatabase;
  server: RunningServer;
  browser: Browser;
}

/** One browser suite's set-up: a built client, a clean database filled by `fill`, the real server on it, Chromium. */
export async function openExplorerStack(
  fill: (db: TestDatabase) => Promise<unknown> = async () => {},
): Promise<ExplorerStack> {
  ensureClientBuilt();
  const db = await openTestDatabase();
  await fill(db);
  const server = await startServer(db.driver, db.database);
  return { db, server, browser: await launchBrowser() };
}

/** Undoes openExplorerStack; safe when the set-up failed half-way. */
export async function closeExplorerStack(stack: Partial<ExplorerStack>): Promise<void> {
  await stack.browser?.close();
  await stack.server?.close();
  await stack.db?.close();
}
