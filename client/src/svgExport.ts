// The map as SVG, with the same legend and caption as the PNG: vector shapes drawn from the map's own positions and styles.
// Written here because the one Cytoscape SVG extension (cytoscape-svg) is GPL-3.0, which this MIT project cannot bundle.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Caption } from './caption';
import type { LegendEntry } from './exporter';

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const n = (value: number): string => String(Math.round(value * 10) / 10);

function nodeShape(node: NodeSingular): string {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const fill = node.style('background-color') as string;
  const stroke = node.style('border-color') as string;
  const strokeWidth = parseFloat(String(node.style('border-width'))) || 0;
  const common = `fill="${fill}" stroke="${stroke}" stroke-width="${n(strokeWidth)}"`;
  if (node.isParent()) {
    const box = node.boundingBox({ includeLabels: false });
    return `<rect x="${n(box.x1)}" y="${n(box.y1)}" width="${n(box.w)}" height="${n(box.h)}" rx="8" ${common} fill-opacity="0.85"/>`;
  }
  if (String(node.style('shape')).includes('hexagon')) {
    const points = Array.from({ length: 6 }, (_, i) => {
      const angle = (Math.PI / 3) * i;
      return `${n(x + (w / 2) * Math.cos(angle))},${n(y + (h / 2) * Math.sin(angle))}`;
    }).join(' ');
    return `<polygon points="${points}" ${common}/>`;
  }
  return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(w / 2)}" ry="${n(h / 2)}" ${common}/>`;
}

function nodeLabel(node: NodeSingular): string {
  const label = String(node.data('label') ?? '');
  if (label === '') return '';
  if (node.isParent()) {
    const box = node.boundingBox({ includeLabels: false });
    return `<text x="${n(box.x1 + box.w / 2)}" y="${n(box.y1 - 4)}" text-anchor="middle" font-size="12" fill="#23446f">${escape(label)}</text>`;
  }
  const { x, y } = node.position();
  return `<text x="${n(x)}" y="${n(y + node.height() / 2 + 14)}" text-anchor="middle" font-size="12" fill="#1f2633">${escape(label)}</text>`;
}

function edgeLine(edge: EdgeSingular, markers: Map<string, string>): string {
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  const colour = edge.style('line-color') as string;
  const width = parseFloat(String(edge.style('width'))) || 1;
  const dashed = edge.style('line-style') === 'dashed' ? ' stroke-dasharray="7 4"' : '';
  let marker = '';
  if (edge.style('target-arrow-shape') !== 'none') {
    const id = markers.get(colour) ?? `arrow${markers.size}`;
    markers.set(colour, id);
    marker = ` marker-end="url(#${id})"`;
  }
  return `<line x1="${n(s.x)}" y1="${n(s.y)}" x2="${n(t.x)}" y2="${n(t.y)}" stroke="${colour}" stroke-width="${n(width)}" stroke-opacity="0.9"${dashed}${marker}/>`;
}

function legendSwatch(entry: LegendEntry, x: number, y: number): string {
  const c = entry.colour;
  if (entry.swatch === 'dot') return `<circle cx="${x + 6}" cy="${y}" r="6" fill="${c}"/>`;
  if (entry.swatch === 'ring')
    return `<circle cx="${x + 6}" cy="${y}" r="5" fill="none" stroke="${c}" stroke-width="3"/>`;
  if (entry.swatch === 'hex') {
    const points = Array.from({ length: 6 }, (_, i) => {
      const angle = (Math.PI / 3) * i;
      return `${n(x + 6 + 6.5 * Math.cos(angle))},${n(y + 6.5 * Math.sin(angle))}`;
    }).join(' ');
    return `<polygon points="${points}" fill="${c}"/>`;
  }
  if (entry.swatch === 'line') {
    const dash = entry.dashed ? ' stroke-dasharray="6 3"' : '';
    const arrow = entry.arrow
      ? `<polygon points="${x + 19},${y - 5} ${x + 27},${y} ${x + 19},${y + 5}" fill="${c}"/>`
      : '';
    return `<line x1="${x}" y1="${y}" x2="${x + (entry.arrow ? 20 : 26)}" y2="${y}" stroke="${c}" stroke-width="2.5"${dash}/>${arrow}`;
  }
  return '';
}

/** The whole map (what is drawn, not what the filters hide) with a band below: caption left, legend right. */
export function mapSvg(cy: Core, caption: Caption, legend: LegendEntry[]): string {
  const shown = cy.elements().not('.filtered');
  const box = shown.nonempty() ? shown.boundingBox({}) : { x1: 0, y1: 0, w: 0, h: 0 };
  const pad = 30;
  const width = Math.max(box.w + 2 * pad, 760);
  const graphHeight = box.h + 2 * pad;
  const originX = box.x1 - (width - box.w) / 2;
  const originY = box.y1 - pad;
  const legendRows = Math.ceil(legend.length / (legend.length > 6 ? 2 : 1));
  const band = 24 + Math.max(22 + 3 * 18, legendRows * 20) + 12;
  const markers = new Map<string, string>();
  const edges = shown
    .edges()
    .map((edge) => edgeLine(edge, markers))
    .join('\n');
  const nodes = shown.nodes();
  const parents = nodes.filter((node) => node.isParent());
  const leaves = nodes.not(parents);
  const shapes = [...parents.map(nodeShape), ...leaves.map(nodeShape)].join('\n');
  const labels = nodes.map(nodeLabel).join('\n');
  const defs = [...markers]
    .map(
      ([colour, id]) =>
        `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`,
    )
    .join('');
  const top = graphHeight;
  const legendLeft = width - (legend.length > 6 ? 340 : 170) - 12;
  const legendSvg = legend
    .map((entry, i) => {
      const x = legendLeft + Math.floor(i / legendRows) * 170;
      const y = top + 24 + (i % legendRows) * 20;
      const textX = entry.swatch === 'none' ? x : x + 34;
      return `${legendSwatch(entry, x, y)}<text x="${textX}" y="${y + 4}" font-size="13" fill="#1f2633">${escape(entry.label)}</text>`;
    })
    .join('\n');
  const body = [caption.period, caption.filters, caption.generated]
    .map((line, i) => `<text x="20" y="${top + 50 + i * 18}" font-size="13" fill="#475467">${escape(line)}</text>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(graphHeight + band)}" viewBox="0 0 ${n(width)} ${n(graphHeight + band)}" font-family="${FONT}">
<title>${escape(caption.title)}</title>
<defs>${defs}</defs>
<rect width="100%" height="100%" fill="#ffffff"/>
<g transform="translate(${n(-originX)} ${n(-originY)})">
${edges}
${shapes}
${labels}
</g>
<line x1="0" y1="${n(top)}" x2="${n(width)}" y2="${n(top)}" stroke="#dde2ea"/>
<text x="20" y="${top + 28}" font-size="15" font-weight="bold" fill="#1f2633" data-role="caption-title">${escape(caption.title)}</text>
${body}
<g data-role="legend">${legendSvg}</g>
</svg>
`;
}
