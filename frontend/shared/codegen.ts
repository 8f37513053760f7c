import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The one place that says which schema the frontend types are generated from.
 *
 * House rule 7: the authoritative schema is the committed, generated `api/schema.graphql`
 * (the hand-written contract it implements is `../../docs/api-contract.graphql`).
 * After changing the schema or a document, run `npm run codegen` and commit src/gql/.
 */
export const SCHEMA_PATH = '../../api/schema.graphql';

/** `codegen:check` generates into a scratch folder and compares it with the committed output. */
const OUT_DIR = process.env.ZYK_CODEGEN_OUT ?? './src/gql/';

const config: CodegenConfig = {
  schema: SCHEMA_PATH,
  documents: ['src/documents/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    [OUT_DIR]: {
      preset: 'client',
      presetConfig: {
        // Fragments describe what each page section needs; masking would force every section to
        // unwrap them, which buys nothing in a single SPA.
        fragmentMasking: false,
      },
      config: {
        // Documents are sent as plain strings, so the bundle does not need the graphql runtime.
        documentMode: 'string',
        enumsAsTypes: true,
        // Only what our documents use: unrelated schema changes (e.g. Wagtail's own types) leave
        // the generated files alone, so codegen:check fails only when it matters to us.
        onlyOperationTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
