// Renders a CypherResult as a plain-text table for the terminal: compact nodes and relationships, long cells cut.
import type { CypherResult } from './cypher/readOnlyCypher';
import type { Json } from './cypher/neo4jValues';

export const MAX_CELL = 60;

function isNodeJson(v: Json): v is { id: string; labels: string[]; properties: Record<string, Json> } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Array.isArray(v['labels']) && 'properties' in v;
}

function isRelJson(v: Json): v is { type: string; start: string; end: string } {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    typeof v['type'] === 'string' &&
    'start' in v &&
    'end' in v
  );
}

/** One line per value: a node as (:Label name), a relationship as [:TYPE a->b], the rest as JSON. */
export function cell(value: Json): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (isNodeJson(value)) {
    const name = value.properties['name'] ?? value.properties['place'] ?? value.properties['title'] ?? value.id;
    return `(:${value.labels.join(':')} ${String(name)})`;
  }
  if (isRelJson(value)) return `[:${value.type} ${value.start}->${value.end}]`;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null || isNodeJson(v) || isRelJson(v)))
    return `[${value.map(cell).join(', ')}]`;
  return JSON.stringify(value);
}

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

export function renderTable(result: CypherResult): string {
  const { columns, rows, summary } = result;
  const cells = rows.map((row) => columns.map((c) => cut(cell(row[c] ?? null), MAX_CELL)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join(' | ')
      .trimEnd();
  const out =
    columns.length === 0 ? [] : [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)];
  const more = summary.truncated
    ? ` (truncated at the row limit of ${summary.rowCount}; add LIMIT or raise CYPHER_ROW_LIMIT)`
    : '';
  out.push(
    `${summary.rowCount} row${summary.rowCount === 1 ? '' : 's'}${more}, available after ${summary.resultAvailableAfter ?? '?'} ms`,
  );
  return out.join('\n');
}
