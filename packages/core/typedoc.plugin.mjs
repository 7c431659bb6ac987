// A TypeDoc plugin for core's schema-derived types. Core names a schema's output as an interface
// (`interface Estimate extends Readonly<z.output<typeof estimate>> {}`), so the reference gives each
// type one page with its fields. Two things TypeDoc would print from that are noise to a reader:
// - the base `Readonly<output<typeof estimate>>` (or `ReadOnlyFields<…>`) and an "Inherited from
//   Readonly.mean" under every field: the private schema constant is not in the reference, and the
//   fields are the type's own;
// - a "default value" taken from the schema's field (`cut: number = score`): it is the validator
//   that checks the field, not a default. Only the fields of schema-derived interfaces lose it; a
//   constant's fields (`DEFAULT_OPTIONS.cut = ZONE_CUT`) keep theirs, which are real.
import { Converter, DeclarationReflection, ReflectionKind } from 'typedoc';

/**
 * A base that only makes the schema's output read-only: dropped from the page.
 *
 * @param {import('typedoc').SomeType} type
 */
const isReadonlyBase = (type) =>
  type.type === 'reference' && (type.name === 'Readonly' || type.name === 'ReadOnlyFields');

/**
 * A base that is a schema's type (`z.input<typeof OptionsSchema>`): kept, it links the schema.
 *
 * @param {import('typedoc').SomeType} type
 */
const isSchemaBase = (type) => type.type === 'reference' && (type.name === 'input' || type.name === 'output');

/** @param {import('typedoc').Reflection} reflection */
function dropSchemaDefaults(reflection) {
  if (reflection instanceof DeclarationReflection && reflection.kindOf(ReflectionKind.Property)) {
    reflection.defaultValue = undefined;
  }
  reflection.traverse((child) => {
    dropSchemaDefaults(child);
  });
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const declaration of context.project.getReflectionsByKind(ReflectionKind.Interface)) {
      if (!(declaration instanceof DeclarationReflection)) continue;
      const bases = declaration.extendedTypes ?? [];
      if (!bases.some((type) => isReadonlyBase(type) || isSchemaBase(type))) continue;
      dropSchemaDefaults(declaration);
      if (!bases.some(isReadonlyBase)) continue;
      const kept = bases.filter((type) => !isReadonlyBase(type));
      declaration.extendedTypes = kept.length > 0 ? kept : undefined;
      // TypeDoc has already drawn the hierarchy from the base; with the base gone, so is it.
      if (!declaration.extendedTypes) declaration.typeHierarchy = undefined;
      for (const child of declaration.children ?? []) {
        const from = child.inheritedFrom?.name ?? '';
        if (from.startsWith('Readonly.') || from.startsWith('ReadOnlyFields.')) child.inheritedFrom = undefined;
      }
    }
  });
}
