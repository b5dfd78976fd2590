import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readArticle } from '../../../import/src/readArticle';

describe('reading an article file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'entente-read-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('returns the text, format, encoding and size of a good file', async () => {
    const file = path.join(dir, 'good.md');
    writeFileSync(file, '# Talks\nSeoul and Tokyo met.');
    await expect(readArticle(file, 'markdown', 1000)).resolves.toEqual({
      ok: true,
      file,
      format: 'markdown',
      text: '# Talks\nSeoul and Tokyo met.',
      encoding: 'utf-8',
      bytes: 28,
    });
  });

  it('refuses a file over the size limit without reading it, naming both sizes and the option', async () => {
    const file = path.join(dir, 'big.txt');
    writeFileSync(file, 'x'.repeat(2048));
    await expect(readArticle(file, 'text', 1024)).resolves.toEqual({
      ok: false,
      file,
      reason: 'too large: 2.0 KiB is over the limit of 1.0 KiB (--max-file-bytes)',
    });
  });

  it('accepts a file of exactly the limit', async () => {
    const file = path.join(dir, 'exact.txt');
    writeFileSync(file, 'y'.repeat(100));
    await expect(readArticle(file, 'text', 100)).resolves.toMatchObject({ ok: true, bytes: 100 });
  });

  it('reports a missing file and an empty file by name', async () => {
    const missing = path.join(dir, 'missing.txt');
    await expect(readArticle(missing, 'text', 100)).resolves.toEqual({
      ok: false,
      file: missing,
      reason: 'no such file (removed while importing?)',
    });
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    await expect(readArticle(empty, 'text', 100)).resolves.toEqual({ ok: false, file: empty, reason: 'empty file' });
  });

  it('passes the Windows-1252 warning through', async () => {
    const file = path.join(dir, 'cp1252.txt');
    writeFileSync(file, Buffer.from([0x93, 0x48, 0x69, 0x94]));
    await expect(readArticle(file, 'text', 100)).resolves.toMatchObject({
      ok: true,
      text: '“Hi”',
      encoding: 'windows-1252',
      warning: expect.stringContaining('Windows-1252'),
    });
  });
});
