import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { spellings, validDate, writeArticle } from '../../../import/src/graphWriter';

describe('the graph writer, before it reaches Neo4j', () => {
  it('accepts only real calendar dates, so a bad date cannot fail a whole article in Cypher', () => {
    expect(validDate('2019-03-21')).toBe('2019-03-21');
    expect(validDate('2020-02-29')).toBe('2020-02-29');
    expect(validDate('2019-02-29')).toBeNull();
    expect(validDate('2019-13-01')).toBeNull();
    expect(validDate('21 March 2019')).toBeNull();
    expect(validDate(null)).toBeNull();
    expect(validDate(undefined)).toBeNull();
  });

  it('knows the relative, normalised and absolute spellings of a file', () => {
    const absolute = path.resolve('data/articles/a.txt');
    expect(spellings('./data/articles/a.txt').sort()).toEqual(
      ['./data/articles/a.txt', 'data/articles/a.txt', absolute].sort(),
    );
    expect(spellings(absolute).sort()).toEqual([absolute, 'data/articles/a.txt'].sort());
  });

  it('refuses a document that is not exactly one article, or whose claims belong to another article, without opening a session', async () => {
    const driver = {
      session: () => {
        throw new Error('must not be called');
      },
    } as unknown as Driver;
    const db = { driver, database: 'neo4j' };
    await expect(writeArticle(db, { articles: [], actors: [], meetings: [], stances: [] })).rejects.toThrow(
      'writeArticle: expected a document with exactly one article, got 0',
    );
    const article = { id: 'article:1', file: 'a.txt', title: 't', date: null, actors: [] };
    await expect(
      writeArticle(db, {
        articles: [article],
        actors: [],
        meetings: [],
        stances: [{ type: 'BACKS', from: 'x', to: 'y', article: 'article:2', evidence: 'e' }],
      }),
    ).rejects.toThrow('a.txt: a claim refers to article article:2, not to this article (article:1)');
  });
});
