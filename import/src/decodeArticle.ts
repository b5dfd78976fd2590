// Turns one file's bytes into article text: detects empty and binary files, strips BOMs, falls back from UTF-8 to Windows-1252.

export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; warning?: string }
  | { ok: false; reason: string };

/** How much of the file the binary sniff looks at: enough to catch images, archives and PDFs at once. */
const SNIFF_BYTES = 8192;
/** Share of control characters above which a file is not text (real articles have next to none). */
const MAX_CONTROL_RATIO = 0.1;

function isControl(byte: number): boolean {
  // Tab, line feed, form feed and carriage return are ordinary in text files.
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f;
}

function binaryReason(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const nul = sample.indexOf(0);
  if (nul !== -1) return `binary file (NUL byte at offset ${nul}), not text`;
  let controls = 0;
  for (const byte of sample) if (isControl(byte)) controls += 1;
  const ratio = controls / sample.length;
  if (ratio > MAX_CONTROL_RATIO) return `binary file (${Math.round(ratio * 100)}% control characters), not text`;
  return undefined;
}

export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };

  // UTF-16 text is full of NUL bytes, so recognise its BOM before the binary sniff.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  }

  const binary = binaryReason(bytes);
  if (binary !== undefined) return { ok: false, reason: binary };

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: we strip it ourselves above, so a second BOM-looking sequence stays as text.
    return finish(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), 'utf-8');
  } catch {
    const offset = firstInvalidUtf8(body);
    // Windows-1252 is what Word and older newsroom systems write; it decodes every byte, Latin-1 included.
    return finish(
      new TextDecoder('windows-1252').decode(body),
      'windows-1252',
      `not valid UTF-8 (first bad byte 0x${(body[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}); decoded as Windows-1252`,
    );
  }
}

function finish(
  text: string,
  encoding: Extract<DecodeResult, { ok: true }>['encoding'],
  warning?: string,
): DecodeResult {
  if (text.trim().length === 0) return { ok: false, reason: 'empty file (only whitespace)' };
  return warning === undefined ? { ok: true, text, encoding } : { ok: true, text, encoding, warning };
}

/** Offset of the first byte that breaks UTF-8, for a warning the user can act on (hexdump -s OFFSET). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need === -1) return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
