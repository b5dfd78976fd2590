// An accessible, sortable HTML table (buttons in headers, aria-sort) with CSV export.
import { download, el, replaceChildren } from './dom';
import { toCsv } from './csv';

export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface TableOptions {
  caption: string;
  columns: Column[];
  rows: unknown[][];
  testid: string;
  filename: string;
  /** Activated (click or Enter) on a row. */
  onRow?: (index: number) => void;
  maxRows?: number;
}

export function display(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // A node or relationship as the Cypher endpoint may return it.
    if (typeof record.name === 'string') return record.name;
    if (typeof record.label === 'string') return record.label;
    const props = record.properties as Record<string, unknown> | undefined;
    if (props !== undefined && props !== null) {
      const name = props.name ?? props.place ?? props.title ?? props.id;
      if (typeof name === 'string') return name;
      if (typeof record.type === 'string') return `:${record.type}`;
    }
    return JSON.stringify(value);
  }
  return String(value);
}

export function renderTable(root: HTMLElement, options: TableOptions): void {
  const order = options.rows.map((_, i) => i);
  let sortKey = -1;
  let ascending = true;
  const max = options.maxRows ?? 2000;
  const table = el('table', { className: 'data-table', 'data-testid': options.testid });
  const draw = (): void => {
    const head = el(
      'tr',
      {},
      ...options.columns.map((column, index) => {
        const sort = sortKey === index ? (ascending ? 'ascending' : 'descending') : 'none';
        return el(
          'th',
          { scope: 'col', 'aria-sort': sort, className: column.numeric ? 'num' : '' },
          el(
            'button',
            {
              type: 'button',
              className: 'sort',
              onclick: () => {
                ascending = sortKey === index ? !ascending : true;
                sortKey = index;
                order.sort(
                  (a, b) => compare(options.rows[a]?.[index], options.rows[b]?.[index]) * (ascending ? 1 : -1),
                );
                draw();
              },
            },
            column.label,
            el(
              'span',
              { className: 'sort-mark', 'aria-hidden': 'true' },
              sort === 'ascending' ? ' ▲' : sort === 'descending' ? ' ▼' : '',
            ),
          ),
        );
      }),
    );
    const body = el(
      'tbody',
      {},
      ...order.slice(0, max).map((rowIndex) => {
        const row = options.rows[rowIndex] ?? [];
        const activate = options.onRow;
        const tr = el(
          'tr',
          activate ? { tabindex: 0, className: 'clickable' } : {},
          ...options.columns.map((column, i) => el('td', { className: column.numeric ? 'num' : '' }, display(row[i]))),
        );
        if (activate) {
          tr.addEventListener('click', () => activate(rowIndex));
          tr.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              activate(rowIndex);
            }
          });
        }
        return tr;
      }),
    );
    replaceChildren(
      table,
      el('caption', {}, options.caption, options.rows.length > max ? ` (first ${max} of ${options.rows.length})` : ''),
      el('thead', {}, head),
      body,
    );
  };
  draw();
  const csv = el(
    'button',
    { type: 'button', className: 'secondary small', 'data-testid': `${options.testid}-csv` },
    'Download CSV',
  );
  csv.addEventListener('click', () => {
    const rows = order.map((i) =>
      (options.rows[i] ?? []).map((value) => (typeof value === 'object' && value !== null ? display(value) : value)),
    );
    download(
      new Blob(
        [
          toCsv(
            options.columns.map((c) => c.label),
            rows,
          ),
        ],
        { type: 'text/csv;charset=utf-8' },
      ),
      options.filename,
    );
  });
  replaceChildren(root, el('div', { className: 'table-tools' }, csv), el('div', { className: 'table-scroll' }, table));
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return display(a).localeCompare(display(b), undefined, { numeric: true });
}
