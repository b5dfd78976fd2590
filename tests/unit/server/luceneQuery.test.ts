import { escapeLucene, luceneQuery } from '../../../server/src/graphql/luceneQuery';

describe('luceneQuery', () => {
  it('requires every word, each exactly or as a prefix', () => {
    expect(luceneQuery('Ste Bieg')).toBe('(ste OR ste*) AND (bieg OR bieg*)');
  });

  it('turns Lucene syntax a user typed into plain words', () => {
    expect(luceneQuery('kim (jong-un) OR *')).toBe('(kim OR kim*) AND (jong OR jong*) AND (un OR un*) AND (or OR or*)');
    expect(luceneQuery('  ')).toBeUndefined();
    expect(luceneQuery('*?~')).toBeUndefined();
  });

  it('escapes every special character when asked to', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});
