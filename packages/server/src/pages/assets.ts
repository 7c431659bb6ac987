/**
 * The static files the survey and report pages load: the components' script-tag bundles and the
 * default theme, from the installed @balanse/components, and the report page's own small script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BUILT_IN_VERSIONS } from '@balanse/core';
import { PAGE_STYLE } from './page-style.js';
import { REPORT_PAGE_SCRIPT } from './report-script.js';
import { SURVEY_PAGE_SCRIPT } from './survey-script.js';

const componentsDir = dirname(createRequire(import.meta.url).resolve('@balanse/components/package.json'));

/** URL name → file in @balanse/components' dist/. */
const FILES: Record<string, { path: string; type: string }> = {
  'balanse-survey.js': { path: 'dist/cdn/balanse-survey.js', type: 'text/javascript; charset=utf-8' },
  'balanse-report.js': { path: 'dist/cdn/balanse-report.js', type: 'text/javascript; charset=utf-8' },
  'default.css': { path: 'dist/themes/default.css', type: 'text/css; charset=utf-8' },
};

export interface Asset {
  body: string | Buffer;
  type: string;
}

const cache = new Map<string, Asset>();

export function asset(name: string): Asset | undefined {
  if (name === 'report-page.js') return { body: REPORT_PAGE_SCRIPT, type: 'text/javascript; charset=utf-8' };
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
  return Object.values(FILES)
    .map((f) => join(componentsDir, f.path))
    .filter((p) => !existsSync(p));
}
