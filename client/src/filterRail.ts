// The left rail's filter controls: relation types, actor kinds, confidence, article count and countries.
import { byId, el, replaceChildren } from './dom';
import type { Filters } from './filters';
import { KIND_COLOUR, RELATION_COLOUR } from './palette';
import type { ActorKind, RelationType } from './types';
import { ACTOR_KINDS, RELATION_TYPES } from './types';

const TYPE_TEXT: Record<RelationType, string> = { MET: 'Met', BACKS: 'Backs', OPPOSES: 'Opposes' };
const KIND_TEXT: Record<ActorKind, string> = {
  Country: 'Countries',
  Official: 'Officials',
  Organization: 'Organisations',
};

export class FilterRail {
  private countries: { code: string; name: string }[] = [];
  private readonly countryText = byId<HTMLInputElement>('country-filter-text');

  constructor(
    private readonly filters: Filters,
    private readonly onChange: () => void,
  ) {
    replaceChildren(
      byId('filter-types'),
      ...RELATION_TYPES.map((type) =>
        this.check(
          `filter-type-${type}`,
          TYPE_TEXT[type],
          filters.types.has(type),
          (on) => (on ? filters.types.add(type) : filters.types.delete(type)),
          el('span', {
            className: `swatch-line ${type.toLowerCase()}`,
            style: `--c:${RELATION_COLOUR[type]}`,
            'aria-hidden': 'true',
          }),
        ),
      ),
    );
    replaceChildren(
      byId('filter-kinds'),
      ...ACTOR_KINDS.map((kind) =>
        this.check(
          `filter-kind-${kind}`,
          KIND_TEXT[kind],
          filters.kinds.has(kind),
          (on) => (on ? filters.kinds.add(kind) : filters.kinds.delete(kind)),
          el('span', {
            className: `swatch ${kind.toLowerCase()}`,
            style: `background:${KIND_COLOUR[kind]}`,
            'aria-hidden': 'true',
          }),
        ),
      ),
    );
    const confidence = byId<HTMLInputElement>('min-confidence');
    const articles = byId<HTMLInputElement>('min-articles');
    const showNumbers = (): void => {
      byId('min-confidence-out').textContent = filters.minConfidence.toFixed(2);
      byId('min-articles-out').textContent = String(filters.minArticles);
    };
    confidence.addEventListener('input', () => {
      filters.minConfidence = Number(confidence.value);
      showNumbers();
      onChange();
    });
    articles.addEventListener('input', () => {
      filters.minArticles = Number(articles.value);
      showNumbers();
      onChange();
    });
    this.countryText.addEventListener('input', () => this.drawCountries());
    this.sync = () => {
      confidence.value = String(filters.minConfidence);
      articles.value = String(filters.minArticles);
      showNumbers();
      for (const type of RELATION_TYPES)
        byId<HTMLInputElement>(`filter-type-${type}`).checked = filters.types.has(type);
      for (const kind of ACTOR_KINDS) byId<HTMLInputElement>(`filter-kind-${kind}`).checked = filters.kinds.has(kind);
      this.drawCountries();
    };
    this.sync();
  }

  /** Bring the controls in line with the filters (after reading the URL). */
  readonly sync: () => void;

  private check(
    id: string,
    text: string,
    checked: boolean,
    set: (on: boolean) => void,
    swatch: HTMLElement,
  ): HTMLElement {
    const input = el('input', { type: 'checkbox', id, 'data-testid': id, checked });
    input.addEventListener('change', () => {
      set(input.checked);
      this.onChange();
    });
    return el('label', { className: 'check', for: id }, input, swatch, text);
  }

  /** The countries present in the view, for the country filter. */
  setCountries(countries: { code: string; name: string }[]): void {
    this.countries = [...countries].sort((a, b) => a.name.localeCompare(b.name));
    this.drawCountries();
  }

  private drawCountries(): void {
    const needle = this.countryText.value.trim().toLowerCase();
    const shown = this.countries.filter(
      (c) =>
        this.filters.countries.has(c.code) ||
        needle === '' ||
        c.name.toLowerCase().includes(needle) ||
        c.code.toLowerCase() === needle,
    );
    const list = byId('filter-countries');
    const boxes = shown.map(({ code, name }) => {
      const id = `filter-country-${code}`;
      const input = el('input', { type: 'checkbox', id, 'data-testid': id, checked: this.filters.countries.has(code) });
      input.addEventListener('change', () => {
        if (input.checked) this.filters.countries.add(code);
        else this.filters.countries.delete(code);
        this.onChange();
      });
      return el('label', { className: 'check', for: id }, input, name, el('span', { className: 'code' }, code));
    });
    const clear =
      this.filters.countries.size > 0
        ? el(
            'button',
            {
              type: 'button',
              className: 'link',
              onclick: () => {
                this.filters.countries.clear();
                this.drawCountries();
                this.onChange();
              },
            },
            `Clear (${this.filters.countries.size} selected)`,
          )
        : el('p', { className: 'muted small' }, 'None ticked: every country shows.');
    replaceChildren(list, clear, ...boxes);
  }
}
