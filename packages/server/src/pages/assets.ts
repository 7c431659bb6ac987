/**
 * The static files the survey page loads: the components' script-tag build (the folder dist/cdn:
 * its entry and the chunks it loads, `/assets/cdn/<file>`) and the default theme, from the
 * installed @balanse/components, and the pages' own small stylesheet and script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BUILT_IN_VERSIONS } from '@balanse/core/instrument';
import { PAGE_STYLE } from './page-style.js';
import { SURVEY_PAGE_SCRIPT } from './survey-script.js';

const componentsDir = dirname(createRequire(import.meta.url).resolve('@balanse/components/package.json'));

/** URL name → file in @balanse/components' dist/. */
const FILES: Record<string, { path: string; type: string }> = {
  'default.css': { path: 'dist/themes/default.css', type: 'text/css; charset=utf-8' },
};

/** The script-tag build's folder and its record of every file it holds. */
const CDN_DIR = 'dist/cdn';
const CDN_CHUNKS = `${CDN_DIR}/chunks.json`;
/** The entry the pages load; the other files of the folder have a content hash in their names. */
export const CDN_ENTRY = '/assets/cdn/balanse.js';

export interface Asset {
  body: string | Buffer;
  type: string;
  /** Whether the name changes with the content (a chunk of the script-tag build): cache it for good. */
  immutable?: boolean;
}

/** One element's chunks, or one lazily loaded chunk's: its code and, per language, its texts. */
interface CdnChunks {
  js: string[];
  texts: Partial<Record<string, string[]>>;
}

/**
 * What chunks.json records (packages/components/build/cdn.ts): every file, each element's chunks,
 * and the chunks each file loaded with `import()` brings (`lazy`, by what it was made for).
 */
interface CdnRecord {
  files: Record<string, { role: string; of?: string }>;
  elements: Record<string, CdnChunks>;
  lazy: Record<string, CdnChunks>;
}

let cdnRecord: CdnRecord | undefined;

/** The script-tag build's record; undefined while the components are not built. */
function cdn(): CdnRecord | undefined {
  if (!cdnRecord) {
    const record = join(componentsDir, CDN_CHUNKS);
    if (!existsSync(record)) return undefined;
    cdnRecord = JSON.parse(readFileSync(record, 'utf8')) as CdnRecord;
  }
  return cdnRecord;
}

/**
 * The chunks the entry will load for a server-rendered `tag` in `locale`, as URLs to preload:
 * Lit's hydration with what it imports and the texts that registers, the element's code and its
 * texts. All of them at once, beside the entry, rather than one round trip after another (a
 * `modulepreload` fetches one module, not what it imports). Empty when the components are not built.
 */
export function cdnPreloads(tag: string, locale: string): string[] {
  const record = cdn();
  const element = record?.elements[tag];
  if (!record || !element) return [];
  const parts = [record.lazy.hydrate, element].filter((part) => part !== undefined);
  const files = new Set(parts.flatMap((part) => [...part.js, ...(part.texts[locale] ?? [])]));
  return [...files].map((name) => `/assets/cdn/${name}`);
}

/** A file of the script-tag build, by its name in chunks.json (nothing else of the folder is served). */
export function cdnAsset(name: string): Asset | undefined {
  const cdnFiles = cdn()?.files;
  if (!cdnFiles) return undefined;
  if (!Object.hasOwn(cdnFiles, name)) return undefined;
  const key = `cdn/${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const found: Asset = {
    body: readFileSync(join(componentsDir, CDN_DIR, name)),
    type: 'text/javascript; charset=utf-8',
    immutable: name !== 'balanse.js',
  };
  cache.set(key, found);
  return found;
}

const cache = new Map<string, Asset>();

export function asset(name: string): Asset | undefined {
  if (name === 'page.css') return { body: PAGE_STYLE, type: 'text/css; charset=utf-8' };
  if (name === 'survey-page.js') return { body: SURVEY_PAGE_SCRIPT, type: 'text/javascript; charset=utf-8' };
  // The built-in instrument of each version, for a round opened with one the bundle does not carry.
  const version = /^instrument-(.+)\.json$/.exec(name)?.[1];
  if (version !== undefined) {
    const found = Object.hasOwn(BUILT_IN_VERSIONS, version) ? BUILT_IN_VERSIONS[version] : undefined;
    return found ? { body: JSON.stringify(found), type: 'application/json; charset=utf-8' } : undefined;
  }
  const file = FILES[name];
  if (!file) return undefined;
  const hit = cache.get(name);
  if (hit) return hit;
  const path = join(componentsDir, file.path);
  if (!existsSync(path)) return undefined;
  const found = { body: readFileSync(path), type: file.type };
  cache.set(name, found);
  return found;
}

/** Whether the components are built: without their bundles the pages cannot show anything. */
export function assetsMissing(): string[] {
  return [...Object.values(FILES).map((f) => f.path), CDN_CHUNKS]
    .map((path) => join(componentsDir, path))
    .filter((p) => !existsSync(p));
}
