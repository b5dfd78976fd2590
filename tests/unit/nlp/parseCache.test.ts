import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NlpBackbone } from '../../../import/src/nlp/nlpBackbone';
import { annotate } from '../../../import/src/nlp/nlpBackbone';
import type { ParsedArticle } from '../../../import/src/nlp/parsedArticle';
import { ParseCache } from '../../../import/src/nlp/parseCache';

/** A backbone that splits on ". " and records what it was asked; the cache is what is under test. */
class RecordingBackbone implements NlpBackbone {
  readonly calls: string[] = [];
  constructor(readonly version: string) {}

  private article(text: string, parsed: number[]): ParsedArticle {
    const sentences = [];
    let at = 0;
    for (const [i, part] of text.split('. ').entries()) {
      const words = part.split(' ');
      const begin: number[] = [];
      const end: number[] = [];
      let offset = at;
      for (const w of words) {
        begin.push(offset);
        end.push(offset + w.length);
        offset += w.length + 1;
      }
      const isParsed = parsed.includes(i);
      sentences.push({
        begin,
        end,
        pos: words.map(() => 'NN'),
        lemma: words.map((w) => w.toLowerCase()),
        ner: words.map(() => 'O'),
        head: isParsed ? words.map((_, k) => (k === 0 ? 0 : 1)) : null,
        rel: isParsed ? words.map((_, k) => (k === 0 ? 'root' : 'dep')) : null,
      });
      at += part.length + 2;
    }
    return { sentences };
  }

  async tag(text: string): Promise<ParsedArticle> {
    this.calls.push('tag');
    return this.article(text, []);
  }

  async parse(text: string, sentences: number[]): Promise<ParsedArticle> {
    this.calls.push(`parse ${sentences.join(',')}`);
    return this.article(text, sentences);
  }

  async close(): Promise<void> {}
}

const TEXT = 'Kim met Moon. They talked. Moon left';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'entente-parse-cache-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the parse cache', () => {
  it('parses a text once; a second run needs the backbone not at all', async () => {
    const inner = new RecordingBackbone('v1');
    const cache = new ParseCache(inner, dir);
    const first = await annotate(cache, TEXT, () => [0, 2], 'a.txt');
    const again = await annotate(new ParseCache(inner, dir), TEXT, () => [0, 2], 'a.txt');
    expect(inner.calls).toEqual(['tag', 'parse 0,2']);
    expect(again).toEqual(first);
    expect(again.sentences.map((s) => s.head !== null)).toEqual([true, false, true]);
  });

  it('parses only the sentences new rules want that were not parsed before', async () => {
    const inner = new RecordingBackbone('v1');
    await annotate(new ParseCache(inner, dir), TEXT, () => [0], 'a.txt');
    const cache = new ParseCache(inner, dir);
    const grown = await annotate(cache, TEXT, () => [0, 1], 'a.txt');
    expect(inner.calls).toEqual(['tag', 'parse 0', 'parse 1']);
    expect(grown.sentences.map((s) => s.head !== null)).toEqual([true, true, false]);
    expect(cache.stats).toEqual({ hits: 1, misses: 0, topUps: 1 });
  });

  it('keeps entries of different backbone versions apart', async () => {
    await annotate(new ParseCache(new RecordingBackbone('v1'), dir), TEXT, () => [0], 'a.txt');
    const other = new RecordingBackbone('v2');
    await annotate(new ParseCache(other, dir), TEXT, () => [0], 'a.txt');
    expect(other.calls).toEqual(['tag', 'parse 0']);
    expect(readdirSync(dir).sort()).toEqual(['v1', 'v2']);
  });

  it('treats a damaged entry as a miss and replaces it', async () => {
    const inner = new RecordingBackbone('v1');
    await annotate(new ParseCache(inner, dir), TEXT, () => [0], 'a.txt');
    const [shard] = readdirSync(path.join(dir, 'v1'));
    const [entry] = readdirSync(path.join(dir, 'v1', shard!));
    writeFileSync(path.join(dir, 'v1', shard!, entry!), 'not gzip');
    const again = await annotate(new ParseCache(inner, dir), TEXT, () => [0], 'a.txt');
    expect(inner.calls).toEqual(['tag', 'parse 0', 'tag', 'parse 0']);
    expect(again.sentences[0]!.head).not.toBeNull();
  });

  it('still answers when the cache folder cannot be written', async () => {
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    const inner = new RecordingBackbone('v1');
    const parsed = await annotate(new ParseCache(inner, file), TEXT, () => [1], 'a.txt');
    expect(parsed.sentences[1]!.head).not.toBeNull();
  });
});
