// How the console writes a Cypher value as text: nodes, relationships and paths as Cypher patterns, not raw JSON.

interface JsonNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface JsonRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
interface JsonPath {
  start: JsonNode;
  end: JsonNode;
  length: number;
  segments: { start: JsonNode; relationship: JsonRelationship; end: JsonNode }[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shapes server/src/cypher/neo4jValues.ts writes; anything else is a plain map. */
export function isNode(value: unknown): value is JsonNode {
  return isRecord(value) && Array.isArray(value.labels) && isRecord(value.properties) && 'elementId' in value;
}
export function isRelationship(value: unknown): value is JsonRelationship {
  return (
    isRecord(value) &&
    typeof value.type === 'string' &&
    'start' in value &&
    'end' in value &&
    isRecord(value.properties)
  );
}
export function isPath(value: unknown): value is JsonPath {
  return isRecord(value) && Array.isArray(value.segments) && 'length' in value && isNode(value.start);
}

/** What a person calls a node: its name, title, place or id. */
function nodeName(node: JsonNode): string {
  const p = node.properties;
  const name = [p.name, p.title, p.place, p.id].find((v) => typeof v === 'string' && v !== '');
  return typeof name === 'string' ? name : node.id;
}

/** A label list as Cypher writes it (`:Actor:Country`), the helper label Actor left out when there is another. */
function labelText(labels: string[]): string {
  const shown = labels.length > 1 ? labels.filter((l) => l !== 'Actor') : labels;
  return shown.map((l) => `:${l}`).join('');
}

export function nodeText(node: JsonNode): string {
  return `(${labelText(node.labels)} ${JSON.stringify(nodeName(node))})`;
}

function relationshipInner(rel: JsonRelationship): string {
  const date = typeof rel.properties.date === 'string' ? ` ${rel.properties.date}` : '';
  return `[:${rel.type}${date}]`;
}

export function relationshipText(rel: JsonRelationship): string {
  return relationshipInner(rel);
}

/** A path as its pattern, each arrow pointing the way its relationship runs. */
export function pathText(path: JsonPath): string {
  let text = nodeText(path.start);
  for (const segment of path.segments) {
    const forward = segment.relationship.start === segment.start.id;
    const rel = relationshipInner(segment.relationship);
    text += forward ? `-${rel}->` : `<-${rel}-`;
    text += nodeText(segment.end);
  }
  return text;
}

/** One cell's text: strings as they are at the top level, quoted inside lists and maps (as Neo4j Browser shows them). */
export function valueText(value: unknown, nested = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return nested ? JSON.stringify(value) : value;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => valueText(item, true)).join(', ')}]`;
  if (isPath(value)) return pathText(value);
  if (isNode(value)) return nodeText(value);
  if (isRelationship(value)) return relationshipText(value);
  return `{${Object.entries(value)
    .map(([key, item]) => `${key}: ${valueText(item, true)}`)
    .join(', ')}}`;
}

/** The result as Neo4j Browser's Text view: a fixed-width table, one line per row, columns padded to their widest cell. */
export function textTable(columns: string[], rows: unknown[][], maxWidth = 80): string {
  const cells = rows.map((row) => columns.map((_, i) => valueText(row[i]).replace(/\s+/g, ' ')));
  const clip = (text: string): string => (text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text);
  const widths = columns.map((column, i) =>
    Math.min(maxWidth, Math.max(column.length, ...cells.map((row) => row[i]!.length))),
  );
  const line = (values: string[]): string =>
    `│${values.map((value, i) => ` ${clip(value).padEnd(widths[i]!)} `).join('│')}│`;
  const rule = (left: string, mid: string, right: string, fill: string): string =>
    `${left}${widths.map((w) => fill.repeat(w + 2)).join(mid)}${right}`;
  return [
    rule('╒', '╤', '╕', '═'),
    line(columns),
    rule('╞', '╪', '╡', '═'),
    ...cells.map(line),
    rule('└', '┴', '┘', '─'),
  ].join('\n');
}
