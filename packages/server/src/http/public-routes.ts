/**
 * What needs no account: the survey links (the page on GET, the delivery protocol on POST, CORS
 * preflights), the leaders' report links, the pages' static files, and the health check.
 */
import type { Context, Hono } from 'hono';
import type { Locale } from '@balanse/core';

import type { ServerContext } from '../context.js';
import { audit } from '../domain/audit.js';
import { deliver, type SurveyTarget } from '../domain/delivery.js';
import { reportPath, resolveLink, surveyPath } from '../domain/links.js';
import { LocaleQuerySchema, ReleasedRound, reportToCsvSingle, reportWithPrevious } from '../domain/reports.js';
import { getRound } from '../domain/rounds.js';
import { asset, cdnAsset } from '../pages/assets.js';
import { leaderPage, APP_CSP } from '../pages/app-pages.js';
import { messagePage, PAGE_CSP, surveyPage } from '../pages/html.js';
import { HttpError, notFound } from './errors.js';
import { spec } from './route-table.js';
import { jsonBody, readQuery } from './validate.js';
import { limitBody } from './body-limit.js';

/** The protocol says "a few kilobytes at most"; 64 kB leaves room for custom instruments. */
export const SUBMISSION_LIMIT = 64 * 1024;
const TARGET_TTL_MS = 10_000;

export function publicRoutes(app: Hono, ctx: ServerContext, ready: () => boolean): void {
  const { db } = ctx;
  // What a survey link opens does not change while the round exists; caching it for a few
  // seconds saves the hot path a query. Whether the round is open is checked on every insert.
  const targets = ctx.surveyTargets as Map<string, { target: SurveyTarget | null; until: number }>;

  async function surveyTarget(tenantId: string, secret: string): Promise<SurveyTarget | null> {
    const key = `${tenantId}/${secret}`;
    const hit = targets.get(key);
    if (hit && hit.until > Date.now()) return hit.target;
    const link = await resolveLink(db, ctx.keys, tenantId, secret);
    let target: SurveyTarget | null = null;
    if (link && link.kind !== 'report' && !link.revoked) {
      const rows = await db.query<{ instrument_id: string; instrument_version: string; allowed_origins: string[] }>(
        `SELECT r.instrument_id, r.instrument_version, t.allowed_origins FROM round r JOIN tenant t ON t.id = r.tenant_id
          WHERE r.tenant_id = $1 AND r.id = $2`,
        [tenantId, link.roundId],
      );
      if (rows[0]) {
        target = {
          tenantId,
          roundId: link.roundId,
          unitId: link.unitId,
          kind: link.kind,
          hash: link.hash,
          instrumentId: rows[0].instrument_id,
          instrumentVersion: rows[0].instrument_version,
          allowedOrigins: rows[0].allowed_origins,
        };
      }
    }
    if (targets.size > 50_000) targets.clear();
    // Unknown links are not cached: a round that opens a moment later must work at once.
    if (target) targets.set(key, { target, until: Date.now() + TARGET_TTL_MS });
    return target;
  }

  /** CORS for an embedded survey on one of the tenant's allowed origins (protocol rule 8). */
  function cors(c: Context, target: SurveyTarget | null, preflight: boolean): void {
    const origin = c.req.header('origin');
    c.header('Vary', 'Origin');
    if (!origin || !target || !target.allowedOrigins.includes(origin)) return;
    c.header('Access-Control-Allow-Origin', origin);
    if (preflight) {
      c.header('Access-Control-Allow-Methods', 'POST');
      c.header('Access-Control-Allow-Headers', 'content-type, idempotency-key');
      c.header('Access-Control-Max-Age', '600');
    } else c.header('Access-Control-Expose-Headers', 'retry-after');
  }

  spec({
    method: 'GET',
    path: '/healthz',
    access: 'public',
    summary: 'Answers 200 once the database is migrated and reachable, 503 before.',
    responses: { 200: '`{ status: "ok", engine }`', 503: 'not ready, or the database is down' },
  });
  app.get('/healthz', async (c) => {
    if (!ready()) return c.json({ status: 'starting' }, 503, { 'Retry-After': '2' });
    await db.query('SELECT 1');
    return c.json({ status: 'ok', engine: db.engine });
  });

  spec({
    method: 'GET',
    path: '/s/:tenant/:link',
    access: 'capability',
    summary:
      'The survey page of a link: `<balanse-survey>` in the unit’s language with the right form (team or the leader’s self form), sending to this same URL, server-rendered (its first page of items as HTML, hydrated by the script). 410 once the round is closed.',
    responses: { 200: 'HTML', 404: 'unknown link or a round not yet open', 410: 'the round is closed' },
  });
  app.get('/s/:tenant/:link', async (c) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    const tenantId = c.req.param('tenant');
    const secret = c.req.param('link');
    const target = await surveyTarget(tenantId, secret);
    const round = target ? await getRound(db, tenantId, target.roundId) : undefined;
    if (!target || !round) return c.html(messagePage('en', 'missing'), 404);
    const units = await db.query<{ name: string; locale: Locale | null }>(
      'SELECT name, locale FROM round_unit WHERE tenant_id = $1 AND round_id = $2 AND id = $3',
      [tenantId, round.id, target.unitId],
    );
    const locale = units[0]?.locale ?? round.locale;
    if (round.status === 'closed') return c.html(messagePage(locale, 'closed'), 410);
    if (round.status !== 'open') return c.html(messagePage(locale, 'missing'), 404);
    return c.html(
      surveyPage({
        locale,
        title: `${round.name}, ${units[0]?.name ?? ''}`,
        surveyId: `${round.id}-${target.unitId}-${target.kind}`,
        endpoint: surveyPath(tenantId, secret),
        tenantId,
        form: target.kind === 'self' ? 'self' : 'team',
        instrumentVersion: round.instrument.version,
      }),
    );
  });

  spec({
    method: 'OPTIONS',
    path: '/s/:tenant/:link',
    access: 'capability',
    summary:
      'The CORS preflight of an embedded survey: allows POST with `content-type, idempotency-key` for the tenant’s allowed origins (protocol rule 8).',
    responses: { 204: 'with `Access-Control-Allow-*` for an allowed origin, without for any other' },
  });
  app.options('/s/:tenant/:link', async (c) => {
    cors(c, await surveyTarget(c.req.param('tenant'), c.req.param('link')).catch(() => null), true);
    return c.body(null, 204);
  });

  spec({
    method: 'POST',
    path: '/s/:tenant/:link',
    access: 'capability',
    summary:
      'Receives one submission exactly as docs/delivery-protocol.md says: `Idempotency-Key` equal to `submissionId`, stored once, `201` after the commit, a repeat `200` whatever its body, `410` once the round is closed, `503` with `Retry-After` when busy or when the database is down.',
    body: { description: 'core’s `Submission` (docs/schemas/submission.schema.json)' },
    responses: {
      201: 'stored',
      200: 'a repeat: stored before, nothing stored now',
      400: 'malformed JSON, or Idempotency-Key ≠ submissionId',
      404: 'unknown link, or a round not yet open',
      410: 'the round is closed, or a personal link was used',
      413: 'larger than 64 kB',
      415: 'not JSON',
      422: 'the submission breaks a rule of the schema or the instrument; names the field and rule',
      503: 'busy or the database is down; `Retry-After` says when to try again',
    },
  });
  app.post('/s/:tenant/:link', limitBody(SUBMISSION_LIMIT), async (c) => {
    let target: SurveyTarget | null = null;
    try {
      target = await surveyTarget(c.req.param('tenant'), c.req.param('link'));
      if (!target) throw notFound('the survey link');
      const body = await jsonBody(c);
      const outcome = await deliver(ctx, target, body, c.req.header('idempotency-key'));
      cors(c, target, false);
      return c.json({ status: outcome.status === 201 ? 'stored' : 'already stored' }, outcome.status);
    } catch (error) {
      // The survey must be able to read Retry-After and the status across origins.
      cors(c, target, false);
      throw error;
    }
  });

  // Report links: the leader's capability, showing that unit's report only.
  async function reportTarget(c: Context) {
    const tenantId = c.req.param('tenant') ?? '';
    const secret = c.req.param('link') ?? '';
    const link = await resolveLink(db, ctx.keys, tenantId, secret);
    if (!link || link.kind !== 'report' || link.revoked) throw notFound('the report link');
    return { link, secret, released: await ReleasedRound.load(db, tenantId, link.roundId) };
  }

  spec({
    method: 'GET',
    path: '/r/:tenant/:link',
    access: 'capability',
    summary:
      'A leader’s report page: that unit’s report with `<balanse-report>`, a language switch, and the previous round beside it.',
    responses: { 200: 'HTML', 404: 'unknown or revoked link' },
  });
  app.get('/r/:tenant/:link', async (c) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    let target: Awaited<ReturnType<typeof reportTarget>>;
    try {
      target = await reportTarget(c);
    } catch (error) {
      if (error instanceof HttpError && error.code === 'not_released')
        return c.html(messagePage('en', 'unreleased'), 409);
      if (error instanceof HttpError && error.status === 404) return c.html(messagePage('en', 'missing'), 404);
      throw error;
    }
    const { link, secret, released } = target;
    const unit = released.units.find((u) => u.id === link.unitId);
    // The leader's page of the administrators' app (issue 11): the report, the previous round,
    // the style advisor and the action plan, under the app's stricter policy.
    c.header('Content-Security-Policy', APP_CSP);
    return c.html(
      leaderPage({
        locale: released.localeFor(link.unitId),
        tenantId: link.tenantId,
        unitName: unit?.name ?? link.unitId,
        linkPath: reportPath(link.tenantId, secret),
      }),
    );
  });

  spec({
    method: 'GET',
    path: '/r/:tenant/:link/report.json',
    access: 'capability',
    summary: 'The unit’s report as JSON, with the previous round’s: `{ unit, round, report, previous }`. Audited.',
    query: LocaleQuerySchema,
    responses: { 200: 'JSON', 404: 'unknown or revoked link', 422: 'unknown locale' },
  });
  app.get('/r/:tenant/:link/report.json', async (c) => {
    c.header('Cache-Control', 'no-store');
    const query = readQuery(c, LocaleQuerySchema);
    const { link, released } = await reportTarget(c);
    const out = await reportWithPrevious(db, released, link.unitId, query.locale);
    await audit(db, {
      tenantId: link.tenantId,
      actor: `report-link:${link.unitId}`,
      action: 'report.read',
      target: `${link.roundId}/${link.unitId}`,
    });
    return c.json(out);
  });

  spec({
    method: 'GET',
    path: '/r/:tenant/:link/report.csv',
    access: 'capability',
    summary: 'The unit’s report as CSV (core’s `reportToCsv`). Audited.',
    query: LocaleQuerySchema,
    responses: { 200: '`text/csv`', 404: 'unknown or revoked link' },
  });
  app.get('/r/:tenant/:link/report.csv', async (c) => {
    const query = readQuery(c, LocaleQuerySchema);
    const { link, released } = await reportTarget(c);
    await audit(db, {
      tenantId: link.tenantId,
      actor: `report-link:${link.unitId}`,
      action: 'reports.export',
      target: `${link.roundId}/${link.unitId}/csv`,
    });
    c.header('content-type', 'text/csv; charset=utf-8');
    return c.body(reportToCsvSingle(released, link.unitId, query.locale));
  });

  spec({
    method: 'GET',
    path: '/assets/:file',
    access: 'public',
    summary:
      'The pages’ files: `default.css`, `page.css`, `survey-page.js`, and `instrument-<version>.json` for a round on another instrument version.',
    responses: { 200: 'the file', 404: 'no such file' },
  });
  spec({
    method: 'GET',
    path: '/assets/cdn/:file',
    access: 'public',
    summary:
      'The components’ script-tag build: `balanse.js`, the entry the pages load, and the chunks it loads from beside it (names with a content hash, cached as immutable).',
    responses: { 200: 'the file', 404: 'no such file' },
  });
  app.get('/assets/cdn/:file', (c) => {
    const found = cdnAsset(c.req.param('file'));
    if (!found) throw notFound('the file');
    c.header('content-type', found.type);
    c.header('Cache-Control', found.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
    return c.body(typeof found.body === 'string' ? found.body : new Uint8Array(found.body));
  });
  app.get('/assets/:file', (c) => {
    const found = asset(c.req.param('file'));
    if (!found) throw notFound('the file');
    c.header('content-type', found.type);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(typeof found.body === 'string' ? found.body : new Uint8Array(found.body));
  });
}
