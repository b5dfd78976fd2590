// Every actor's position in a few characters per actor, for links: the map's ids sorted, a checksum of them, int16 pairs in base64url.

/** Above this many actors a link carries no positions (about 5.3 characters each); the JSON export keeps them all. */
export const MAX_LINK_POSITIONS = 600;

type Entry = [id: string, x: number, y: number];

/** FNV-1a over the sorted ids: positions apply only to the very set of actors they were taken from. */
function checksum(sortedIds: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const id of sortedIds) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 10, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * "checksum.step.data": positions rounded to `step` pixels (1, or a power of two when the map is wider than int16),
 * in the order of the sorted ids.
 */
export function encodePositions(entries: readonly Entry[]): string {
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const extent = Math.max(1, ...sorted.flatMap(([, x, y]) => [Math.abs(x), Math.abs(y)]));
  let step = 1;
  while (extent / step > 32767) step *= 2;
  const view = new DataView(new ArrayBuffer(sorted.length * 4));
  sorted.forEach(([, x, y], i) => {
    view.setInt16(i * 4, Math.round(x / step));
    view.setInt16(i * 4 + 2, Math.round(y / step));
  });
  const data = toBase64Url(new Uint8Array(view.buffer));
  return `${checksum(sorted.map((e) => e[0]))}.${step}.${data}`;
}

/** Positions by id, or undefined when the code is malformed or was taken from another set of actors. */
export function decodePositions(
  code: string,
  ids: readonly string[],
): Map<string, { x: number; y: number }> | undefined {
  const [sum, stepText, data, extra] = code.split('.');
  const step = Number(stepText);
  if (sum === undefined || data === undefined || extra !== undefined || !(step >= 1 && step <= 65536)) return undefined;
  const sorted = [...ids].sort();
  if (checksum(sorted) !== sum) return undefined;
  const bytes = fromBase64Url(data);
  if (bytes === undefined || bytes.length !== sorted.length * 4) return undefined;
  const view = new DataView(bytes.buffer);
  const out = new Map<string, { x: number; y: number }>();
  sorted.forEach((id, i) => out.set(id, { x: view.getInt16(i * 4) * step, y: view.getInt16(i * 4 + 2) * step }));
  return out;
}
