import { parseDate, resolveDate } from '../../../import/src/extract/resolveDate';

describe('resolveDate', () => {
  it('parses full dates in common news formats', () => {
    expect(parseDate('March 15, 2019')).toBe('2019-03-15');
    expect(parseDate('15 March 2019')).toBe('2019-03-15');
    expect(parseDate('Arirang News 2019-03-21')).toBe('2019-03-21');
    expect(parseDate('Feb. 27, 2019, in Hanoi')).toBe('2019-02-27');
    expect(parseDate('no date here')).toBeNull();
  });

  it('resolves a weekday in a past-tense sentence to the latest such day on or before the article date', () => {
    // 2019-03-21 is a Thursday.
    expect(resolveDate('They met on Tuesday.', '2019-03-21', 'past').date).toBe('2019-03-19');
    expect(resolveDate('They met Thursday.', '2019-03-21', 'past').date).toBe('2019-03-21');
    expect(resolveDate('They met last Thursday.', '2019-03-21', 'past').date).toBe('2019-03-14');
  });

  it('resolves a weekday in a planned meeting forward', () => {
    expect(resolveDate('They will meet on Monday.', '2019-03-21', 'future').date).toBe('2019-03-25');
  });

  it('resolves a month and day without a year against the article year, backwards for past events', () => {
    expect(resolveDate('the summit on February 27', '2019-03-15', 'past').date).toBe('2019-02-27');
    expect(resolveDate('they met on December 30', '2019-01-10', 'past').date).toBe('2018-12-30');
    expect(resolveDate('they will meet on January 5', '2018-12-20', 'future').date).toBe('2019-01-05');
  });

  it('keeps coarse expressions null rather than guessing a day', () => {
    for (const s of ['They met this week.', 'They met last month.', 'in June 2018', 'They met twice last year.']) {
      const r = resolveDate(s, '2019-03-21', 'past');
      expect(r.date).toBeNull();
      expect(r.expression).not.toBeNull();
    }
  });

  it('returns null for relative days when the article has no date', () => {
    expect(resolveDate('They met on Tuesday.', null, 'past')).toEqual({ date: null, expression: 'on Tuesday' });
    expect(resolveDate('They met yesterday.', '2020-05-02', 'past').date).toBe('2020-05-01');
  });
});
