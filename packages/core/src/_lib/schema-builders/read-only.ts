/**
 * A schema's output as core hands it out: every field read-only, and the arrays and tuples in
 * them too. For the shapes a report shares (`shapes.ts`), where `z.readonly` would also mark the
 * published report JSON Schema `readOnly` and bring zod's readonly wrapper into the report's chunk.
 */
export type ReadOnlyFields<T> = {
  readonly [K in keyof T]: T[K] extends readonly unknown[] ? Readonly<T[K]> : T[K];
};
