// Edge ids as a slice names them, read back for edgeEvidence: a type, then two actor ids joined by "|" (MET) or "->".
import { BadInputError } from '../../../core/errors';
import { edgeKeys } from '../../../server/src/graphql/questionArgs';

describe('edge ids', () => {
  test('a meeting edge and a stance edge give their type and both ends, actor ids with colons intact', () => {
    expect(edgeKeys('q', ['MET:country:GB|official:us:stephen-biegun', 'OPPOSES:country:KP->country:US'])).toEqual([
      { type: 'MET', source: 'country:GB', target: 'official:us:stephen-biegun' },
      { type: 'OPPOSES', source: 'country:KP', target: 'country:US' },
    ]);
  });
  test('an unknown type, a missing end, the wrong joiner or no ids at all are refused, naming the bad one', () => {
    for (const bad of ['LIKES:country:GB->country:US', 'MET:country:GB', 'BACKS:country:GB|country:US', 42]) {
      expect(() => edgeKeys('q', ['MET:a|b', bad])).toThrow(BadInputError);
      expect(() => edgeKeys('q', ['MET:a|b', bad])).toThrow('edges[1]');
    }
    expect(() => edgeKeys('q', [])).toThrow('"edges" must list 1 to');
  });
});
