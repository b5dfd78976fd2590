// Client stage: time to draw and lay out 1,000 / 5,000 / 20,000 elements in headless Chromium, canvas vs WebGL, and frame rate while panning.
import { chromium } from 'playwright-core';
import { pageElements } from './pageElements';
import { buildAndServePage } from './pageServer';
import { progress, round } from './stats';

export interface PageMeasurement {
  renderer: 'canvas' | 'webgl';
  webglActive: boolean;
  elements: number;
  drawMs: number;
  layoutMs: number | null;
  layoutQuality: string | null;
  fps: number;
  longestFrameMs: number;
  error?: string;
}

export interface ClientResult {
  /** Draw + layout, canvas renderer, by element count (the headline). */
  renderMs: Record<string, number>;
  /** Frames per second while panning, canvas renderer. */
  fps: Record<string, number>;
  webgl: { renderMs: Record<string, number>; fps: Record<string, number>; available: boolean };
  runs: PageMeasurement[];
  browser: string;
  /** The real explorer (client/) drawing the same elements through window.__entente.drawSlice, when Neo4j ran. */
  realPage?: import('./realPageBench').RealPageMeasurement[];
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

export async function runPageBench(opts: {
  seed: number;
  sizes: number[];
  webglMaxSize: number;
  panMs: number;
  timeoutMs: number;
}): Promise<ClientResult> {
  progress('client: building the bench page with Vite...');
  const server = await buildAndServePage();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const result: ClientResult = {
    renderMs: {},
    fps: {},
    webgl: { renderMs: {}, fps: {}, available: false },
    runs: [],
    browser: browser.version(),
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => progress(`client: page error: ${e.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => (globalThis as { benchReady?: boolean }).benchReady === true);
    // Warm-up: JIT, fonts, shader compilation.
    for (const renderer of ['canvas', 'webgl'] as const) {
      await page.evaluate(
        (spec) => (globalThis as unknown as { benchRun(s: unknown): Promise<PageMeasurement> }).benchRun(spec),
        { elements: pageElements(opts.seed, 300), renderer, panMs: 300, layout: true },
      );
    }
    for (const size of opts.sizes) {
      const elements = pageElements(opts.seed, size);
      for (const renderer of size <= opts.webglMaxSize ? (['canvas', 'webgl'] as const) : (['canvas'] as const)) {
        progress(`client: ${size} elements, ${renderer}...`);
        let timer: NodeJS.Timeout | undefined;
        try {
          const run = page.evaluate(
            (spec) => (globalThis as unknown as { benchRun(s: unknown): Promise<PageMeasurement> }).benchRun(spec),
            { elements, renderer, panMs: opts.panMs, layout: true },
          ) as Promise<PageMeasurement>;
          const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timed out after ${opts.timeoutMs / 1000} s`)), opts.timeoutMs);
          });
          const m = await Promise.race([run, timeout]);
          const measurement: PageMeasurement = {
            renderer,
            webglActive: m.webglActive,
            elements: m.elements,
            drawMs: round(m.drawMs, 1),
            layoutMs: m.layoutMs === null ? null : round(m.layoutMs, 1),
            layoutQuality: m.layoutQuality,
            fps: round(m.fps, 1),
            longestFrameMs: round(m.longestFrameMs, 1),
          };
          result.runs.push(measurement);
          const total = round(measurement.drawMs + (measurement.layoutMs ?? 0), 1);
          if (renderer === 'canvas') {
            result.renderMs[String(size)] = total;
            result.fps[String(size)] = measurement.fps;
          } else {
            result.webgl.renderMs[String(size)] = total;
            result.webgl.fps[String(size)] = measurement.fps;
            result.webgl.available ||= measurement.webglActive;
          }
        } catch (error) {
          result.runs.push({
            renderer,
            webglActive: false,
            elements: size,
            drawMs: Number.NaN,
            layoutMs: null,
            layoutQuality: null,
            fps: Number.NaN,
            longestFrameMs: Number.NaN,
            error: (error as Error).message,
          });
          progress(`client: ${size} ${renderer} failed: ${(error as Error).message}`);
          // A timed-out evaluate keeps the page busy: start a fresh one for the next run.
          await page.reload().catch(() => undefined);
          await page
            .waitForFunction(() => (globalThis as { benchReady?: boolean }).benchReady === true)
            .catch(() => undefined);
        } finally {
          clearTimeout(timer);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
