/**
 * custom-elements.json (made by `pnpm build`, see custom-elements-manifest.config.mjs) carries
 * every element's API as its class JSDoc header and `static properties` state it: tag, properties
 * and attributes, events with their detail types, parts, custom properties and custom states.
 * Editors, Storybook's controls and the docs read it, so a tag the analyzer drops fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { definedElements } from '../scripts/elements.js';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Named {
  name: string;
  description?: string;
}
interface Declaration extends Named {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  members?: (Named & { kind: string; attribute?: string; privacy?: string })[];
  attributes?: (Named & { fieldName?: string })[];
  events?: (Named & { type?: { text: string } })[];
  cssParts?: Named[];
  cssProperties?: Named[];
  cssStates?: Named[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string } }[];
  }[];
}

const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as Manifest;
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);

/** tag → class, from each folder's define.ts (`BalanseX.define('balanse-x')`), the same source the plugin reads. */
const defined = new Map<string, string>();
for (const { define } of definedElements()) {
  for (const [, className, tag] of readFileSync(define, 'utf8').matchAll(/(\w+)\.define\('([\w-]+)'\)/g)) {
    defined.set(tag!, className!);
  }
}

/** The element's class source: its JSDoc header and its `static properties`. */
function sourceOf(className: string): { header: string; properties: string } {
  for (const dir of readdirSync(`${root}src`, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(`${root}src/${dir.name}`).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    )) {
      const text = readFileSync(`${root}src/${dir.name}/${file}`, 'utf8');
      const at = text.indexOf(`export class ${className} `);
      if (at < 0) continue;
      const header = text.slice(text.lastIndexOf('/**', at), at);
      const properties = /static override properties = \{([\s\S]*?)\n {2}\};/.exec(text.slice(at))?.[1] ?? '';
      return { header, properties };
    }
  }
  throw new Error(`No source for ${className}`);
}

const tagged = (header: string, tag: string) =>
  [...header.matchAll(new RegExp(`@${tag}\\s+(?:\\{[^}]*\\}\\s+)?([\\w-]+)`, 'g'))].map((m) => m[1]!);
const names = (list: Named[] | undefined) => (list ?? []).map((item) => item.name);

describe('custom-elements.json', () => {
  it('declares exactly the registered tags as custom elements', () => {
    const elements = declarations.filter((d) => d.customElement);
    expect(Object.fromEntries(elements.map((d) => [d.tagName, d.name]))).toEqual(Object.fromEntries(defined));
  });

  describe.each([...defined])('<%s>', (tag, className) => {
    const declaration = declarations.find((d) => d.tagName === tag)!;
    const { header, properties } = sourceOf(className);

    it('is exported as a definition from its define module', () => {
      const definitions = manifest.modules
        .flatMap((m) => m.exports ?? [])
        .filter((e) => e.kind === 'custom-element-definition');
      expect(definitions.find((e) => e.name === tag)?.declaration.name).toBe(className);
    });

    it('has a description from @summary', () => {
      expect(declaration.description?.length).toBeGreaterThan(20);
    });

    it('lists every public property, and an attribute for each that has one', () => {
      const entries = [...properties.matchAll(/^\s{4}(\w+): \{([^}]*)\}/gm)].map(([, name, options]) => ({
        name: name!,
        options: options!,
      }));
      const reactive = entries.filter((e) => !/state: true/.test(e.options));
      expect(reactive.length).toBeGreaterThan(0);
      const members = names(declaration.members);
      for (const { name, options } of reactive) {
        expect(members, name).toContain(name);
        const attribute = /attribute: false/.test(options)
          ? null
          : (/attribute: '([\w-]+)'/.exec(options)?.[1] ?? name.toLowerCase());
        if (attribute) expect(names(declaration.attributes), name).toContain(attribute);
        else expect(names(declaration.attributes), name).not.toContain(name);
      }
      // Internal state (`state: true`, the inherited `locale` too) and private fields are not API.
      for (const { name } of entries.filter((e) => /state: true/.test(e.options))) expect(members).not.toContain(name);
      expect(members).not.toContain('locale');
      expect(members.filter((m) => m.startsWith('#'))).toEqual([]);
    });

    it('lists every event of @fires, each balanse-* event with its class and detail type', () => {
      expect(names(declaration.events).sort()).toEqual(tagged(header, 'fires').sort());
      for (const event of (declaration.events ?? []).filter((e) => e.name.startsWith('balanse-'))) {
        expect(event.type?.text, event.name).toMatch(/^Balanse\w+Event$/);
        expect(declarations.find((d) => d.name === event.type!.text)?.superclass?.name, event.name).toBe('CustomEvent');
        expect(event.description, event.name).toMatch(/^Detail `Balanse\w+Detail`/);
      }
    });

    it('lists every @csspart, @cssproperty and @cssstate with its description', () => {
      for (const [tag, list] of [
        ['csspart', declaration.cssParts],
        ['cssproperty', declaration.cssProperties],
        ['cssstate', declaration.cssStates],
      ] as const) {
        expect(names(list), tag).toEqual(tagged(header, tag));
        for (const item of list ?? []) expect(item.description, `${tag} ${item.name}`).toBeTruthy();
      }
    });
  });
});
