// The tip shown while the pointer is over a relation: who, what and when (the meeting or stance dates).
import type { Core, EdgeSingular } from 'cytoscape';
import { carriesEveryClaim, relationDates } from './edgeDates';
import type { EdgeData } from './elements';
import { el, replaceChildren } from './dom';
import { RELATION_LABEL } from './palette';
import type { RelationType } from './types';

/** At most this many dates are listed; the rest are counted. */
const LISTED = 6;

export class EdgeTip {
  private readonly box = el('div', { className: 'edge-tip', 'data-testid': 'edge-tip', role: 'tooltip', hidden: true });

  /** `map` is the Cytoscape container; the tip goes in its parent, which the renderer switch leaves alone. */
  constructor(
    private readonly map: HTMLElement,
    private readonly label: (id: string) => string,
  ) {
    map.parentElement?.append(this.box);
    // The map's renderer sends no mouseout when the pointer leaves its canvas while over a relation.
    map.addEventListener('mouseleave', () => this.hide());
  }

  hide(): void {
    this.box.hidden = true;
  }

  /** Bind to a (re)created map. */
  bind(cy: Core): void {
    cy.on('mouseover', 'edge', (event) => this.show(event.target as EdgeSingular));
    cy.on('mouseout', 'edge', () => this.hide());
    cy.on('viewport remove', () => this.hide());
  }

  private show(edge: EdgeSingular): void {
    const data = edge.data() as EdgeData;
    const verb = RELATION_LABEL[data.type as RelationType] ?? String(data.type).toLowerCase();
    const dates = relationDates(data);
    const listed = dates.slice(0, LISTED).join(', ');
    // A slice's edge carries only its newest claims: the rest are counted, not dated.
    const total = carriesEveryClaim(data) ? dates.length : Math.max(dates.length, data.count);
    const more = total > Math.min(LISTED, dates.length) ? ` and ${total - Math.min(LISTED, dates.length)} more` : '';
    replaceChildren(
      this.box,
      el('strong', {}, `${this.label(data.source)} ${verb} ${this.label(data.target)}`),
      el('div', { 'data-testid': 'edge-tip-dates' }, dates.length === 0 ? 'undated' : `${listed}${more}`),
    );
    const at = edge.renderedMidpoint();
    this.box.style.left = `${Math.round(this.map.offsetLeft + at.x + 12)}px`;
    this.box.style.top = `${Math.round(this.map.offsetTop + at.y + 12)}px`;
    this.box.hidden = false;
  }
}
