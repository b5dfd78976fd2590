// Second page measurement on the real explorer (client/ built by Vite to a temp dir, served by createApp): drawSlice through window.__entente, layout time and pan fps.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { chromium } from 'playwright-core';
import { loadConfig } from '../../core/config';
import { createApp } from '../../server/src/app';
import { CHROMIUM_ARGS } from './pageBench';
import { pageElements } from './pageElements';
import { progress, round } from './stats';

export interface RealPageMeasurement {
  elements: number;
  renderer: string;
  /** drawSlice until the layout settled and a frame was painted. */
  renderMs: number;
  /** The explorer's own layout timer (GraphView.lastLayoutMs). */
  layoutMs: number;
  fps: number;
  error?: string;
}

/** Runs in the page: drawSlice, wait for the layout and two frames, then pan for panMs and count frames. */
const DRAW_AND_PAN = `async function (arg) {
  const hooks = window.__entente;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const t0 = performance.now();
  hooks.drawSlice(arg.slice);
  await hooks.explorer.view.settled;
  await frame();
  await frame();
  const renderMs = performance.now() - t0;
  let frames = 0;
  const start = performance.now();
  while (performance.now() - start < arg.panMs) {
    hooks.cy.panBy({ x: 7, y: 4 });
    await frame();
    frames++;
  }
  return { renderMs, layoutMs: hooks.explorer.view.lastLayoutMs, renderer: hooks.explorer.view.webgl ? 'webgl' : 'canvas', fps: (frames / (performance.now() - start)) * 1000 };
}`;

/** The API's GraphSlice for the same synthetic elements the bench page draws. */
function graphSlice(seed: number, total: number) {
  const elements = pageElements(seed, total);
  return {
    nodes: elements
      .filter((e) => e.group === 'nodes')
      .map((e) => ({ ...e.data, country: null, title: null, parent: e.data.parent ?? null })),
    edges: elements
      .filter((e) => e.group === 'edges')
      .map((e) => ({ ...e.data, count: 1, confidence: 0.9, firstDate: null, lastDate: null, evidence: [] })),
    truncated: false,
  };
}

export async function runRealPageBench(
  db: { driver: Driver; database: string },
  opts: { seed: number; sizes: number[]; panMs: number; timeoutMs: number },
): Promise<RealPageMeasurement[]> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'entente-bench-client-'));
  const results: RealPageMeasurement[] = [];
  progress('client(real page): building client/ with Vite into a temp dir...');
  const { build } = await import('vite');
  await build({
    configFile: path.resolve(__dirname, '..', '..', 'client', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const config = loadConfig({
    NEO4J_PASSWORD: 'entente-bench',
    NODE_ENV: 'production',
    PORT: '0',
    SEED_ON_START: 'false',
  });
  const app = await createApp({ config, driver: db.driver, database: db.database, clientDir: outDir });
  const server: Server = await new Promise((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // A high cap so the explorer draws every element instead of asking.
    await page.goto(`http://127.0.0.1:${port}/?cap=1000000`);
    await page.waitForFunction(
      () => (globalThis as { __entente?: { ready?: boolean } }).__entente?.ready === true,
      undefined,
      { timeout: 60_000 },
    );
    for (const size of opts.sizes) {
      progress(`client(real page): drawSlice with ${size} elements...`);
      const slice = graphSlice(opts.seed, size);
      try {
        // Plain source text: tsx would wrap a serialised function with helpers (__name) the page does not have.
        const run = page.evaluate(`(${DRAW_AND_PAN})(${JSON.stringify({ slice, panMs: opts.panMs })})`) as Promise<{
          renderMs: number;
          layoutMs: number;
          renderer: string;
          fps: number;
        }>;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${opts.timeoutMs / 1000} s`)), opts.timeoutMs);
        });
        const m = await Promise.race([run, timeout]).finally(() => clearTimeout(timer));
        results.push({
          elements: size,
          renderer: m.renderer,
          renderMs: round(m.renderMs, 1),
          layoutMs: round(m.layoutMs, 1),
          fps: round(m.fps, 1),
        });
      } catch (error) {
        results.push({
          elements: size,
          renderer: '-',
          renderMs: Number.NaN,
          layoutMs: Number.NaN,
          fps: Number.NaN,
          error: (error as Error).message.split('\n')[0],
        });
        progress(`client(real page): ${size} failed: ${(error as Error).message.split('\n')[0]}`);
        break;
      }
    }
  } finally {
    await browser.close();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
    await app.stop();
    rmSync(outDir, { recursive: true, force: true });
  }
  return results;
}
