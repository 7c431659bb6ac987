/**
 * JSON Schemas of the documents Balanse exchanges, generated from @balanse/core's zod schemas so
 * the docs can never drift from the code (schemas.test.ts fails if they do). Regenerate with
 * `pnpm docs:schemas`. Servers in any language can validate with these.
 */
import * as z from 'zod/mini';
import { InstrumentSchema, ReportSchema, ResponseSchema, SubmissionSchema } from '@balanse/core/schemas';

const SCHEMAS = {
  submission: {
    schema: SubmissionSchema,
    title: 'Balanse survey submission',
    description:
      'The JSON document <balanse-survey> POSTs to its endpoint, with the header Idempotency-Key: <submissionId>.',
  },
  response: {
    schema: ResponseSchema,
    title: 'Balanse response',
    description: 'One person’s answers, as every @balanse/core scoring function takes them.',
  },
  report: {
    schema: ReportSchema,
    title: 'Balanse report',
    description: 'The localized, aggregated department report that buildReport produces and <balanse-report> renders.',
  },
  instrument: {
    schema: InstrumentSchema,
    title: 'Balanse instrument',
    description:
      'A survey instrument: the built-in one or a custom one (other items, reverse keying, other scale lengths).',
  },
} as const;

export type SchemaName = keyof typeof SCHEMAS;
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

/** The JSON Schema of one document, as pretty-printed JSON text. */
export function jsonSchemaText(name: SchemaName): string {
  const { schema, title, description } = SCHEMAS[name];
  // Refinements (cross-field rules) cannot be expressed in JSON Schema; they are named in the docs.
  const json = z.toJSONSchema(schema as z.ZodMiniType, { unrepresentable: 'any', io: 'input' });
  return `${JSON.stringify({ title, description, ...json }, null, 2)}\n`;
}
