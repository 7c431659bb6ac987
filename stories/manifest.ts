/**
 * The manifest as Storybook's controls should see it: an element's public API only. Static and
 * protected members (`define`, `formAssociated`, `updateLocale`) are there for subclasses and
 * registration, not for a story's controls; an attribute that reflects a property is shown once,
 * as the property, since the Playground sets properties.
 */
interface Member {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
}
interface Declaration {
  kind: string;
  members?: Member[];
  attributes?: { name: string; fieldName?: string }[];
  customElement?: boolean;
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

export function publicManifest<T>(manifest: T): T {
  const copy = structuredClone(manifest) as unknown as Manifest;
  for (const mod of copy.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement) continue;
      declaration.members = declaration.members?.filter((m) => !m.static && (m.privacy ?? 'public') === 'public');
      declaration.attributes = declaration.attributes?.filter((a) => !a.fieldName);
    }
  }
  return copy as unknown as T;
}
