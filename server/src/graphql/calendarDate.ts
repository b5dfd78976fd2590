// The contract's CalendarDate scalar: a real calendar day written YYYY-MM-DD, in and out, never a time or a time zone.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isDate } from 'neo4j-driver';
import { isIsoDate } from '../../../core/model';

function refuse(value: unknown): never {
  throw new GraphQLError(`CalendarDate must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Strict where @neo4j/graphql's own Date is lenient: that one goes through JavaScript's Date, so "2019-02-30" becomes
 * 2 March and a local time zone can shift the day. Here the text is the value: checked, then passed on as a string.
 */
export const calendarDateScalar = new GraphQLScalarType<string, string>({
  name: 'CalendarDate',
  description: 'A calendar day, YYYY-MM-DD (a real date: 2019-02-30 is refused).',
  serialize: (value) => {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    // Neo4j DATE values from the driver, before our result converter has made them strings.
    if (isDate(value as object)) return String(value);
    throw new GraphQLError(`CalendarDate cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: (value) => (typeof value === 'string' && isIsoDate(value) ? value : refuse(value)),
  parseLiteral: (ast) =>
    ast.kind === Kind.STRING && isIsoDate(ast.value) ? ast.value : refuse('value' in ast ? ast.value : ast.kind),
});
