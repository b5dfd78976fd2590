// The Cypher console: highlighted editor, saved queries with parameters, results as a graph and as a table.
import { ApiError, postJson, requestJson } from './api';
import { highlightInto } from './cypherHighlight';
import { QueryHistory, type KeyValueStore } from './queryHistory';
import { renderTable } from './dataTable';
import { el, replaceChildren } from './dom';
import type { CypherResult, GraphSlice, SavedQuery } from './types';
import { fromCypherGraph } from './cypherGraph';

const EXAMPLE = `// Who met whom, with the meeting and its date
MATCH (a:Actor)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor)
WHERE a.id < b.id
RETURN a, m, b
LIMIT 50`;

export class CypherConsole {
  readonly editor = el('textarea', {
    id: 'cypher-input',
    'data-testid': 'cypher-input',
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-label': 'Cypher query (Ctrl+Enter runs it)',
    rows: 6,
  });
  private readonly overlay = el('pre', { className: 'cypher-highlight', 'aria-hidden': 'true' });
  private readonly params = el('textarea', {
    id: 'cypher-params',
    'data-testid': 'cypher-params',
    spellcheck: 'false',
    rows: 3,
    'aria-label': 'Parameters as JSON',
  });
  private readonly saved = el('select', {
    id: 'saved-queries',
    'data-testid': 'saved-queries',
    'aria-label': 'Saved queries',
  });
  private readonly savedHelp = el('p', { className: 'muted small', 'data-testid': 'saved-help' });
  private readonly paramFields = el('div', { className: 'param-fields', 'data-testid': 'param-fields' });
  private readonly status = el('div', { className: 'console-status', 'data-testid': 'cypher-status', role: 'status' });
  private readonly results = el('div', { className: 'console-results', 'data-testid': 'cypher-results' });
  private readonly run = el('button', { type: 'button', 'data-testid': 'cypher-run', className: 'primary' }, 'Run ▸');
  private readonly recent = el('select', { id: 'cypher-history', 'data-testid': 'cypher-history' });
  private readonly starred = el('select', { id: 'cypher-favourites', 'data-testid': 'cypher-favourites' });
  private readonly star = el(
    'button',
    { type: 'button', 'data-testid': 'cypher-star', className: 'small' },
    '☆ Favourite',
  );
  private readonly memory = new QueryHistory(browserStore());
  /** After Escape, Tab leaves the editor instead of indenting (so the keyboard is never trapped in it). */
  private tabLeaves = false;
  private savedQueries: SavedQuery[] = [];
  private loadedSaved = false;

  constructor(
    root: HTMLElement,
    private readonly onGraph: (slice: GraphSlice, title: string) => void,
  ) {
    this.editor.value = EXAMPLE;
    this.params.value = '{}';
    const sync = (): void => {
      highlightInto(this.overlay, this.editor.value);
      this.overlay.scrollTop = this.editor.scrollTop;
      this.overlay.scrollLeft = this.editor.scrollLeft;
    };
    this.editor.addEventListener('input', sync);
    this.editor.addEventListener('scroll', sync);
    this.editor.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.execute();
      } else if (event.key === 'Escape') {
        this.tabLeaves = true;
      } else if (event.key === 'Tab' && !event.shiftKey && !this.tabLeaves) {
        event.preventDefault();
        this.editor.setRangeText('  ', this.editor.selectionStart, this.editor.selectionEnd, 'end');
        sync();
      } else if (event.key !== 'Tab') {
        this.tabLeaves = false;
      }
    });
    this.editor.addEventListener('focus', () => (this.tabLeaves = false));
    const load = (select: HTMLSelectElement): void => {
      if (select.value === '') return;
      this.editor.value = select.value;
      select.value = '';
      sync();
      this.showStar();
      this.editor.focus();
    };
    this.recent.addEventListener('change', () => load(this.recent));
    this.starred.addEventListener('change', () => load(this.starred));
    this.editor.addEventListener('input', () => this.showStar());
    this.star.addEventListener('click', () => {
      this.memory.toggleFavourite(this.editor.value);
      this.fillMemory();
    });
    this.run.addEventListener('click', () => void this.execute());
    this.saved.addEventListener('change', () => this.pickSaved());
    sync();
    replaceChildren(
      root,
      el(
        'div',
        { className: 'console-grid' },
        el(
          'div',
          { className: 'console-editor' },
          el('div', { className: 'editor-wrap' }, this.overlay, this.editor),
          el(
            'div',
            { className: 'console-bar' },
            this.run,
            el('span', { className: 'muted small' }, 'Ctrl+Enter runs · read-only queries'),
            el('span', { className: 'spacer' }),
            this.status,
          ),
        ),
        el(
          'div',
          { className: 'console-side' },
          el('label', { for: 'saved-queries' }, 'Saved queries'),
          this.saved,
          this.savedHelp,
          this.paramFields,
          el('label', { for: 'cypher-params' }, 'Parameters (JSON)'),
          this.params,
          el('label', { for: 'cypher-history' }, 'History'),
          this.recent,
          el('label', { for: 'cypher-favourites' }, 'Favourites'),
          this.starred,
          this.star,
        ),
      ),
      this.results,
    );
  }

  /** History and favourites as the browser keeps them, newest first. */
  private fillMemory(): void {
    const options = (list: string[], empty: string): HTMLElement[] => [
      el('option', { value: '' }, list.length === 0 ? empty : `${list.length} quer${list.length === 1 ? 'y' : 'ies'}…`),
      ...list.map((query) => el('option', { value: query, title: query }, query.replace(/\s+/g, ' ').slice(0, 80))),
    ];
    replaceChildren(this.recent, ...options(this.memory.history(), 'No query run yet'));
    replaceChildren(this.starred, ...options(this.memory.favourites(), 'None yet: ☆ a query'));
    this.showStar();
  }

  private showStar(): void {
    const on = this.memory.isFavourite(this.editor.value);
    this.star.textContent = on ? '★ Favourite' : '☆ Favourite';
    this.star.setAttribute('aria-pressed', String(on));
  }

  /** Load the saved queries the first time the console opens. */
  async open(): Promise<void> {
    this.editor.focus();
    this.fillMemory();
    if (this.loadedSaved) return;
    this.loadedSaved = true;
    try {
      const body = await requestJson<SavedQuery[] | { queries: SavedQuery[] }>('/api/queries');
      this.savedQueries = Array.isArray(body) ? body : (body?.queries ?? []);
    } catch (error) {
      this.savedHelp.textContent = `Saved queries unavailable: ${error instanceof ApiError ? error.message : String(error)}`;
    }
    replaceChildren(
      this.saved,
      el('option', { value: '' }, 'Write your own…'),
      ...this.savedQueries.map((query) => el('option', { value: query.name }, query.title ?? query.name)),
    );
  }

  private current(): SavedQuery | undefined {
    return this.savedQueries.find((query) => query.name === this.saved.value);
  }

  private pickSaved(): void {
    const query = this.current();
    this.paramFields.replaceChildren();
    if (query === undefined) {
      this.savedHelp.textContent = '';
      this.editor.readOnly = false;
      return;
    }
    this.savedHelp.textContent = query.description ?? '';
    this.editor.value = savedText(query);
    this.editor.dispatchEvent(new Event('input'));
    const defaults: Record<string, unknown> = {};
    for (const param of query.params ?? []) {
      defaults[param.name] = param.default ?? null;
      const id = `param-${param.name}`;
      const input = el('input', {
        id,
        'data-testid': id,
        value:
          param.default === undefined || param.default === null
            ? ''
            : typeof param.default === 'string'
              ? param.default
              : JSON.stringify(param.default),
        placeholder: param.type ?? '',
      });
      input.addEventListener('input', () => {
        const values = this.parseParams() ?? {};
        values[param.name] = coerce(input.value, param.type);
        this.params.value = JSON.stringify(values, null, 1);
      });
      this.paramFields.append(
        el(
          'label',
          { for: id },
          `$${param.name}`,
          param.type ? el('span', { className: 'muted small' }, ` ${param.type}`) : null,
        ),
        input,
      );
    }
    this.params.value = JSON.stringify(defaults, null, 1);
  }

  private parseParams(): Record<string, unknown> | undefined {
    const text = this.params.value.trim();
    if (text === '') return {};
    try {
      const value: unknown = JSON.parse(text);
      return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined;
    } catch {
      return undefined;
    }
  }

  private showError(message: string, code?: string): void {
    replaceChildren(
      this.results,
      el(
        'div',
        { className: 'inline-error', role: 'alert', 'data-testid': 'cypher-error' },
        code ? el('strong', {}, `${code}: `) : null,
        message,
      ),
    );
    this.status.textContent = '';
  }

  /** Run the editor's query (or the selected saved query) and show its result. */
  async execute(): Promise<void> {
    const params = this.parseParams();
    if (params === undefined) {
      this.showError('The parameters must be a JSON object, e.g. {"name": "Biegun"}', 'BAD_USER_INPUT');
      return;
    }
    const saved = this.current();
    // A saved query runs by name unless the analyst rewrote it in the editor.
    const edited = saved !== undefined && savedText(saved) !== this.editor.value;
    this.run.disabled = true;
    this.status.textContent = 'Running…';
    const started = performance.now();
    try {
      const result =
        saved !== undefined && !edited
          ? await postJson<CypherResult>(`/api/queries/${encodeURIComponent(saved.name)}`, { params })
          : await postJson<CypherResult>('/api/cypher', { query: this.editor.value, params });
      this.memory.record(this.editor.value);
      this.fillMemory();
      this.show(
        result,
        performance.now() - started,
        saved !== undefined && !edited ? (saved.title ?? saved.name) : 'Cypher result',
      );
    } catch (error) {
      if (error instanceof ApiError) this.showError(error.message, error.code);
      else this.showError(String(error));
    } finally {
      this.run.disabled = false;
    }
  }

  private show(result: CypherResult, ms: number, title: string): void {
    const columns = result.columns ?? [];
    const rows = (result.rows ?? []).map((row) =>
      Array.isArray(row) ? row : columns.map((column) => (row as Record<string, unknown>)[column]),
    );
    const summary = result.summary ?? {};
    const slice = fromCypherGraph(result.graph);
    this.status.textContent = `${summary.rowCount ?? rows.length} row${rows.length === 1 ? '' : 's'}${summary.truncated ? ' (truncated)' : ''} · ${slice.nodes.length} nodes, ${slice.edges.length} relationships · ${Math.round(summary.resultAvailableAfter ?? ms)} ms`;
    const table = el('div', {});
    renderTable(table, {
      caption: title,
      columns: columns.map((key) => ({ key, label: key })),
      rows,
      testid: 'cypher-table',
      filename: 'entente-query.csv',
    });
    replaceChildren(this.results, table);
    if (slice.nodes.length > 0) this.onGraph(slice, title);
  }
}

/** What the editor shows for a saved query: its text, or a note when the server keeps the text to itself. */
function savedText(query: SavedQuery): string {
  return (
    query.query ??
    `// Saved query "${query.title ?? query.name}" (${query.name}) runs on the server.\n// Set its parameters on the right and press Run; replace this text to write your own query instead.`
  );
}

function coerce(value: string, type: string | undefined): unknown {
  const t = (type ?? '').toLowerCase();
  if (/(int|float|number)/.test(t)) return value === '' ? null : Number(value);
  if (/bool/.test(t)) return value === 'true';
  if (/list|\[/.test(t)) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value.split(',').map((part) => part.trim());
    }
  }
  return value;
}

/** localStorage, or a store for this page only where the browser refuses it (storage disabled, some private modes). */
function browserStore(): KeyValueStore {
  try {
    return window.localStorage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) };
  }
}
