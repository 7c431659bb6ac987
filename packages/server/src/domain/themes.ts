/**
 * A tenant's theme: one of the shipped themes of @balanse/components as the base, and design
 * tokens pasted over it. Only Balanse's global tokens are accepted, each with a plain CSS value of
 * its kind (a colour, a length, a font list…): nothing that could close the declaration, load a
 * resource or run anything. The theme reaches pages as a stylesheet the server serves
 * (`/t/:tenant/theme.css`), so a strict Content-Security-Policy holds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TOKENS, type TokenName } from '@balanse/components';
import * as z from 'zod';
import { today } from '../context.js';
import type { Queryable } from '../db/database.js';
import { invalid } from '../http/errors.js';

const themesDir = join(
  dirname(createRequire(import.meta.url).resolve('@balanse/components/package.json')),
  'dist/themes',
);

/** The shipped themes, by file name: `default`, `ember`, `fjord`… */
export function shippedThemes(): string[] {
  if (!existsSync(themesDir)) return ['default'];
  return readdirSync(themesDir)
    .filter((f) => /^[a-z][a-z0-9-]*\.css$/.test(f))
    .map((f) => f.replace(/\.css$/, ''))
    .sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b)));
}

const shippedCss = (id: string) => {
  const path = join(themesDir, `${id}.css`);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

/** The light-mode declarations a shipped theme sets on the root (its first `:where(:root)` block). */
function shippedTokens(id: string): Record<string, string> {
  const block = /:where\(:root\)\s*\{([^}]*)\}/.exec(shippedCss(id))?.[1] ?? '';
  const out: Record<string, string> = {};
  for (const [, name, value] of block.matchAll(/--balanse-([a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    if (name !== undefined && value !== undefined) out[name] = value.trim();
  }
  return out;
}

// The kinds of value a token takes, each a plain CSS value with no way out of its declaration:
// no `;`, braces, `url(`, `\`, comments or at-rules can pass any of these patterns.
const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const KINDS = {
  colour: {
    rule: 'must be a colour such as #1d5c87, rgb(29 92 135), hsl(205 65% 32%) or a colour name',
    test: new RegExp(
      String.raw`^(?:#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|[a-z]{3,30}|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*[0-9.%\s,/deg+-]{1,80}\))$`,
      'i',
    ),
  },
  length: {
    rule: 'must be a length such as 8px, 0.5rem or 1em',
    test: new RegExp(String.raw`^(?:0|${NUMBER}(?:px|rem|em|%|ch|ex|vw|vh|pt))$`),
  },
  fontFamily: {
    rule: 'must be a list of font names such as "Source Sans 3", system-ui, sans-serif',
    test: /^(?:"[^"\\;{}<>]{1,60}"|'[^'\\;{}<>]{1,60}'|[a-z][a-z0-9 -]{0,60})(?:\s*,\s*(?:"[^"\\;{}<>]{1,60}"|'[^'\\;{}<>]{1,60}'|[a-z][a-z0-9 -]{0,60}))*$/i,
  },
  fontWeight: {
    rule: 'must be a font weight from 100 to 900, normal or bold',
    test: /^(?:[1-9]00|normal|bold|bolder|lighter)$/,
  },
  lineHeight: {
    rule: 'must be a line height such as 1.5, 24px or normal',
    test: new RegExp(String.raw`^(?:normal|${NUMBER}(?:px|rem|em|%)?)$`),
  },
  duration: { rule: 'must be a duration such as 180ms or 0.2s', test: new RegExp(String.raw`^${NUMBER}(?:ms|s)$`) },
  easing: {
    rule: 'must be an easing such as ease-out or cubic-bezier(0.2, 0, 0, 1)',
    test: new RegExp(
      String.raw`^(?:ease|ease-in|ease-out|ease-in-out|linear|step-start|step-end|cubic-bezier\(\s*${NUMBER}\s*(?:,\s*${NUMBER}\s*){3}\))$`,
    ),
  },
} as const;

function kindOf(name: TokenName): keyof typeof KINDS {
  if (name.startsWith('color-')) return 'colour';
  if (name === 'font-family') return 'fontFamily';
  if (name === 'font-weight-strong') return 'fontWeight';
  if (name === 'line-height') return 'lineHeight';
  if (name === 'duration') return 'duration';
  if (name === 'easing') return 'easing';
  return 'length';
}

const TOKEN_NAMES = Object.keys(TOKENS) as TokenName[];
const MAX_TOKENS = TOKEN_NAMES.length;

export const ThemeInputSchema = z
  .object({
    base: z.string({ error: 'must be the name of a shipped theme' }),
    tokens: z.record(z.string(), z.unknown(), { error: 'must be an object of token names and CSS values' }).optional(),
  })
  .strict();

export interface Theme {
  /** The shipped theme underneath. */
  base: string;
  /** Tokens over it, by name without the `--balanse-` prefix. */
  tokens: Record<string, string>;
}

/** One pasted token: its name without the prefix and its value, or the rule it breaks. */
function checkToken(key: string, raw: unknown): { name: string; value: string } | { rule: string } {
  const name = key.trim().replace(/^--balanse-/, '');
  if (!(TOKEN_NAMES as string[]).includes(name)) {
    return { rule: `is not a token of Balanse (the tokens are ${TOKEN_NAMES.join(', ')})` };
  }
  if (typeof raw !== 'string') return { rule: 'must be a CSS value as text' };
  const value = raw.trim();
  const kind = KINDS[kindOf(name as TokenName)];
  if (value.length === 0 || value.length > 200 || !kind.test.test(value)) return { rule: kind.rule };
  return { name, value };
}

/** Checks a theme: a known base, known token names, and a plain value of the right kind for each. */
export function validateTheme(input: z.infer<typeof ThemeInputSchema>): Theme {
  if (!shippedThemes().includes(input.base)) {
    throw invalid('base', `must be one of ${shippedThemes().join(', ')}`);
  }
  const entries = Object.entries(input.tokens ?? {});
  if (entries.length > MAX_TOKENS) throw invalid('tokens', `must have at most ${MAX_TOKENS} tokens`);
  const tokens: Record<string, string> = {};
  for (const [key, raw] of entries) {
    const checked = checkToken(key, raw);
    if ('rule' in checked) throw invalid(`tokens.${key}`, checked.rule);
    tokens[checked.name] = checked.value;
  }
  return { base: input.base, tokens };
}

/** Every token's value under a theme (defaults, then the base, then the tenant's tokens): for previews. */
export function resolvedTokens(theme: Theme): Record<string, string> {
  return { ...TOKENS, ...(theme.base === 'default' ? {} : shippedTokens(theme.base)), ...theme.tokens };
}

export const DEFAULT_THEME: Theme = { base: 'default', tokens: {} };

export async function getTheme(q: Queryable, tenantId: string): Promise<Theme> {
  const rows = await q.query<{ base: string; tokens: Record<string, string> }>(
    'SELECT base, tokens FROM tenant_theme WHERE tenant_id = $1',
    [tenantId],
  );
  return rows[0] ? { base: rows[0].base, tokens: rows[0].tokens } : DEFAULT_THEME;
}

export async function saveTheme(q: Queryable, tenantId: string, theme: Theme): Promise<void> {
  await q.query(
    `INSERT INTO tenant_theme (tenant_id, base, tokens, updated_on) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (tenant_id) DO UPDATE SET base = excluded.base, tokens = excluded.tokens, updated_on = excluded.updated_on`,
    [tenantId, theme.base, JSON.stringify(theme.tokens), today()],
  );
}

/**
 * The stylesheet of a theme, loaded after default.css: the shipped base theme as it is, then the
 * tenant's tokens in the same `balanse.client` layer, so they win over the base and lose to the
 * page's own unlayered rules. Stored values were checked when saved; they are checked again here,
 * and one that no longer passes (a token renamed in a later version) is left out.
 */
export function themeCss(theme: Theme): string {
  const base = theme.base !== 'default' && shippedThemes().includes(theme.base) ? `${shippedCss(theme.base)}\n` : '';
  const lines = Object.entries(theme.tokens).flatMap(([key, raw]) => {
    const checked = checkToken(key, raw);
    return 'rule' in checked ? [] : [`    --balanse-${checked.name}: ${checked.value};`];
  });
  if (!base && lines.length === 0) return ''; // the default theme: default.css says it all
  return `@layer balanse.default, balanse.client;\n${base}${
    lines.length > 0 ? `@layer balanse.client {\n  :where(:root) {\n${lines.join('\n')}\n  }\n}\n` : ''
  }`;
}
