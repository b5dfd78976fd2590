// The map's size key: which centrality measure node size shows (a choice), and what the smallest and largest sizes mean.
import type { CentralityMeasure } from './centrality';
import { CENTRALITY_LABEL, CENTRALITY_MEASURES, CENTRALITY_UNIT, isCentralityMeasure } from './centrality';
import { el, replaceChildren } from './dom';

export class SizeKey {
  readonly select = el('select', { id: 'size-by', 'data-testid': 'size-by', 'aria-label': 'Node size shows' });
  private readonly range = el('div', { className: 'size-range', 'data-testid': 'size-range' });

  constructor(root: HTMLElement, measure: CentralityMeasure, onChange: (measure: CentralityMeasure) => void) {
    for (const name of CENTRALITY_MEASURES) this.select.append(el('option', { value: name }, CENTRALITY_LABEL[name]));
    this.select.value = measure;
    this.select.addEventListener('change', () => {
      if (isCentralityMeasure(this.select.value)) onChange(this.select.value);
    });
    replaceChildren(root, el('label', { for: 'size-by', className: 'size-title' }, 'Size = '), this.select, this.range);
  }

  /** Show the smallest and largest values drawn (sizes are area-true: the square root of the value). */
  show(measure: CentralityMeasure, min: number, max: number): void {
    this.select.value = measure;
    const format = (value: number): string =>
      measure === 'betweenness' ? value.toFixed(value < 10 ? 1 : 0) : String(Math.round(value));
    replaceChildren(
      this.range,
      el('span', { className: 'size-dot small', 'aria-hidden': 'true' }),
      `${format(min)}`,
      el('span', { className: 'size-dot large', 'aria-hidden': 'true' }),
      `${format(max)} ${CENTRALITY_UNIT[measure]}`,
    );
  }
}
