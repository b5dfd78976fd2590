// How big a graph the Explorer stays responsive with: generated slices of 1k, 5k and 20k elements drawn through the test hook.
import type { Browser } from 'playwright-core';
import type { TestDatabase } from '../support/testDatabase';
import {
  closeExplorerStack,
  openExplorerStack,
  openPage,
  type PageGlobals,
  type RunningServer,
} from './browserHarness';

jest.setTimeout(240_000);

let db: TestDatabase;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ db, server, browser } = await openExplorerStack());
}, 180_000);

afterAll(() => closeExplorerStack({ db, server, browser }));

interface Measure {
  elements: number;
  drawn: number;
  renderer: string;
  drawMs: number;
  layoutMs: number;
  fps: number;
  capBar: boolean;
}

/** Generate a slice of about `elements` elements in the page, draw it, wait for the layout, then pan for a second counting frames. */
async function measure(elements: number, query = ''): Promise<Measure> {
  const { page, problems } = await openPage(browser, `${server.url}/${query}`);
  try {
    return await page.evaluate(async (total) => {
      const g = globalThis as unknown as PageGlobals & {
        requestAnimationFrame(cb: () => void): number;
        performance: { now(): number };
      };
      const nodeCount = Math.round(total / 3);
      const countries = Math.max(5, Math.round(nodeCount / 10));
      let seed = 42;
      const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      const nodes = Array.from({ length: nodeCount }, (_, i) => {
        const kind = i < countries ? 'Country' : i % 10 === 0 ? 'Organization' : 'Official';
        return {
          id: `n${i}`,
          kind,
          label: `${kind} ${i}`,
          country: null,
          title: null,
          parent: kind === 'Official' ? `n${Math.floor(random() * countries)}` : null,
          degree: 2,
        };
      });
      const types = ['MET', 'BACKS', 'OPPOSES'];
      const edges = Array.from({ length: total - nodeCount }, (_, i) => ({
        id: `e${i}`,
        source: `n${Math.floor(random() * nodeCount)}`,
        target: `n${Math.floor(random() * nodeCount)}`,
        type: types[i % 3],
        articleCount: 1 + (i % 4),
        count: 1,
        confidence: 0.8,
        firstDate: '2019-03-01',
        lastDate: '2019-03-01',
        evidence: [],
      }));
      const map = g.document as unknown as {
        querySelector(s: string): { dataset: Record<string, string | undefined> };
      };
      const mapEl = map.querySelector('[data-testid=map]');
      delete mapEl.dataset.layoutDone;
      const started = g.performance.now();
      g.__entente.drawSlice({ nodes, edges: edges.filter((e) => e.source !== e.target), truncated: false });
      const drawMs = g.performance.now() - started;
      while (mapEl.dataset.layoutDone === undefined && g.performance.now() - started < 200_000)
        await new Promise((r) => setTimeout(r, 50));
      const layoutMs = g.performance.now() - started;
      // Responsiveness: pan a little every frame for one second.
      const cy = g.__entente.cy;
      let frames = 0;
      const until = g.performance.now() + 1000;
      await new Promise<void>((resolve) => {
        const tick = (): void => {
          frames += 1;
          cy.panBy({ x: 3, y: 1 });
          if (g.performance.now() < until) g.requestAnimationFrame(tick);
          else resolve();
        };
        g.requestAnimationFrame(tick);
      });
      const bar = map.querySelector('[data-testid=cap-bar]') as unknown as {
        hidden: boolean;
        dataset: Record<string, string | undefined>;
      };
      const capBar = !bar.hidden && bar.dataset.kind === 'cap';
      return {
        elements: total,
        drawn: cy.elements().length,
        renderer: g.__entente.explorer.view.webgl ? 'webgl' : 'canvas',
        drawMs: Math.round(drawMs),
        layoutMs: Math.round(layoutMs),
        fps: frames,
        capBar,
      };
    }, elements);
  } finally {
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  }
}

test('above the cap the map asks before drawing everything', async () => {
  const result = await measure(5000);
  expect(result.capBar).toBe(true);
  expect(result.drawn).toBeLessThanOrEqual(3000 * 1.05);
});

// 20k elements takes minutes on a small CI machine: opt in with ENTENTE_BROWSER_BIG=1.
const SIZES = process.env.ENTENTE_BROWSER_BIG === '1' ? [1000, 5000, 20000] : [1000, 5000];

test.each(SIZES)('draws %i generated elements once allowed ("?cap=")', async (elements) => {
  const result = await measure(elements, '?cap=1000000');
  // Timings and frames per second while panning are reported, not asserted: they depend on the machine's load.
  process.stderr.write(`\nlarge graph: ${JSON.stringify(result)}\n`);
  expect(result.drawn).toBeGreaterThan(elements * 0.9);
  expect(result.capBar).toBe(false);
  // WebGL above 2000 elements, unless it is software-emulated (as with --disable-gpu), where canvas is faster.
  if (elements <= 2000) expect(result.renderer).toBe('canvas');
});
