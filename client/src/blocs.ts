// Alliance blocs (`alliances`): colour each bloc's members on the map and list them.
import type { Core } from 'cytoscape';
import { el, replaceChildren } from './dom';
import { BLOC_COLOURS } from './palette';
import { alliances } from './queries';
import type { Bloc } from './types';

export class BlocControl {
  private blocs: Bloc[] = [];
  private loaded = false;
  readonly toggle = el('input', { type: 'checkbox', id: 'blocs-toggle', 'data-testid': 'blocs-toggle' });
  private readonly list = el('ol', { className: 'bloc-list', 'data-testid': 'bloc-list' });

  constructor(
    root: HTMLElement,
    private readonly onChange: (on: boolean) => void,
  ) {
    this.toggle.addEventListener('change', () => this.onChange(this.toggle.checked));
    replaceChildren(
      root,
      el('label', { className: 'toggle', for: 'blocs-toggle' }, this.toggle, 'Colour blocs of mutual backers'),
      this.list,
    );
  }

  /** Fetch blocs once, colour the map when on, clear it when off; returns legend entries. */
  async apply(cy: Core, on: boolean): Promise<{ label: string; index: number }[]> {
    this.toggle.checked = on;
    if (on && !this.loaded) {
      this.loaded = true;
      try {
        this.blocs = await alliances(2);
      } catch (error) {
        this.loaded = false;
        replaceChildren(
          this.list,
          el(
            'li',
            { className: 'error' },
            `Blocs unavailable: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
        return [];
      }
    }
    cy.batch(() => {
      cy.nodes('.in-bloc').removeClass('in-bloc').removeData('blocColour');
      if (!on) return;
      this.blocs.forEach((bloc, index) => {
        const colour = BLOC_COLOURS[index % BLOC_COLOURS.length] as string;
        for (const member of bloc.members) cy.getElementById(member.id).addClass('in-bloc').data('blocColour', colour);
      });
    });
    if (!on) {
      this.list.replaceChildren();
      return [];
    }
    replaceChildren(
      this.list,
      ...(this.blocs.length === 0
        ? [el('li', { className: 'muted' }, 'No bloc found.')]
        : this.blocs.map((bloc, index) =>
            el(
              'li',
              {},
              el('span', {
                className: 'swatch ring',
                style: `border-color:${BLOC_COLOURS[index % BLOC_COLOURS.length]}`,
              }),
              bloc.members.map((m) => m.name).join(', '),
              el('span', { className: 'muted small' }, ` · ${bloc.internalBacks} backs`),
            ),
          )),
    );
    return this.blocs.map((bloc, index) => ({ label: `Bloc ${index + 1}`, index }));
  }
}
