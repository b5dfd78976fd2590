// The right-hand evidence panel: an actor's details, meetings and stances, or an edge's supporting articles.
import { ApiError } from './api';
import { el, replaceChildren } from './dom';
import { carriesEveryClaim } from './edgeDates';
import type { EdgeData } from './elements';
import { evidenceList } from './evidenceView';
import { KIND_COLOUR, RELATION_COLOUR, RELATION_LABEL } from './palette';
import type { ActorPanelData } from './queries';
import type { ActorSummary, Evidence, GraphNode, MeetingInfo, StanceCounterpart } from './types';

export interface PanelActions {
  focus(id: string): void;
  expand(id: string): void;
  collapse(id: string): void;
  hide(id: string): void;
  pathEnd(id: string, end: 'from' | 'to'): void;
  label(id: string): string;
}

/** The source reader and a curator's fixes (curation.ts), set once the page knows who is reading. */
export interface PanelTools {
  claim(evidence: Evidence): HTMLElement | null;
  actor(node: GraphNode): HTMLElement | null;
}

export class EvidencePanel {
  private generation = 0;
  tools: PanelTools | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: PanelActions,
  ) {
    this.empty();
  }

  empty(): void {
    this.generation += 1;
    replaceChildren(
      this.root,
      el(
        'div',
        { className: 'panel-empty' },
        el('h2', {}, 'Evidence'),
        el(
          'p',
          {},
          'Select an actor or a relation on the map to read who met whom, who backs or opposes whom, and the sentences that say so.',
        ),
        el(
          'ul',
          { className: 'hints' },
          el('li', {}, 'Double-click an actor (or press Enter) to expand its neighbours.'),
          el('li', {}, 'Press / to search.'),
          el('li', {}, 'H hides the selected actor, C collapses its expansion.'),
        ),
      ),
    );
  }

  private actorLink(actor: ActorSummary): HTMLElement {
    return el(
      'button',
      {
        type: 'button',
        className: 'actor-link',
        'data-id': actor.id,
        title: [actor.title, actor.country].filter(Boolean).join(', '),
        onclick: () => this.actions.focus(actor.id),
      },
      el('span', { className: 'dot', style: `background:${KIND_COLOUR[actor.kind] ?? '#888'}`, 'aria-hidden': 'true' }),
      actor.name,
    );
  }

  private header(node: GraphNode): HTMLElement {
    const subtitle = [node.title, node.kind === 'Country' ? null : node.country].filter(Boolean).join(' · ');
    return el(
      'header',
      { className: 'panel-head' },
      el('div', { className: 'kind-badge', style: `background:${KIND_COLOUR[node.kind] ?? '#888'}` }, node.kind),
      el('h2', { 'data-testid': 'panel-title' }, node.label),
      subtitle !== '' ? el('div', { className: 'subtitle' }, subtitle) : null,
      el(
        'div',
        { className: 'panel-actions' },
        el(
          'button',
          { type: 'button', 'data-testid': 'panel-expand', onclick: () => this.actions.expand(node.id) },
          'Expand',
        ),
        el('button', { type: 'button', onclick: () => this.actions.collapse(node.id) }, 'Collapse'),
        el(
          'button',
          { type: 'button', 'data-testid': 'panel-hide', onclick: () => this.actions.hide(node.id) },
          'Hide',
        ),
        el(
          'button',
          { type: 'button', title: 'Start a shortest path here', onclick: () => this.actions.pathEnd(node.id, 'from') },
          'Path from',
        ),
        el(
          'button',
          { type: 'button', title: 'End a shortest path here', onclick: () => this.actions.pathEnd(node.id, 'to') },
          'Path to',
        ),
      ),
      this.tools?.actor(node) ?? null,
    );
  }

  private get claimTools(): ((evidence: Evidence) => HTMLElement | null) | undefined {
    const tools = this.tools;
    return tools === undefined ? undefined : (evidence) => tools.claim(evidence);
  }

  /** Replace the panel with a view of its own (a curator's history, the rejected claims). */
  showView(title: string, subtitle: string, body: HTMLElement): void {
    this.generation += 1;
    replaceChildren(
      this.root,
      el(
        'header',
        { className: 'panel-head' },
        el('h2', { 'data-testid': 'panel-title' }, title),
        el('div', { className: 'subtitle' }, subtitle),
      ),
      body,
    );
    this.root.scrollTop = 0;
  }

  private meeting(meeting: MeetingInfo, self: string): HTMLElement {
    const others = meeting.participants.filter((actor) => actor.id !== self);
    const reported = meetingDate(meeting);
    const day = meeting.date ?? (reported ? `reported ${reported}` : 'undated');
    const when = [day, meeting.place, meeting.planned ? 'planned' : null].filter(Boolean).join(' · ');
    return el(
      'li',
      { className: 'meeting', 'data-testid': 'meeting' },
      el('div', { className: 'meeting-when' }, when),
      el('div', { className: 'participants' }, 'with ', ...others.map((actor) => this.actorLink(actor))),
      evidenceList(meeting.evidence, 1, this.claimTools),
    );
  }

  private stances(title: string, records: StanceCounterpart[], testid: string): HTMLElement | null {
    if (records.length === 0) return null;
    return el(
      'section',
      { className: 'panel-section', 'data-testid': testid },
      el('h3', {}, `${title} (${records.length})`),
      el(
        'ul',
        { className: 'stance-list' },
        ...records.map((record) =>
          el(
            'li',
            {},
            el(
              'div',
              { className: 'stance-head' },
              this.actorLink(record.actor),
              el(
                'span',
                { className: 'count' },
                `${record.articleCount} article${record.articleCount === 1 ? '' : 's'}`,
              ),
            ),
            evidenceList(record.evidence, 1, this.claimTools),
          ),
        ),
      ),
    );
  }

  /** Show an actor now (from the map data), then fill in its details when they arrive. */
  async showActor(node: GraphNode, load: Promise<ActorPanelData>): Promise<void> {
    const mine = ++this.generation;
    const body = el('div', { className: 'panel-body' }, el('p', { className: 'muted' }, 'Loading details…'));
    replaceChildren(this.root, this.header(node), body);
    this.root.scrollTop = 0;
    let data: ActorPanelData;
    try {
      data = await load;
    } catch (error) {
      if (mine !== this.generation) return;
      replaceChildren(
        body,
        el(
          'p',
          { className: 'error' },
          `Could not load the details: ${error instanceof ApiError ? error.message : String(error)}`,
        ),
      );
      return;
    }
    if (mine !== this.generation) return;
    const detail = data.actorDetail;
    const sections: (HTMLElement | null)[] = [];
    if (detail === null) {
      sections.push(el('p', { className: 'muted' }, 'This actor is no longer in the graph.'));
    } else {
      const facts: HTMLElement[] = [];
      const fact = (term: string, value: string): void => void facts.push(el('dt', {}, term), el('dd', {}, value));
      if (detail.actor.title) fact('Title', detail.actor.title);
      if (detail.actor.country && detail.actor.kind !== 'Country')
        fact('Country', this.actions.label(`country:${detail.actor.country}`));
      fact('Articles', String(detail.articles));
      if (detail.aliases.length > 0) fact('Also called', detail.aliases.join(', '));
      sections.push(el('dl', { className: 'facts' }, ...facts));
      if (detail.officials.length > 0) {
        sections.push(
          el(
            'section',
            { className: 'panel-section', 'data-testid': 'officials' },
            el('h3', {}, `Officials (${detail.officials.length})`),
            el('ul', { className: 'chips' }, ...detail.officials.map((actor) => el('li', {}, this.actorLink(actor)))),
          ),
        );
      }
      const meetings = [...detail.meetings].sort(
        (a, b) =>
          (meetingDate(b) ?? '').localeCompare(meetingDate(a) ?? '') || b.participants.length - a.participants.length,
      );
      sections.push(
        el(
          'section',
          { className: 'panel-section', 'data-testid': 'meetings' },
          el('h3', {}, `Meetings (${meetings.length})`),
          meetings.length === 0
            ? el('p', { className: 'muted' }, 'No meeting recorded.')
            : el('ul', { className: 'meeting-list' }, ...meetings.map((meeting) => this.meeting(meeting, node.id))),
        ),
      );
    }
    sections.push(
      this.stances('Backed by', data.backers, 'backers'),
      this.stances('Backs', data.backs, 'backs'),
      this.stances('Opposed by', data.opposers, 'opposers'),
      this.stances('Opposes', data.opposes, 'opposes'),
    );
    replaceChildren(body, ...sections);
  }

  /** A node that is not an actor (a Meeting or Article from the console): its properties as text. */
  /** The actors the overview does not draw for having no relation; each opens on the map when picked. */
  showUnrelated(count: number, actors: ActorSummary[]): void {
    this.generation += 1;
    const more = count - actors.length;
    replaceChildren(
      this.root,
      el(
        'header',
        { className: 'panel-head' },
        el('h2', { 'data-testid': 'panel-title' }, `Not on the map: ${count} actor${count === 1 ? '' : 's'}`),
        el('div', { className: 'subtitle' }, 'No meeting and no stance in any article: the map draws relations.'),
      ),
      el(
        'ul',
        { className: 'actor-list', 'data-testid': 'unrelated-list' },
        ...actors.map((actor) => el('li', {}, this.actorLink(actor))),
      ),
      more > 0 ? el('p', { className: 'muted' }, `and ${more} more (search finds them)`) : null,
    );
  }

  showProperties(data: Record<string, unknown>): void {
    this.generation += 1;
    const rows = Object.entries(data).filter(
      ([key, value]) =>
        !['id', 'label', 'degree', 'parent', 'labels'].includes(key) &&
        value !== null &&
        value !== undefined &&
        value !== '',
    );
    replaceChildren(
      this.root,
      el(
        'header',
        { className: 'panel-head' },
        el('div', { className: 'kind-badge', style: 'background:#5d6b82' }, String(data.kind ?? 'Node')),
        el('h2', { 'data-testid': 'panel-title' }, String(data.label ?? data.id)),
        el('div', { className: 'subtitle' }, String(data.id)),
      ),
      el(
        'dl',
        { className: 'facts' },
        ...rows.flatMap(([key, value]) => [
          el('dt', {}, key),
          el('dd', {}, typeof value === 'object' ? JSON.stringify(value) : String(value)),
        ]),
      ),
    );
  }

  /**
   * An edge's panel. A slice ships only each edge's newest few sentences: when the edge has more claims or articles
   * than it carries, `more` fetches its evidence and the list is drawn again with it.
   */
  showEdge(edge: EdgeData, more?: () => Promise<Evidence[]>): void {
    const mine = ++this.generation;
    const source = this.actions.label(edge.source);
    const target = this.actions.label(edge.target);
    const verb = RELATION_LABEL[edge.type];
    const range =
      edge.firstDate && edge.lastDate && edge.firstDate !== edge.lastDate
        ? `${edge.firstDate} – ${edge.lastDate}`
        : (edge.firstDate ?? edge.lastDate ?? 'undated');
    const section = el(
      'section',
      { className: 'panel-section', 'data-testid': 'edge-evidence' },
      ...this.evidenceSection(edge, edge.evidence),
    );
    replaceChildren(
      this.root,
      el(
        'header',
        { className: 'panel-head' },
        el('div', { className: 'kind-badge', style: `background:${RELATION_COLOUR[edge.type]}` }, edge.type),
        el('h2', { 'data-testid': 'panel-title' }, `${source} ${verb} ${target}`),
        el(
          'div',
          { className: 'subtitle' },
          `${edge.articleCount} article${edge.articleCount === 1 ? '' : 's'} · ${edge.count} ${edge.type === 'MET' ? 'meeting' : 'claim'}${edge.count === 1 ? '' : 's'} · ${range} · max confidence ${edge.confidence.toFixed(2)}`,
        ),
        el(
          'div',
          { className: 'panel-actions' },
          el('button', { type: 'button', onclick: () => this.actions.focus(edge.source) }, source),
          el('button', { type: 'button', onclick: () => this.actions.focus(edge.target) }, target),
        ),
      ),
      section,
    );
    this.root.scrollTop = 0;
    // Every claim, and every article's report of them (a meeting read in two articles has two sentences).
    const partial = !carriesEveryClaim(edge) || edge.evidence.length < edge.articleCount;
    if (more === undefined || !partial) return;
    section.append(el('p', { className: 'muted small', 'data-testid': 'evidence-loading' }, 'Loading the rest…'));
    more().then(
      (evidence) => {
        if (mine === this.generation) replaceChildren(section, ...this.evidenceSection(edge, evidence));
      },
      (error: unknown) => {
        if (mine !== this.generation) return;
        section.querySelector('[data-testid="evidence-loading"]')?.remove();
        section.append(
          el(
            'p',
            { className: 'error' },
            `Could not load the rest of the evidence: ${error instanceof ApiError ? error.message : String(error)}`,
          ),
        );
      },
    );
  }

  /** The heading, a note when the list is not every claim, and the sentences, newest first. */
  private evidenceSection(edge: EdgeData, evidence: Evidence[]): (HTMLElement | null)[] {
    return [
      el('h3', {}, `Supporting evidence (${evidence.length})`),
      evidence.length < edge.count
        ? el(
            'p',
            { className: 'muted small' },
            `The ${evidence.length} most recent of ${edge.count} claims; the Cypher console lists them all.`,
          )
        : null,
      evidenceList(evidence, 50, this.claimTools),
    ];
  }
}

/** The meeting's own date, else the date of the article that reported it. */
function meetingDate(meeting: MeetingInfo): string | null {
  return meeting.date ?? meeting.evidence.find((item) => item.date != null)?.date ?? null;
}
