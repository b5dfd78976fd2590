// Keep and share: the map as PNG or SVG (with its legend and caption), the current view as JSON.
import type { Core } from 'cytoscape';
import type { Caption } from './caption';
import { download } from './dom';
import { mapSvg } from './svgExport';
import type { Viewport } from './urlState';

/** One row of the legend as drawn on the page: a swatch and its words. */
export interface LegendEntry {
  swatch: 'dot' | 'hex' | 'ring' | 'line' | 'none';
  colour: string;
  dashed: boolean;
  arrow: boolean;
  label: string;
}

/** Read the legend the page shows, so that the exported one always says the same (blocs included). */
export function legendEntries(root: HTMLElement): LegendEntry[] {
  return [...root.querySelectorAll<HTMLElement>('.legend-row')].map((row) => {
    const swatch = row.querySelector<HTMLElement>('.swatch, .swatch-line');
    const label = (row.textContent ?? '').trim();
    if (swatch === null) return { swatch: 'none', colour: '#667085', dashed: false, arrow: false, label };
    const style = getComputedStyle(swatch);
    if (swatch.classList.contains('swatch-line'))
      return {
        swatch: 'line',
        colour: style.getPropertyValue('--c').trim() || style.borderTopColor,
        dashed: swatch.classList.contains('opposes'),
        arrow: swatch.classList.contains('backs') || swatch.classList.contains('opposes'),
        label,
      };
    if (swatch.classList.contains('ring'))
      return { swatch: 'ring', colour: style.borderTopColor, dashed: false, arrow: false, label };
    return {
      swatch: swatch.classList.contains('hex') ? 'hex' : 'dot',
      colour: style.backgroundColor,
      dashed: false,
      arrow: false,
      label,
    };
  });
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
/** Pixels per CSS pixel in the exported image (the graph is drawn at the same scale). */
const SCALE = 2;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the map image could not be read'));
    image.src = src;
  });
}

/** Split `text` into lines no wider than `width` on the canvas's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function drawSwatch(ctx: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number): void {
  ctx.save();
  ctx.fillStyle = entry.colour;
  ctx.strokeStyle = entry.colour;
  if (entry.swatch === 'dot' || entry.swatch === 'ring') {
    ctx.beginPath();
    ctx.arc(x + 6, y, 6, 0, Math.PI * 2);
    if (entry.swatch === 'dot') ctx.fill();
    else {
      ctx.lineWidth = 3;
      ctx.stroke();
    }
  } else if (entry.swatch === 'hex') {
    ctx.beginPath();
    for (let i = 0; i < 6; i++) {
      const angle = (Math.PI / 3) * i;
      ctx.lineTo(x + 6 + 6.5 * Math.cos(angle), y + 6.5 * Math.sin(angle));
    }
    ctx.closePath();
    ctx.fill();
  } else if (entry.swatch === 'line') {
    ctx.lineWidth = 2.5;
    ctx.setLineDash(entry.dashed ? [6, 3] : []);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + (entry.arrow ? 20 : 26), y);
    ctx.stroke();
    if (entry.arrow) {
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(x + 19, y - 5);
      ctx.lineTo(x + 27, y);
      ctx.lineTo(x + 19, y + 5);
      ctx.closePath();
      ctx.fill();
    }
  }
  ctx.restore();
}

/**
 * The map with a band below it: the caption on the left, the legend on the right. Cytoscape's own png() is the graph
 * alone; what the picture means (colours, period, filters, date) must travel with it.
 */
export async function composeMapImage(cy: Core, caption: Caption, legend: LegendEntry[]): Promise<HTMLCanvasElement> {
  const graph = await loadImage(
    cy.png({ output: 'base64uri', full: true, scale: SCALE, bg: '#ffffff', maxWidth: 7000, maxHeight: 7000 }),
  );
  const legendColumns = legend.length > 6 ? 2 : 1;
  const legendWidth = legendColumns * 170;
  const width = Math.max(graph.width / SCALE, 760);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('no 2D canvas in this browser');
  ctx.font = `13px ${FONT}`;
  const textWidth = width - legendWidth - 48;
  const body = [caption.period, caption.filters, caption.generated].flatMap((line) => wrap(ctx, line, textWidth));
  const legendRows = Math.ceil(legend.length / legendColumns);
  const band = 24 + Math.max(22 + body.length * 18, legendRows * 20) + 12;
  canvas.width = Math.round(width * SCALE);
  canvas.height = Math.round(graph.height + band * SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(graph, Math.round((canvas.width - graph.width) / 2), 0);
  ctx.scale(SCALE, SCALE);
  const top = graph.height / SCALE;
  ctx.strokeStyle = '#dde2ea';
  ctx.beginPath();
  ctx.moveTo(0, top + 0.5);
  ctx.lineTo(width, top + 0.5);
  ctx.stroke();
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1f2633';
  ctx.font = `bold 15px ${FONT}`;
  ctx.fillText(caption.title, 20, top + 24);
  ctx.font = `13px ${FONT}`;
  ctx.fillStyle = '#475467';
  body.forEach((line, i) => ctx.fillText(line, 20, top + 46 + i * 18));
  const legendLeft = width - legendWidth - 12;
  legend.forEach((entry, i) => {
    const x = legendLeft + Math.floor(i / legendRows) * 170;
    const y = top + 24 + (i % legendRows) * 20;
    drawSwatch(ctx, entry, x, y);
    ctx.fillStyle = entry.swatch === 'none' ? '#667085' : '#1f2633';
    ctx.fillText(entry.label, entry.swatch === 'none' ? x : x + 34, y);
  });
  return canvas;
}

export async function exportPng(cy: Core, caption: Caption, legend: LegendEntry[]): Promise<void> {
  const canvas = await composeMapImage(cy, caption, legend);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob === null) throw new Error('the PNG could not be made');
  download(blob, `entente-${stamp()}.png`);
}

export function exportSvg(cy: Core, caption: Caption, legend: LegendEntry[]): void {
  download(new Blob([mapSvg(cy, caption, legend)], { type: 'image/svg+xml' }), `entente-${stamp()}.svg`);
}

/** What a JSON export holds beside the elements: the view state and how the map was framed. */
export interface JsonExtras {
  viewport: Viewport;
}

export function exportJson(cy: Core, state: unknown, extras: JsonExtras): void {
  const elements = cy
    .elements()
    .not('.filtered')
    .map((element) => ({
      group: element.group(),
      data: element.data() as unknown,
      position: element.isNode() ? element.position() : undefined,
    }));
  const body = JSON.stringify(
    { exportedAt: new Date().toISOString(), url: location.href, state, viewport: extras.viewport, elements },
    null,
    2,
  );
  download(new Blob([body], { type: 'application/json' }), `entente-${stamp()}.json`);
}

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}
