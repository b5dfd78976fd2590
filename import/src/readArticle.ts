// Reads one found file into article text, or says why it cannot be imported (missing, too large, empty, binary).
import { open } from 'node:fs/promises';
import type { ArticleFormat } from './extract';
import { decodeArticle } from './decodeArticle';

export type ReadOutcome =
  | { ok: true; file: string; format: ArticleFormat; text: string; encoding: string; bytes: number; warning?: string }
  | { ok: false; file: string; reason: string };

function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file (removed while importing?)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot read (${code ?? (error as Error).message})`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** Reads at most maxFileBytes + 1 bytes, so a huge file is refused without loading it. */
export async function readArticle(file: string, format: ArticleFormat, maxFileBytes: number): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    return { ok: false, file, reason: fsReason(error) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, file, reason: 'not a regular file' };
    if (info.size > maxFileBytes) {
      return {
        ok: false,
        file,
        reason: `too large: ${formatBytes(info.size)} is over the limit of ${formatBytes(maxFileBytes)} (--max-file-bytes)`,
      };
    }
    const buffer = Buffer.alloc(Math.min(info.size, maxFileBytes) + 1);
    let length = 0;
    // A file can grow between stat and read: read to the limit and refuse if it went past it.
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length >= buffer.length) break;
    }
    if (length > maxFileBytes) {
      return {
        ok: false,
        file,
        reason: `too large: over the limit of ${formatBytes(maxFileBytes)} (--max-file-bytes)`,
      };
    }
    const decoded = decodeArticle(buffer.subarray(0, length));
    if (!decoded.ok) return { ok: false, file, reason: decoded.reason };
    const base = { ok: true as const, file, format, text: decoded.text, encoding: decoded.encoding, bytes: length };
    return decoded.warning === undefined ? base : { ...base, warning: decoded.warning };
  } catch (error) {
    return { ok: false, file, reason: fsReason(error) };
  } finally {
    await handle.close();
  }
}
