import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findArticleFiles } from '../../../import/src/findArticleFiles';

describe('finding article files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'entente-find-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const touch = (rel: string, text = 'x'): string => {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    return full;
  };

  it('walks folders recursively, keeps .txt .md .markdown .html .htm in sorted order, and skips hidden entries', async () => {
    touch('b.txt');
    touch('a.md');
    touch('sub/c.HTML');
    touch('sub/d.htm');
    touch('sub/deeper/e.markdown');
    touch('notes.pdf');
    touch('.hidden.txt');
    touch('.git/f.txt');
    const { files, skipped } = await findArticleFiles([dir]);
    expect(files.map((f) => path.relative(dir, f.file))).toEqual([
      'a.md',
      'b.txt',
      'sub/c.HTML',
      'sub/d.htm',
      'sub/deeper/e.markdown',
    ]);
    expect(files.map((f) => f.format)).toEqual(['markdown', 'text', 'html', 'html', 'markdown']);
    expect(skipped).toEqual([]);
  });

  it('keeps the path as the user wrote it, normalised, so the article file property is stable', async () => {
    touch('a.txt');
    const relative = path.relative(process.cwd(), path.join(dir, 'a.txt'));
    const { files } = await findArticleFiles([`./${relative}`]);
    expect(files[0]?.file).toBe(relative);
  });

  it('reports a missing path, a folder without articles and an explicit file of the wrong type, each by name with a reason', async () => {
    mkdirSync(path.join(dir, 'empty'));
    touch('empty/readme.pdf');
    const pdf = touch('paper.pdf');
    const missing = path.join(dir, 'nope.txt');
    const { files, skipped } = await findArticleFiles([missing, path.join(dir, 'empty'), pdf]);
    expect(files).toEqual([]);
    expect(skipped).toEqual([
      { file: missing, reason: 'no such file or folder' },
      { file: path.join(dir, 'empty'), reason: expect.stringMatching(/^folder has no article files \(\.txt \.md/) },
      { file: pdf, reason: expect.stringContaining('not an article file') },
    ]);
  });

  it('treats an explicit .json path as a corrections file', async () => {
    const json = touch('fixes.json', '{}');
    const { files } = await findArticleFiles([json]);
    expect(files).toEqual([{ file: json, kind: 'corrections', format: 'text' }]);
  });

  it('lists a file once when it is named twice or reached through a folder and by name', async () => {
    const a = touch('a.txt');
    const { files } = await findArticleFiles([dir, a, a]);
    expect(files).toHaveLength(1);
  });

  it('survives a symbolic-link loop and reports a dangling link to an article file', async () => {
    touch('sub/a.txt');
    symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    const { files, skipped } = await findArticleFiles([dir]);
    expect(files.map((f) => path.basename(f.file))).toEqual(['a.txt']);
    expect(skipped).toEqual([{ file: path.join(dir, 'dangling.txt'), reason: 'no such file or folder' }]);
  });
});
