import { BadInputError } from '../../../core/errors';
import { isIsoDate } from '../../../core/model';
import { listSavedQueries, parseSavedQuery, savedQueryParams } from '../../../server/src/cypher/savedQueries';

const TEXT = `// title: Who met whom
// description: Pairs of actors
// that met.
// params: from:date=2019-01-01, actor:string=official:us:stephen-biegun, limit:int=10, place:string=null, ids:string[]=["a"], strict:boolean=false, need:string
MATCH (n) RETURN n`;

describe('saved queries', () => {
  it('reads the title, a multi-line description and typed parameters with defaults from the header', () => {
    const q = parseSavedQuery('who-met', TEXT);
    expect(q).toMatchObject({ name: 'who-met', title: 'Who met whom', description: 'Pairs of actors that met.' });
    expect(q.params).toEqual([
      { name: 'from', type: 'date', default: '2019-01-01' },
      { name: 'actor', type: 'string', default: 'official:us:stephen-biegun' },
      { name: 'limit', type: 'int', default: 10 },
      { name: 'place', type: 'string', default: null },
      { name: 'ids', type: 'string[]', default: ['a'] },
      { name: 'strict', type: 'boolean', default: false },
      { name: 'need', type: 'string', default: undefined },
    ]);
  });

  it('fills defaults, requires parameters without one, and names the parameter of the wrong type', () => {
    const q = parseSavedQuery('who-met', TEXT);
    expect(savedQueryParams(q, { need: 'x' })).toMatchObject({ from: '2019-01-01', limit: 10, place: null, need: 'x' });
    expect(() => savedQueryParams(q, {})).toThrow(/"need" \(string\) is required/);
    expect(() => savedQueryParams(q, { need: 'x', limit: 1.5 })).toThrow(
      new BadInputError('saved query "who-met": parameter "limit" must be a whole number, got 1.5'),
    );
    expect(() => savedQueryParams(q, { need: 'x', from: '2019-02-30' })).toThrow(/"from" must be a date YYYY-MM-DD/);
    expect(() => savedQueryParams(q, { need: 'x', ids: [1] })).toThrow(/"ids" must be a list of strings/);
    expect(() => savedQueryParams(q, { need: 'x', extra: 1 })).toThrow(/unknown parameter extra/);
  });

  it('reads null as "use the default", and as missing for a parameter without one', () => {
    const q = parseSavedQuery('who-met', TEXT);
    expect(savedQueryParams(q, { need: 'x', limit: null })).toMatchObject({ limit: 10 });
    expect(() => savedQueryParams(q, { need: null })).toThrow(/"need" \(string\) is required/);
  });

  it('ships saved queries whose headers all parse', () => {
    const all = listSavedQueries();
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const q of all) expect(q.description).not.toBe('');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2019-03-19')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('19-03-2019')).toBe(false);
    // Leap years: every fourth, not centuries, but every fourth century.
    for (const leapDay of ['2020-02-29', '2000-02-29', '1600-02-29']) expect(isIsoDate(leapDay)).toBe(true);
    for (const notADay of ['1900-02-29', '2019-04-31', '2019-13-01', '2019-00-10', '2019-01-00', '2019-12-32'])
      expect(isIsoDate(notADay)).toBe(false);
    expect(isIsoDate('2019-12-31')).toBe(true);
  });
});
