// Second page measurement on the real explorer (client/ built by Vite to a temp dir, served by createApp): drawSlice of N actors through window.__entente, draw and layout time, pan fps.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { chromium } from 'playwright-core';
import { loadConfig } from '../../core/config';
import { createApp } from '../../server/src/app';
import { CHROMIUM_ARGS } from './pageBench';
import { ELEMENTS_PER_ACTOR, pageElements } from './pageElements';
import { progress, round } from './stats';

export interface RealPageMeasurement {
  actors: number;
  elements: number;
  renderer: string;
  /** drawSlice until the layout settled and a frame was painted. */
  renderMs: number;
  /** The explorer's own layout timer (GraphView.lastLayoutMs). */
  layoutMs: number;
  /** The rest of renderMs: elements built and drawn, filters applied, frames painted. */
  drawMs: number;
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

/** The API's GraphSlice for `actors` actors and their relations (the page bench's synthetic shape). */
function graphSlice(seed: number, actors: number) {
  const elements = pageElements(seed, Math.round(actors * ELEMENTS_PER_ACTOR), actors);
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
  /** `actors`: the slice sizes drawn, in actors (each with about 2.3 relations). */
  opts: { seed: number; actors: number[]; panMs: number; timeoutMs: number },
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
    for (const actors of opts.actors) {
      const slice = graphSlice(opts.seed, actors);
      const size = slice.nodes.length + slice.edges.length;
      progress(`client(real page): drawSlice with ${actors} actors (${size} elements)...`);
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
          actors,
          elements: size,
          renderer: m.renderer,
          renderMs: round(m.renderMs, 1),
          layoutMs: round(m.layoutMs, 1),
          drawMs: round(Math.max(0, m.renderMs - m.layoutMs), 1),
          fps: round(m.fps, 1),
        });
      } catch (error) {
        results.push({
          actors,
          elements: size,
          renderer: '-',
          renderMs: Number.NaN,
          layoutMs: Number.NaN,
          drawMs: Number.NaN,
          fps: Number.NaN,
          error: (error as Error).message.split('\n')[0],
        });
        progress(`client(real page): ${actors} actors failed: ${(error as Error).message.split('\n')[0]}`);
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
