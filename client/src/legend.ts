// The map legend: actor kinds and the three relation styles (colour, arrow, dash).
import { byId, el, replaceChildren } from './dom';
import { BLOC_COLOURS, KIND_COLOUR, RELATION_COLOUR } from './palette';

export function drawLegend(blocs: { label: string; index: number }[] = []): void {
  replaceChildren(
    byId('legend'),
    el(
      'div',
      { className: 'legend-row' },
      el('span', { className: 'swatch', style: `background:${KIND_COLOUR.Country}` }),
      'Country',
    ),
    el(
      'div',
      { className: 'legend-row' },
      el('span', { className: 'swatch', style: `background:${KIND_COLOUR.Official}` }),
      'Official',
    ),
    el(
      'div',
      { className: 'legend-row' },
      el('span', { className: 'swatch hex', style: `background:${KIND_COLOUR.Organization}` }),
      'Organisation',
    ),
    el(
      'div',
      { className: 'legend-row' },
      el('span', { className: 'swatch-line met', style: `--c:${RELATION_COLOUR.MET}` }),
      'met',
    ),
    el(
      'div',
      { className: 'legend-row' },
      el('span', { className: 'swatch-line backs', style: `--c:${RELATION_COLOUR.BACKS}` }),
      'backs →',
    ),
    el(
      'div',
      { className: 'legend-row' },
      el('span', { className: 'swatch-line opposes', style: `--c:${RELATION_COLOUR.OPPOSES}` }),
      'opposes →',
    ),
    el('div', { className: 'legend-row muted small' }, 'width = articles'),
    ...blocs.map((bloc) =>
      el(
        'div',
        { className: 'legend-row' },
        el('span', {
          className: 'swatch ring',
          style: `border-color:${BLOC_COLOURS[bloc.index % BLOC_COLOURS.length]}`,
        }),
        bloc.label,
      ),
    ),
  );
}
