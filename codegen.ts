// GraphQL Code Generator: the contract (server/src/graphql/graphQuestions.graphql) is the one source of the API's types.
// `npm run codegen` writes them; build and typecheck run it first, so a resolver or a client query that disagrees with
// the schema fails the type check. The generated folders are not committed.
import type { CodegenConfig } from '@graphql-codegen/cli';

const shared = {
  // The contract's enums are string literals in TypeScript, as core/model.ts spells them.
  enumsAsTypes: true,
  useTypeImports: true,
  scalars: { ID: 'string', CalendarDate: 'string' },
};

const config: CodegenConfig = {
  overwrite: true,
  schema: 'server/src/graphql/graphQuestions.graphql',
  generates: {
    'server/src/graphql/generated/graphQuestionTypes.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        // Resolvers return plain rows; a field that may be absent is null, never undefined.
        avoidOptionals: { field: true },
        maybeValue: 'T | null',
        contextType: 'unknown',
      },
    },
    'client/src/generated/graphQuestionTypes.ts': {
      documents: 'client/src/graphql/questions.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      // Strings, not parsed documents: the page posts the text and needs no graphql-js at run time.
      config: {
        ...shared,
        documentMode: 'string',
        avoidOptionals: { field: true, inputValue: false },
        maybeValue: 'T | null',
      },
    },
  },
};

export default config;
