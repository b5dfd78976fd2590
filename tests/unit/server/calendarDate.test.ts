// The CalendarDate scalar takes and gives real calendar days as YYYY-MM-DD text, and refuses anything else by name.
import { Kind } from 'graphql';
import neo4j from 'neo4j-driver';
import { calendarDateScalar } from '../../../server/src/graphql/calendarDate';

describe('CalendarDate', () => {
  it('passes a real day through unchanged, from a variable and from a literal', () => {
    expect(calendarDateScalar.parseValue('2019-02-28')).toBe('2019-02-28');
    expect(calendarDateScalar.parseLiteral({ kind: Kind.STRING, value: '2020-02-29' })).toBe('2020-02-29');
  });

  it('refuses a day that does not exist, a time, a number and loose spellings, as BAD_USER_INPUT', () => {
    for (const bad of ['2019-02-30', '2019-13-01', '2019-03-01T00:00:00Z', '1 March 2019', 20190301]) {
      expect(() => calendarDateScalar.parseValue(bad)).toThrow(
        `CalendarDate must be a date YYYY-MM-DD, got ${JSON.stringify(bad)}`,
      );
    }
    expect(() => calendarDateScalar.parseLiteral({ kind: Kind.INT, value: '2019' })).toThrow(/got "2019"/);
    try {
      calendarDateScalar.parseValue('2019-02-30');
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('serialises day strings and Neo4j DATE values, and nothing else', () => {
    expect(calendarDateScalar.serialize('2019-03-01')).toBe('2019-03-01');
    expect(calendarDateScalar.serialize(new neo4j.types.Date(2019, 3, 1))).toBe('2019-03-01');
    expect(() => calendarDateScalar.serialize('yesterday')).toThrow(/cannot represent "yesterday"/);
  });
});
