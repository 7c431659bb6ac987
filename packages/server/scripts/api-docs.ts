/**
 * docs/server/http-api.md, generated from the route table (src/http/route-table.ts): every route
 * with who may call it, what it takes (the JSON Schema of the zod schema the handler validates
 * with) and what it answers. `pnpm docs:server-api` writes it; test/api-docs.test.ts fails when
 * the page and the code disagree.
 */
import * as z from 'zod';
import { createApp } from '../src/app.js';
import type { ServerContext } from '../src/context.js';
import { ROUTES, type Access, type RouteSpec } from '../src/http/route-table.js';

const ACCESS: Record<Access, string> = {
  public: 'anyone',
  capability: 'whoever holds the link',
  operator: 'operator token',
  admin: 'the tenant’s admin token, or the operator token',
  raw: 'the tenant’s raw-data token only',
};

function schemaOf(s: RouteSpec['body'] | RouteSpec['query']): z.ZodType | undefined {
  if (!s) return undefined;
  if (s instanceof z.ZodType) return s;
  return 'schema' in s ? s.schema : undefined;
}

function jsonSchema(schema: z.ZodType): string {
  const out = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete out.$schema;
  return JSON.stringify(out, null, 2);
}

/** The routes as the app registers them, without a database (registration touches none). */
export function routes(): RouteSpec[] {
  const unused = new Proxy({}, { get: () => () => Promise.reject(new Error('not in docs generation')) });
  createApp({
    db: unused,
    keys: { key: Buffer.alloc(32) },
    publicUrl: undefined,
    operatorHash: undefined,
    log: () => {},
    surveyTargets: new Map(),
  } as unknown as ServerContext);
  return ROUTES;
}

export function apiMarkdown(all: readonly RouteSpec[] = routes()): string {
  const out: string[] = [
    '# The HTTP API of @balanse/server',
    '',
    '*For developers and administrators who script rounds, and for whoever checks the server from outside.*',
    '',
    '<!-- Generated from packages/server/src/http (the route table) by `pnpm docs:server-api`. Do not edit by hand: a test compares this page with the code. -->',
    '',
    'JSON in and out unless a route says otherwise. Admin calls carry `Authorization: Bearer <token>`:',
    'without a token, or with a wrong, expired or revoked one, they answer `401`; with a valid token',
    'of another tenant or of the wrong role, `403`. Every refusal has the body',
    '`{ "error": { "code", "message", "field"?, "rule"?, "row"? } }`, naming the field and the rule broken.',
    'A body over its limit is `413`; a database that is down or busy is `503` with `Retry-After`.',
    'How to run a round with these calls: [Running a round](running-a-round.md).',
    '',
    '## Routes',
    '',
    '| method | path | who |',
    '|---|---|---|',
    ...all.map((r) => `| \`${r.method}\` | [\`${r.path}\`](#${anchor(r)}) | ${ACCESS[r.access]} |`),
    '',
  ];
  for (const r of all) {
    out.push(`### ${r.method} ${r.path}`, '', r.summary, '', `**Who:** ${ACCESS[r.access]}.`, '');
    const query = schemaOf(r.query);
    if (query) out.push('**Query:**', '', '```json', jsonSchema(query), '```', '');
    if (r.body) {
      const description = r.body instanceof z.ZodType ? undefined : r.body.description;
      const schema = schemaOf(r.body);
      out.push(`**Body:**${description ? ` ${description}.` : ''}`, '');
      if (schema) out.push('```json', jsonSchema(schema), '```', '');
    }
    out.push('| status | meaning |', '|---|---|');
    for (const [status, meaning] of Object.entries(r.responses)) out.push(`| ${status} | ${meaning} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function anchor(r: RouteSpec): string {
  return `${r.method} ${r.path}`
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}
