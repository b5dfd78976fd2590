import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse } from 'graphql';
import { BadInputError, NotFoundError } from '../../../core/errors';
import { formatGraphQLError } from '../../../server/src/errorMapping';
import { jitGateway } from '../../../server/src/graphql/jitExecutor';

const typeDefs = `
  type Item { id: ID! name: String tags: [String!]! next: Item }
  type Query { items(count: Int!): [Item!]! failing: Item missing: Item }
  type Mutation { add(name: String!): Int! }
`;

function fixture() {
  let resolved = 0;
  let added = 0;
  const item = (i: number): Record<string, unknown> => ({
    id: `item:${i}`,
    name: i % 2 ? null : `n${i}`,
    tags: ['a', `t${i}`],
  });
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: {
      Query: {
        items: (_: unknown, { count }: { count: number }) => {
          resolved++;
          return Array.from({ length: count }, (_, i) => ({ ...item(i), next: item(i + 1) }));
        },
        failing: () => {
          throw new BadInputError('failing: "x" must be a whole number');
        },
        missing: async () => {
          throw new NotFoundError('missing: no actor x');
        },
      },
      Mutation: { add: () => ++added },
    },
  });
  const server = new ApolloServer({ gateway: jitGateway(schema), formatError: formatGraphQLError(true) });
  return { schema, server, resolvedCount: () => resolved };
}

async function run(server: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, ...(variables === undefined ? {} : { variables }) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('the compiled GraphQL executor', () => {
  const { schema, server, resolvedCount } = fixture();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('answers a query with nested lists, nulls and aliases exactly as graphql-js does', async () => {
    const query = 'query Q($n: Int!) { items(count: $n) { id name tags other: next { id name } } }';
    const expected = await execute({ schema, document: parse(query), variableValues: { n: 3 } });
    expect(await run(server, query, { n: 3 })).toEqual(JSON.parse(JSON.stringify(expected)));
    // The second run uses the compiled query kept from the first.
    expect(await run(server, query, { n: 3 })).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('keeps a resolver error’s code, message, location and path, sync or async', async () => {
    const result = await run(server, '{\n  items(count: 1) { id }\n  failing { id }\n}');
    expect(result.data).toEqual({ items: [{ id: 'item:0' }], failing: null });
    expect(result.errors).toEqual([
      {
        message: 'failing: "x" must be a whole number',
        locations: [{ line: 3, column: 3 }],
        path: ['failing'],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    const missing = await run(server, '{ missing { id } }');
    expect(missing.errors?.[0]).toMatchObject({ path: ['missing'], extensions: { code: 'NOT_FOUND' } });
  });

  it('reports a variable that does not coerce as BAD_USER_INPUT, without running a resolver', async () => {
    const before = resolvedCount();
    const result = await run(server, 'query Q($n: Int!) { items(count: $n) { id } }', { n: 'many' });
    expect(result.errors?.[0]?.message).toMatch(/^Variable "\$n" got invalid value "many"/);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(resolvedCount()).toBe(before);
  });

  it('runs mutations, field after field in order', async () => {
    const result = await run(server, 'mutation { a: add(name: "x") b: add(name: "y") }');
    expect(result.data).toEqual({ a: 1, b: 2 });
  });
});
