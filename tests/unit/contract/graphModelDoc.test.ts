// The graph model the repository documents is the shared one, word for word, and every README link resolves in a clone.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared', 'design', 'graph-model.md');

describe('the documentation', () => {
  it('holds the shared graph model verbatim in docs/graph-model.md (the shared file must be beside the repository)', () => {
    expect(existsSync(SHARED)).toBe(true);
    const doc = readFileSync(path.join(ROOT, 'docs', 'graph-model.md'), 'utf8');
    const inside = /<!-- shared model: begin -->\n([\s\S]*)\n<!-- shared model: end -->/.exec(doc)?.[1];
    expect(inside).toBe(readFileSync(SHARED, 'utf8').replace(/\n+$/, ''));
  });

  it('links from the README only to files inside the repository that exist', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const local = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1]!)
      .filter((href) => !/^[a-z]+:/.test(href));
    expect(local.length).toBeGreaterThan(2);
    const broken = local.filter((href) => href.startsWith('..') || !existsSync(path.join(ROOT, href)));
    expect(broken).toEqual([]);
  });
});
