/**
 * The built files of @balanse/admin (its `dist/`): the app's and the leader page's modules, the
 * chunks they share, and the page stylesheet. Names are checked against a plain pattern, so no
 * path can leave the folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Asset } from './assets.js';

const adminDir = join(dirname(createRequire(import.meta.url).resolve('@balanse/admin/package.json')), 'dist');
const TYPES = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
} as const;
const isServed = (ext: string | undefined): ext is keyof typeof TYPES => ext !== undefined && Object.hasOwn(TYPES, ext);
const cache = new Map<string, Asset>();

export function appAsset(name: string): Asset | undefined {
  const [, ext] = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,100}\.(js|css|map)$/.exec(name) ?? [];
  if (!isServed(ext)) return undefined;
  const hit = cache.get(name);
  if (hit) return hit;
  const path = join(adminDir, name);
  if (!existsSync(path)) return undefined;
  const found = { body: readFileSync(path), type: TYPES[ext] };
  cache.set(name, found);
  return found;
}

/** Whether the app is built: without it, /admin and the leader's page have nothing to load. */
export function appMissing(): string[] {
  return ['admin.js', 'leader.js', 'app.css'].map((f) => join(adminDir, f)).filter((p) => !existsSync(p));
}
