// Keep and share: the map as PNG, the current view as JSON.
import type { Core } from 'cytoscape';
import { download } from './dom';

export function exportPng(cy: Core): void {
  const blob = cy.png({
    output: 'blob',
    full: true,
    scale: 2,
    bg: '#ffffff',
    maxWidth: 8000,
    maxHeight: 8000,
  }) as unknown as Blob;
  download(blob, `entente-${stamp()}.png`);
}

export function exportJson(cy: Core, state: unknown): void {
  const elements = cy
    .elements()
    .not('.filtered')
    .map((element) => ({
      group: element.group(),
      data: element.data() as unknown,
      position: element.isNode() ? element.position() : undefined,
    }));
  const body = JSON.stringify({ exportedAt: new Date().toISOString(), url: location.href, state, elements }, null, 2);
  download(new Blob([body], { type: 'application/json' }), `entente-${stamp()}.json`);
}

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}
