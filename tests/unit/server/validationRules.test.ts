import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { aliasLimitRule, costLimitRule } from '../../../server/src/graphql/validationRules';

const schema = buildSchema(`type Node { id: ID, next: Node } type Query { node: Node }`);
const check = (query: string, limits = { depth: 3, fields: 100 }) =>
  validate(schema, parse(query), [...specifiedRules, costLimitRule(limits), aliasLimitRule(2)]);

describe('the cost validation rules', () => {
  it('accepts a query at the depth limit and refuses one level more, with BAD_USER_INPUT', () => {
    expect(check('{ node { next { id } } }')).toEqual([]);
    const [error] = check('query Deep { node { next { next { id } } } }');
    expect(error?.message).toBe('Deep: the query is 4 levels deep; at most 3');
    expect(error?.extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('counts depth through fragments and inline fragments', () => {
    expect(check('{ node { ...A } } fragment A on Node { next { ... on Node { next { id } } } }')[0]?.message).toMatch(
      /4 levels deep/,
    );
  });

  it('ignores introspection, which GraphiQL needs', () => {
    expect(check('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }')).toEqual([]);
  });

  it('refuses too many fields and too many aliases', () => {
    expect(check('{ node { id next { id } } }', { depth: 10, fields: 3 })[0]?.message).toMatch(
      /selects 4 fields; at most 3/,
    );
    expect(check('{ a: node { id } b: node { id } c: node { id } }')[0]?.message).toMatch(/more than 2 aliases/);
  });

  it('refuses a small document whose fragments spread each other twice, measuring each fragment once', () => {
    // 25 levels: 2^25 expanded fields from 1 KB; measured path by path this took 35 s and blocked every route.
    const levels = 25;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Node { ${i + 1 < levels ? `next { ...F${i + 1} } id ...F${i + 1}` : 'id'} }`,
    );
    const document = `{ node { ...F0 } } ${fragments.join(' ')}`;
    expect(document.length).toBeLessThan(2000);
    const errors = check(document, { depth: 100, fields: 2000 });
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/selects 2001 fields; at most 2000/)]);
  });

  it('still counts a fragment spread twice at its full size', () => {
    expect(
      check('{ node { ...A next { ...A } } } fragment A on Node { id next { id } }', { depth: 10, fields: 100 }),
    ).toEqual([]);
    expect(
      check('{ node { ...A next { ...A } } } fragment A on Node { id next { id } }', { depth: 10, fields: 6 })[0]
        ?.message,
    ).toMatch(/selects 7 fields/);
  });
});
