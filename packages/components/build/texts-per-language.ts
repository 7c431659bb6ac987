/**
 * For the script-tag build only: the texts of the four languages leave the code, and each
 * language loads when an element on the page needs it.
 *
 * The sources keep the four languages side by side (`{ nb, nn, sv, en }` records: the built-in
 * items, the instrument's texts, core's message sections, each element's strings), which is how
 * they are written and reviewed. Here, each such record in an exported value of a text module is
 * replaced by an empty object (a slot), and the export registers its slots with src/base/texts.ts
 * together with one `import()` per language of a generated module that holds that language's
 * value for each of its slots. Registration is a pure call: an export no element uses is dropped
 * by the bundler, and so are its texts (core's advice texts, which only core's report builder uses).
 * The elements wait for their language before they render, so what they read is the same object
 * path as before (`STRINGS[locale].next`, `item.text[locale]`).
 *
 * The values come from the module itself, evaluated here at build time; the rest of the module
 * (functions, other exports) is left as written. Only plain data can be split: a function, a class
 * instance or an object shared by two places inside an exported text value fails the build,
 * rather than being copied wrongly.
 */
import { pathToFileURL } from 'node:url';
import { LOCALES, type Locale } from '@balanse/core';
import { build } from 'esbuild';
import ts from 'typescript';
import { parseModule } from './parse-module.js';

const TEXT_LOCALES = LOCALES;
type TextLocale = Locale;

/** The import specifier of one export's texts in one language: `balanse-texts:<id>~<export>.<locale>`. */
export const textsSpecifier = (id: string, locale: TextLocale) => `balanse-texts:${id}.${locale}`;
export const TEXTS_PREFIX = 'balanse-texts:';

/** A record of the four languages, and nothing else. */
function isLocalized(value: unknown): value is Record<TextLocale, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === TEXT_LOCALES.length && TEXT_LOCALES.every((locale) => keys.includes(locale));
}

/** Whether `value` holds a record of the four languages anywhere. */
function hasTexts(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  if (isLocalized(value)) return true;
  return Object.values(value).some((v) => hasTexts(v, seen));
}

export interface SplitModule {
  /** The module's code with slots in place of the texts. */
  code: string;
  /** Per export (`<id>~<export>`), per language, the value of each of its slots. */
  values: Map<string, Record<TextLocale, unknown[]>>;
}

/**
 * Returns `source` (the module at `file`, whose evaluated exports are `exported`) with every
 * record of the four languages in its exported values replaced by a slot registered with
 * `registry` (the path of src/base/texts.ts), or `undefined` when it exports no texts. Keys in
 * `omit` are left out of every object of those values: data no element reads.
 */
export function splitTexts(
  source: string,
  file: string,
  exported: Record<string, unknown>,
  { id, registry, omit = [] }: { id: string; registry: string; omit?: readonly string[] },
): SplitModule | undefined {
  const sf = parseModule(file, source);
  /** Local name → exported name, and each top-level variable's declaration. */
  const exportOf = new Map<string, string>();
  const declarations = new Map<string, ts.VariableDeclaration>();
  for (const statement of sf.statements) {
    if (ts.isVariableStatement(statement)) {
      const exportedHere = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
      for (const d of statement.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) continue;
        declarations.set(d.name.text, d);
        if (exportedHere) exportOf.set(d.name.text, d.name.text);
      }
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.moduleSpecifier &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const e of statement.exportClause.elements) exportOf.set((e.propertyName ?? e.name).text, e.name.text);
    }
  }

  const seen = new Set<object>();
  const where = (path: string) => `texts-per-language: ${file}: ${path}`;
  /** The current export's slots: each record of the four languages once, by identity. */
  let slots = new Map<object, number>();
  let values = emptyValues();
  /** The skeleton of `value` as JavaScript: the same data with slots for the texts. */
  const skeleton = (value: unknown, path: string): string => {
    if (isLocalized(value)) {
      let slot = slots.get(value);
      if (slot === undefined) {
        slot = slots.size;
        slots.set(value, slot);
        for (const locale of TEXT_LOCALES) values[locale].push(plain(value[locale], `${path}.${locale}`));
      }
      return `__texts[${slot}]`;
    }
    if (value === undefined) return 'void 0';
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(where(`${path} is ${value}, which JSON cannot hold`));
      return JSON.stringify(value);
    }
    if (typeof value !== 'object') throw new Error(where(`${path} is a ${typeof value}, not data`));
    if (seen.has(value)) throw new Error(where(`${path} is an object used twice; it cannot be copied as one`));
    seen.add(value);
    const frozen = Object.isFrozen(value);
    let code: string;
    if (Array.isArray(value)) code = `[${value.map((v, i) => skeleton(v, `${path}[${i}]`)).join(',')}]`;
    else {
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new Error(where(`${path} is not a plain object`));
      code = `{${Object.entries(value)
        .filter(([k]) => !omit.includes(k))
        .map(([k, v]) => `${JSON.stringify(k)}:${skeleton(v, `${path}.${k}`)}`)
        .join(',')}}`;
    }
    return frozen ? `Object.freeze(${code})` : code;
  };
  /** A text value as JSON data (it is copied into each language's module). */
  const plain = (value: unknown, path: string): unknown => {
    const json = stringify(value);
    if (json === undefined || JSON.stringify(JSON.parse(json)) !== json || hasTexts(value))
      throw new Error(where(`${path} is not plain text data`));
    return value;
  };

  // Each export with texts becomes one pure call that makes its slots, registers them with one
  // loader per language and returns the skeleton: an export no element reads is dropped by the
  // bundler with its registration, and its texts are never loaded.
  const edits: { start: number; end: number; text: string }[] = [];
  const groups = new Map<string, Record<TextLocale, unknown[]>>();
  for (const [local, name] of exportOf) {
    const value = exported[name];
    if (!hasTexts(value)) continue;
    const declaration = declarations.get(local);
    if (!declaration?.initializer) throw new Error(where(`export ${name} is not a variable with a value`));
    slots = new Map();
    values = emptyValues();
    const body = skeleton(value, name);
    const group = `${id}~${name}`;
    groups.set(group, values);
    const loaders = TEXT_LOCALES.map((l) => `${l}: () => import(${JSON.stringify(textsSpecifier(group, l))})`).join(
      ', ',
    );
    edits.push({
      start: declaration.initializer.getStart(sf),
      end: declaration.initializer.end,
      text: `/* @__PURE__ */ __registerTexts(${slots.size}, { ${loaders} }, (__texts) => (${body}))`,
    });
  }
  if (groups.size === 0) return undefined;

  let code = source;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start))
    code = code.slice(0, start) + text + code.slice(end);
  const header = `import { registerTexts as __registerTexts } from ${JSON.stringify(registry)};\n`;
  return { code: header + code, values: groups };
}

/** `JSON.stringify`, whose result is undefined for a function or `undefined`, whatever the lib's types say. */
const stringify: (value: unknown) => string | undefined = JSON.stringify;

const emptyValues = () =>
  Object.fromEntries(TEXT_LOCALES.map((l) => [l, [] as unknown[]])) as Record<TextLocale, unknown[]>;

/** The exports of a module, evaluated: core's built JavaScript as it is, a TypeScript source bundled first. */
export async function evaluate(file: string): Promise<Record<string, unknown>> {
  if (file.endsWith('.js')) return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const bundled = await build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const [output] = bundled.outputFiles;
  if (!output) throw new Error(`texts-per-language: esbuild wrote nothing for ${file}`);
  const code = output.text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<
    string,
    unknown
  >;
}

/** Reads and splits `file`; the language modules' contents are kept for `languageModule`. */
export class TextsSplitter {
  readonly #values = new Map<string, Record<TextLocale, unknown[]>>();
  /** The modules that were split, by id. */
  readonly split = new Map<string, string>();

  /**
   * @param registry The path of src/base/texts.ts.
   * @param omit Per module id, keys of its exported data to leave out (see `splitTexts`).
   */
  constructor(
    private readonly registry: string,
    private readonly omit: Readonly<Record<string, readonly string[]>> = {},
  ) {}

  async transform(file: string, source: string, id: string): Promise<string | undefined> {
    const result = splitTexts(source, file, await evaluate(file), {
      id,
      registry: this.registry,
      omit: this.omit[id],
    });
    if (!result) return undefined;
    if (this.split.has(id) && this.split.get(id) !== file)
      throw new Error(`texts-per-language: two text modules are both called ${id}`);
    this.split.set(id, file);
    for (const [group, values] of result.values) this.#values.set(group, values);
    return result.code;
  }

  /** `export default [...]`: one export's texts in one language. */
  languageModule(specifier: string): string {
    const [id, locale] = splitSpecifier(specifier);
    const values = this.#values.get(id)?.[locale];
    if (!values) throw new Error(`texts-per-language: nothing split for ${specifier}`);
    return `export default ${JSON.stringify(values)};\n`;
  }
}

/** `balanse-texts:survey-strings~STRINGS.en` → `['survey-strings~STRINGS', 'en']`. */
export function splitSpecifier(specifier: string): [string, TextLocale] {
  const rest = specifier.slice(TEXTS_PREFIX.length);
  const dot = rest.lastIndexOf('.');
  const locale = rest.slice(dot + 1) as TextLocale;
  if (dot < 0 || !TEXT_LOCALES.includes(locale)) throw new Error(`texts-per-language: bad specifier ${specifier}`);
  return [rest.slice(0, dot), locale];
}
