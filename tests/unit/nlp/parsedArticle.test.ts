import {
  missingParses,
  readParsedArticle,
  withParses,
  type ParsedArticle,
  type ParsedSentence,
} from '../../../import/src/nlp/parsedArticle';

function sentence(n: number, parsed: boolean, at = 0): ParsedSentence {
  const index = Array.from({ length: n }, (_, i) => i);
  return {
    begin: index.map((i) => at + i * 2),
    end: index.map((i) => at + i * 2 + 1),
    pos: index.map(() => 'NN'),
    lemma: index.map(() => 'x'),
    ner: index.map(() => 'O'),
    head: parsed ? index.map((i) => (i === 0 ? 0 : 1)) : null,
    rel: parsed ? index.map((i) => (i === 0 ? 'root' : 'dep')) : null,
  };
}

describe('parsed articles', () => {
  it('accept well-formed worker output and reject heads outside the sentence or offsets past the text', () => {
    const ok = { sentences: [sentence(3, true), sentence(2, false, 10)] };
    expect(readParsedArticle(ok, 20).sentences).toHaveLength(2);
    const badHead = { sentences: [{ ...sentence(3, true), head: [0, 1, 7] }] };
    expect(() => readParsedArticle(badHead, 20)).toThrow('sentence 0 is malformed');
    expect(() => readParsedArticle(ok, 5)).toThrow('sentence 1 is malformed');
    expect(() => readParsedArticle({ sentences: [{ ...sentence(2, false), rel: ['a', 'b'] }] }, 20)).toThrow();
    expect(() => readParsedArticle({}, 20)).toThrow('no sentences array');
  });

  it('accept a gender column of one character per token and reject one of another length', () => {
    expect(readParsedArticle({ sentences: [{ ...sentence(3, false), gender: '.M.' }] }, 20).sentences).toHaveLength(1);
    expect(() => readParsedArticle({ sentences: [{ ...sentence(3, false), gender: '.M' }] }, 20)).toThrow(
      'sentence 0 is malformed',
    );
  });

  it('list the chosen sentences still to parse, never one over the parser limit', () => {
    const article: ParsedArticle = { sentences: [sentence(3, true), sentence(2, false), sentence(121, false)] };
    expect(missingParses(article, [0, 1, 2, 9])).toEqual([1]);
  });

  it('merge new parses into an entry and refuse a parse of another text', () => {
    const base: ParsedArticle = { sentences: [sentence(3, false), sentence(2, false, 10)] };
    const update: ParsedArticle = { sentences: [sentence(3, true), sentence(2, true, 10)] };
    const merged = withParses(base, update, [1]);
    expect(merged.sentences[0]!.head).toBeNull();
    expect(merged.sentences[1]!.head).toEqual([0, 1]);
    expect(base.sentences[1]!.head).toBeNull();
    expect(() => withParses(base, { sentences: [sentence(3, true)] }, [0])).toThrow('different text');
  });
});
