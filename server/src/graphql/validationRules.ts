// GraphQL validation rules checked before anything runs: queries only, and bounded depth, aliases and field count.
import {
  GraphQLError,
  Kind,
  type ASTNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';

/**
 * 8, not more: @neo4j/graphql turns each level into nested CALL subqueries whose planning time doubles per level
 * (measured on Neo4j 5.26: depth 5 about 1 s, 7 about 3 s, 8 about 7 s, 10 past 20 s on a 14-node graph); the
 * contract's questions need at most 5.
 */
export const MAX_QUERY_DEPTH = 8;
export const MAX_ALIASES = 30;
export const MAX_FIELDS = 2_000;

interface Cost {
  depth: number;
  fields: number;
}

/**
 * Depth and field count of a selection, fragments expanded; introspection (`__schema`, `__type`) is exempt because
 * GraphiQL's own introspection query is deep and harmless. Linear in the document: each fragment is measured once
 * (`memo`) however often it is spread, and the count stops growing past the limit, so a small document that
 * expands into billions of fields (fragments spreading each other twice) costs no more than its size to refuse.
 */
function measure(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  memo: Map<string, Cost | 'visiting'>,
  cap: number,
): Cost {
  let depth = 0;
  let fields = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const inner = selection.selectionSet
        ? measure(selection.selectionSet, fragments, memo, cap)
        : { depth: 0, fields: 0 };
      depth = Math.max(depth, inner.depth + 1);
      fields += inner.fields + 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = measure(selection.selectionSet, fragments, memo, cap);
      depth = Math.max(depth, inner.depth);
      fields += inner.fields;
    } else {
      const name = selection.name.value;
      const known = memo.get(name);
      // A fragment inside itself is a cycle; the built-in NoFragmentCycles rule reports it.
      if (known === 'visiting') continue;
      let inner = known;
      if (inner === undefined) {
        const target = fragments[name];
        if (target === undefined) continue;
        memo.set(name, 'visiting');
        inner = measure(target.selectionSet, fragments, memo, cap);
        memo.set(name, inner);
      }
      depth = Math.max(depth, inner.depth);
      fields += inner.fields;
    }
    if (fields > cap) fields = cap + 1;
  }
  return { depth, fields };
}

function refuse(message: string, node: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } });
}

export function costLimitRule(limits = { depth: MAX_QUERY_DEPTH, fields: MAX_FIELDS }): ValidationRule {
  return (context) => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    return {
      OperationDefinition(operation) {
        const cost = measure(operation.selectionSet, fragments, new Map(), limits.fields);
        const name = operation.name?.value ?? 'anonymous operation';
        if (cost.depth > limits.depth)
          context.reportError(
            refuse(`${name}: the query is ${cost.depth} levels deep; at most ${limits.depth}`, operation),
          );
        if (cost.fields > limits.fields)
          context.reportError(
            refuse(`${name}: the query selects ${cost.fields} fields; at most ${limits.fields}`, operation),
          );
      },
    };
  };
}

export function aliasLimitRule(max = MAX_ALIASES): ValidationRule {
  return (context) => {
    let aliases = 0;
    let reported = false;
    return {
      Field(field) {
        if (field.alias === undefined) return;
        aliases += 1;
        if (aliases > max && !reported) {
          reported = true;
          context.reportError(refuse(`the query uses more than ${max} aliases (at "${field.alias.value}")`, field));
        }
      },
    };
  };
}

/**
 * The generated API is read-only: subscriptions are refused, and a mutation only when it names a field outside
 * `allowed` (the contract's curation mutations), by name, instead of failing inside execution.
 */
export function queriesOnlyRule(allowed: ReadonlySet<string> = new Set()): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (operation.operation === 'query') return;
      const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
      const others = operation.selectionSet.selections.some((s) => s.kind !== Kind.FIELD);
      if (operation.operation === 'mutation' && !others && fields.every((f) => allowed.has(f))) return;
      context.reportError(
        refuse(
          operation.operation === 'mutation'
            ? `mutation ${fields.filter((f) => !allowed.has(f)).join(', ') || '(fragment)'} is not supported: the graph is read-only except for curation (${[...allowed].join(', ')})`
            : `${operation.operation} operations are not supported: the Entente API is read-only`,
          operation,
        ),
      );
    },
  });
}
