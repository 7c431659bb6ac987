/**
 * Every relative link and picture in the documentation points at something that exists: a page,
 * a file, a picture (docs/images/, made by scripts such as `pnpm docs:admin-screenshots`), and,
 * where the link names a heading of a Markdown page (`page.md#heading`), that heading. A page
 * nobody can reach, or a picture that is not there, is a feature nobody can find.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { elementPages } from './pages.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function markdownUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const pages = [
  join(root, 'README.md'),
  ...markdownUnder(join(root, 'docs')),
  ...elementPages(root),
  ...readdirSync(join(root, 'packages'))
    .map((name) => join(root, 'packages', name, 'README.md'))
    .filter((path) => existsSync(path)),
];

/** The text without fenced code blocks and inline code, where `[a](b)` is an example, not a link. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\S\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(path: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of prose(readFileSync(path, 'utf8')).split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of readFileSync(path, 'utf8').matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(m[1]!);
  return anchors;
}

interface Link {
  page: string;
  href: string;
}

const links: Link[] = pages.flatMap((page) =>
  [...prose(readFileSync(page, 'utf8')).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((m) => m[1]!)
    .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href))
    .map((href) => ({ page: relative(root, page), href })),
);

describe('every relative link in the docs resolves', () => {
  it('finds links, pictures among them', () => {
    expect(links.length).toBeGreaterThan(100);
    expect(links.some((l) => l.href.endsWith('.png'))).toBe(true);
  });

  const byPage = pages
    .map((path) => relative(root, path))
    .map((page) => [page, links.filter((l) => l.page === page)] as const)
    .filter(([, own]) => own.length > 0);
  it.each(byPage)('%s', (page, own) => {
    const broken = own.flatMap(({ href }) => {
      const [path = '', anchor] = href.split('#');
      const target = path ? resolve(dirname(join(root, page)), decodeURIComponent(path)) : join(root, page);
      if (!existsSync(target)) return [`${href}: no such file`];
      if (anchor && target.endsWith('.md') && !anchorsOf(target).has(decodeURIComponent(anchor))) {
        return [`${href}: no heading with the anchor #${anchor}`];
      }
      return [];
    });
    expect(broken).toEqual([]);
  });
});
