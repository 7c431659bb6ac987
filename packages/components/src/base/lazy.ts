/**
 * A module loaded with `import()` on first use and shared by every element on the page, for
 * code that must not delay the first paint: core's validation and recommendation (they bring
 * zod), the survey's sending.
 * A failed load (network, CSP) is forgotten, so the next caller tries again. Elements apply what
 * it loads through `BalanseElement.loadLazily`, which makes `updateComplete` wait for it.
 */
export interface LazyModule<T> {
  /** The module once loaded; undefined before. */
  readonly value: T | undefined;
  /** Loads it (once; again after a failure). */
  load(): Promise<T>;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get value() {
      return value;
    },
    load() {
      // An importer that throws at once fails like one whose promise rejects.
      loading ??= Promise.resolve()
        .then(importer)
        .then(
          (module) => (value = module),
          (error: unknown) => {
            loading = undefined;
            throw error;
          },
        );
      return loading;
    },
  };
}
