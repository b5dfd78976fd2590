// The Cypher console: Neo4j's editor with schema completion, saved queries, history and favourites, tabbed results.
import { ApiError, postJson, requestJson } from './api';
import type { CypherEditor, CypherSchema } from './cypherEditor';
import { QueryHistory, type KeyValueStore } from './queryHistory';
import { renderCypherResult, type ResultTab } from './cypherResultView';
import { el, replaceChildren } from './dom';
import type { CypherResult, GraphSlice, SavedQuery } from './types';
import { fromCypherGraph } from './cypherGraph';

const EXAMPLE = `// Who met whom, with the meeting and its date
MATCH (a:Actor)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor)
WHERE a.id < b.id
RETURN a, m, b
LIMIT 50`;

export class CypherConsole {
  /** Where the editor goes; it is loaded with the console, not with the page (it is most of the bundle). */
  private readonly editorHost = el('div', { className: 'editor-wrap', 'data-testid': 'cypher-editor' });
  private editor: CypherEditor | undefined;
  private loadingEditor: Promise<CypherEditor> | undefined;
  /** The query text, kept here too so it can be set before the editor has loaded. */
  private text = EXAMPLE;
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
  private readonly results = el('div', {
    className: 'console-results',
    'data-testid': 'cypher-results',
    'aria-label': 'Query result',
    role: 'region',
  });
  private readonly run = el('button', { type: 'button', 'data-testid': 'cypher-run', className: 'primary' }, 'Run ▸');
  private readonly connect = el('input', { type: 'checkbox', id: 'cypher-connect', 'data-testid': 'cypher-connect' });
  private readonly recent = el('select', { id: 'cypher-history', 'data-testid': 'cypher-history' });
  private readonly starred = el('select', { id: 'cypher-favourites', 'data-testid': 'cypher-favourites' });
  private readonly star = el(
    'button',
    { type: 'button', 'data-testid': 'cypher-star', className: 'small' },
    '☆ Favourite',
  );
  private readonly store = browserStore();
  private readonly memory = new QueryHistory(this.store);
  private savedQueries: SavedQuery[] = [];
  private loadedSaved = false;
  private schema: CypherSchema | undefined;
  private tab: ResultTab | undefined;
  private shown: { destroy(): void } | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly onGraph: (slice: GraphSlice, title: string) => void,
  ) {
    this.params.value = '{}';
    this.connect.checked = this.store.getItem(CONNECT_KEY) !== 'false';
    this.connect.addEventListener('change', () => this.store.setItem(CONNECT_KEY, String(this.connect.checked)));
    const load = (select: HTMLSelectElement): void => {
      if (select.value === '') return;
      this.setText(select.value);
      select.value = '';
      this.editor?.focus();
    };
    this.recent.addEventListener('change', () => load(this.recent));
    this.starred.addEventListener('change', () => load(this.starred));
    this.star.addEventListener('click', () => {
      this.memory.toggleFavourite(this.text);
      this.fillMemory();
    });
    this.run.addEventListener('click', () => void this.execute());
    this.saved.addEventListener('change', () => this.pickSaved());
    this.params.addEventListener('change', () => this.applySchema());
    replaceChildren(
      root,
      el(
        'div',
        { className: 'console-grid' },
        el(
          'div',
          { className: 'console-main' },
          this.editorHost,
          el(
            'div',
            { className: 'console-bar' },
            this.run,
            el('span', { className: 'muted small console-hint' }, 'Ctrl+Enter runs · Esc, Tab leaves the editor'),
            el('label', { className: 'toggle small', for: 'cypher-connect' }, this.connect, ' Connect result nodes'),
            el('span', { className: 'spacer' }),
            this.status,
          ),
          this.results,
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
    );
  }

  /** The query as the editor holds it. */
  get query(): string {
    return this.editor?.value ?? this.text;
  }

  private setText(text: string): void {
    this.text = text;
    if (this.editor !== undefined && this.editor.value !== text) this.editor.value = text;
    this.showStar();
  }

  private async ensureEditor(): Promise<CypherEditor> {
    this.loadingEditor ??= import('./cypherEditor').then(({ CypherEditor }) => {
      this.editor = CypherEditor.create(this.editorHost, {
        value: this.text,
        onRun: () => void this.execute(),
        onChange: (value) => {
          this.text = value;
          this.showStar();
        },
        attributes: {
          'data-testid': 'cypher-input',
          'aria-label': 'Cypher query (Ctrl+Enter runs it; Escape then Tab leaves the editor)',
        },
      });
      this.applySchema();
      return this.editor;
    });
    return this.loadingEditor;
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
    const on = this.memory.isFavourite(this.text);
    this.star.textContent = on ? '★ Favourite' : '☆ Favourite';
    this.star.setAttribute('aria-pressed', String(on));
  }

  /** Open the console: the editor, the saved queries and the graph's schema, each loaded once. */
  async open(): Promise<void> {
    this.fillMemory();
    const editor = await this.ensureEditor();
    editor.focus();
    if (this.loadedSaved) return;
    this.loadedSaved = true;
    const [saved, schema] = await Promise.allSettled([
      requestJson<SavedQuery[] | { queries: SavedQuery[] }>('/api/queries'),
      requestJson<CypherSchema>('/api/cypher/schema'),
    ]);
    if (saved.status === 'fulfilled') {
      const body = saved.value;
      this.savedQueries = Array.isArray(body) ? body : (body?.queries ?? []);
    } else {
      const error = saved.reason as unknown;
      this.savedHelp.textContent = `Saved queries unavailable: ${error instanceof ApiError ? error.message : String(error)}`;
    }
    // Without the schema the editor still highlights and completes keywords; labels and types are what it lacks.
    if (schema.status === 'fulfilled') this.schema = schema.value;
    this.applySchema();
    replaceChildren(
      this.saved,
      el('option', { value: '' }, 'Write your own…'),
      ...this.savedQueries.map((query) => el('option', { value: query.name }, query.title ?? query.name)),
    );
  }

  /** The schema plus the $parameters in play (the JSON's keys and the saved queries'), for completion. */
  private applySchema(): void {
    const names = new Set([
      ...Object.keys(this.parseParams() ?? {}),
      ...this.savedQueries.flatMap((query) => (query.params ?? []).map((param) => param.name)),
    ]);
    this.editor?.setSchema({ ...(this.schema ?? {}), parameters: [...names] });
  }

  private current(): SavedQuery | undefined {
    return this.savedQueries.find((query) => query.name === this.saved.value);
  }

  private pickSaved(): void {
    const query = this.current();
    this.paramFields.replaceChildren();
    if (query === undefined) {
      this.savedHelp.textContent = '';
      return;
    }
    this.savedHelp.textContent = query.description ?? '';
    this.setText(savedText(query));
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
    this.shown?.destroy();
    this.shown = undefined;
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
    this.reveal();
  }

  /** Bring the result (or the error) into view: the drawer grows for it and scrolls to it. */
  private reveal(): void {
    this.root.closest('.drawer')?.classList.add('has-results');
    this.results.scrollIntoView({ block: 'nearest' });
  }

  /** Run the editor's query (or the selected saved query) and show its result. */
  async execute(): Promise<void> {
    const params = this.parseParams();
    if (params === undefined) {
      this.showError('The parameters must be a JSON object, e.g. {"name": "Biegun"}', 'BAD_USER_INPUT');
      return;
    }
    const text = this.query;
    const saved = this.current();
    // A saved query runs by name unless the analyst rewrote it in the editor.
    const bySaved = saved !== undefined && savedText(saved) === text;
    const connect = this.connect.checked;
    this.run.disabled = true;
    this.status.textContent = 'Running…';
    const started = performance.now();
    try {
      const result = bySaved
        ? await postJson<CypherResult>(`/api/queries/${encodeURIComponent(saved.name)}`, { params, connect })
        : await postJson<CypherResult>('/api/cypher', { query: text, params, connect });
      this.memory.record(text);
      this.fillMemory();
      this.show(result, performance.now() - started, bySaved ? (saved.title ?? saved.name) : 'Cypher result');
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
    const connected = summary.connected ? ` (${summary.connected} connecting)` : '';
    this.status.textContent = `${summary.rowCount ?? rows.length} row${rows.length === 1 ? '' : 's'}${summary.truncated ? ' (truncated)' : ''} · ${plural(slice.nodes.length, 'node')}, ${plural(slice.edges.length, 'relationship')}${connected} · ${Math.round(summary.resultAvailableAfter ?? ms)} ms`;
    this.shown?.destroy();
    this.shown = renderCypherResult(this.results, {
      title,
      columns,
      rows,
      slice,
      // The map draws the graph already, so a result opens on its table until the analyst picks another tab.
      tab: this.tab ?? 'table',
      onShowOnMap: () => this.onGraph(slice, title),
      onTab: (tab) => (this.tab = tab),
    });
    this.reveal();
    if (slice.nodes.length > 0) this.onGraph(slice, title);
  }
}

const CONNECT_KEY = 'entente.cypher.connect';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the editor shows for a saved query: its Cypher, or a note when the server keeps the text to itself. */
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
