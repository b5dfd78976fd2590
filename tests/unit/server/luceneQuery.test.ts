import { escapeLucene, luceneQuery } from '../../../server/src/graphql/luceneQuery';

describe('luceneQuery', () => {
  it('requires every word and lets the last one be unfinished', () => {
    expect(luceneQuery('Stephen Bieg')).toBe('stephen AND (bieg OR bieg*)');
  });

  it('turns Lucene syntax a user typed into plain words', () => {
    expect(luceneQuery('name:"kim (jong-un)" OR *')).toBe('name AND kim AND jong AND un AND (or OR or*)');
    expect(luceneQuery('  ')).toBeUndefined();
    expect(luceneQuery('*?~')).toBeUndefined();
  });

  it('escapes every special character when asked to', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t');
  });
});
