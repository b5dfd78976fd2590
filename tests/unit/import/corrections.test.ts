import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCorrections, validateCorrections } from '../../../import/src/corrections';

describe('reading a corrections file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'entente-corrections-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, value: unknown): string => {
    const file = path.join(dir, name);
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    return file;
  };

  it('accepts a file with only stances, filling the other arrays in as empty', async () => {
    const file = write('ok.json', {
      stances: [
        {
          type: 'BACKS',
          from: 'country:GB',
          to: 'country:US',
          article: 'article:1',
          evidence: 'Britain backs the U.S.',
        },
      ],
    });
    await expect(readCorrections(file)).resolves.toEqual({
      articles: [],
      actors: [],
      meetings: [],
      curations: [],
      stances: [
        {
          type: 'BACKS',
          from: 'country:GB',
          to: 'country:US',
          article: 'article:1',
          evidence: 'Britain backs the U.S.',
        },
      ],
    });
  });

  it('names the file, the JSON path and the bad value of every error', async () => {
    const file = write('bad.json', {
      actors: [{ id: 'country:FR', kind: 'Nation', name: 'France', country: 'fr' }],
      stances: [
        { type: 'LIKES', from: 'a', to: 'b', article: 'x', evidence: 'e', confidence: 3 },
        { type: 'BACKS', from: 'a' },
      ],
    });
    const error = await readCorrections(file).catch((e: unknown) => e as Error);
    expect(error).toMatchObject({ name: 'BadInputError', code: 'BAD_USER_INPUT' });
    const message = (error as Error).message;
    expect(message).toContain(`${file}: not a valid corrections file:`);
    expect(message).toContain(
      '/actors/0/kind: must be equal to one of the allowed values (Country, Official, Organization), got "Nation"',
    );
    expect(message).toContain('/actors/0/country: must match pattern "^[A-Z]{2}$", got "fr"');
    expect(message).toContain(
      '/stances/0/type: must be equal to one of the allowed values (BACKS, OPPOSES), got "LIKES"',
    );
    expect(message).toContain('/stances/0/confidence: must be <= 1, got 3');
    expect(message).toContain('/stances/1: missing property "to"');
  });

  it('refuses a stance date that is not a calendar date, though the contract leaves it unpatterned', () => {
    expect(() =>
      validateCorrections(
        { stances: [{ type: 'OPPOSES', from: 'a', to: 'b', article: 'x', evidence: 'e', date: 'last Tuesday' }] },
        'fix.json',
      ),
    ).toThrow(
      'fix.json: not a valid corrections file:\n  /stances/0/date: must be a YYYY-MM-DD date, got "last Tuesday"',
    );
  });

  it('says where JSON syntax breaks, by line and column', async () => {
    const file = write('syntax.json', '{\n  "stances": [\n    { "type": "BACKS", }\n  ]\n}');
    await expect(readCorrections(file)).rejects.toThrow(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON at line 3, column \\d+`),
    );
  });

  it('says when the file is missing', async () => {
    await expect(readCorrections(path.join(dir, 'none.json'))).rejects.toThrow(
      /none\.json: cannot read corrections file \(no such file\)/,
    );
  });

  it('refuses a top level that is not an object', () => {
    expect(() => validateCorrections([], 'list.json')).toThrow(
      'list.json: not a valid corrections file:\n  (top level): must be object, got []',
    );
  });
});
