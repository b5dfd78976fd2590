// The Trace tool: pick two actors and ask for the shortest path between them.
import { attachActorPicker } from './actorPicker';
import { el, replaceChildren } from './dom';

export class TraceControl {
  private ends: { from?: string; to?: string } = {};
  private readonly fromInput = el('input', {
    type: 'search',
    id: 'path-from',
    'data-testid': 'path-from',
    placeholder: 'From actor…',
    autocomplete: 'off',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'path-from-list',
  });
  private readonly toInput = el('input', {
    type: 'search',
    id: 'path-to',
    'data-testid': 'path-to',
    placeholder: 'To actor…',
    autocomplete: 'off',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'path-to-list',
  });
  private readonly result = el('p', { className: 'muted small', 'data-testid': 'path-result', 'aria-live': 'polite' });

  constructor(
    root: HTMLElement,
    private readonly run: (from: string, to: string) => Promise<string>,
    private readonly clear: () => void,
  ) {
    const fromList = el('ul', { id: 'path-from-list', role: 'listbox', className: 'picker-list', hidden: true });
    const toList = el('ul', { id: 'path-to-list', role: 'listbox', className: 'picker-list', hidden: true });
    attachActorPicker({ input: this.fromInput, list: fromList, onPick: (hit) => (this.ends.from = hit.id), limit: 8 });
    attachActorPicker({ input: this.toInput, list: toList, onPick: (hit) => (this.ends.to = hit.id), limit: 8 });
    const go = el(
      'button',
      { type: 'button', 'data-testid': 'path-run', onclick: () => void this.go() },
      'Shortest path',
    );
    const reset = el(
      'button',
      {
        type: 'button',
        className: 'secondary',
        onclick: () => {
          this.ends = {};
          this.fromInput.value = '';
          this.toInput.value = '';
          this.result.textContent = '';
          this.clear();
        },
      },
      'Clear',
    );
    replaceChildren(
      root,
      el('label', { for: 'path-from', className: 'visually-hidden' }, 'From'),
      el('div', { className: 'picker' }, this.fromInput, fromList),
      el('label', { for: 'path-to', className: 'visually-hidden' }, 'To'),
      el('div', { className: 'picker' }, this.toInput, toList),
      el('div', { className: 'row' }, go, reset),
      this.result,
    );
  }

  /** Set one end from elsewhere (the evidence panel's "Path from/to"). */
  setEnd(end: 'from' | 'to', id: string, label: string): void {
    this.ends[end] = id;
    (end === 'from' ? this.fromInput : this.toInput).value = label;
    if (this.ends.from && this.ends.to) void this.go();
  }

  async go(): Promise<void> {
    const { from, to } = this.ends;
    if (!from || !to) {
      this.result.textContent = 'Pick both ends first.';
      return;
    }
    this.result.textContent = 'Searching…';
    try {
      this.result.textContent = await this.run(from, to);
    } catch (error) {
      this.result.textContent = `No path: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
