/**
 * `seed-demo`: the demo's sample department (packages/demo) as a tenant with an open round, its
 * synthetic answers delivered through the same path as a real survey's, and the links printed.
 * Run again, it reuses the open round; after that round was closed, it opens the next one, so
 * the reports show a comparison with the previous round.
 */
import { randomUUID } from 'node:crypto';
import type { Response } from '@balanse/core';
import { SAMPLE_DEPARTMENT } from '@balanse/demo/sample-department';
import { hashToken, newApiToken } from './auth/tokens.js';
import type { ServerContext } from './context.js';
import { deliver, type SurveyTarget } from './domain/delivery.js';
import { linkSecret, listDerivedLinks, type LinkKind } from './domain/links.js';
import { createRound, listRounds, openRound, type Round } from './domain/rounds.js';
import { createTenant, listTenants } from './domain/tenants.js';
import { replaceUnits, type UnitInput } from './domain/units.js';

export const DEMO_TENANT_NAME = 'Balanse demo: sample sales department';

export interface DemoSeed {
  tenantId: string;
  round: Round;
  adminToken: string;
  links: { unit: string; kind: LinkKind; url: string }[];
  reportLinks: { unit: string; url: string }[];
}

function units(): UnitInput[] {
  const d = SAMPLE_DEPARTMENT;
  return [
    { id: d.id, name: d.name, headcount: d.responses.length },
    ...d.teams.map((t) => ({ id: t.id, parent: d.id, name: t.name, headcount: t.invited })),
  ];
}

/** Answers of the sample, per unit: the department head's direct reports, then each team. */
function answers(): { unit: string; form: 'team' | 'self'; response: Response }[] {
  const d = SAMPLE_DEPARTMENT;
  return [
    ...d.responses.map((response) => ({ unit: d.id, form: 'team' as const, response })),
    ...d.teams.flatMap((t) => [
      ...t.responses.map((response) => ({ unit: t.id, form: 'team' as const, response })),
      ...(t.self ? [{ unit: t.id, form: 'self' as const, response: t.self }] : []),
    ]),
  ];
}

export async function seedDemo(ctx: ServerContext, base: string): Promise<DemoSeed> {
  const existing = (await listTenants(ctx.db)).find((t) => t.name === DEMO_TENANT_NAME);
  const tenant = existing ?? (await createTenant(ctx, { name: DEMO_TENANT_NAME, k: 5 }));
  if (!existing) await ctx.db.tx((q) => replaceUnits(q, tenant.id, units()));
  const rounds = await listRounds(ctx.db, tenant.id);
  let round = rounds.find((r) => r.status === 'open');
  if (!round) {
    const draft = await createRound(ctx, tenant.id, { name: `Sample round ${rounds.length + 1}`, locale: 'nb' });
    round = await openRound(ctx, tenant.id, draft.id);
    for (const { unit, form, response } of answers()) {
      const kind = form === 'self' ? 'self' : 'team';
      const target: SurveyTarget = {
        tenantId: tenant.id,
        roundId: round.id,
        unitId: unit,
        kind,
        hash: hashToken(ctx.keys, linkSecret(ctx.keys, round.id, unit, kind, 0)),
        instrumentId: round.instrument.id,
        instrumentVersion: round.instrument.version,
        allowedOrigins: [],
      };
      const submissionId = randomUUID();
      await deliver(
        ctx,
        target,
        {
          submissionId,
          instrument: round.instrument,
          form,
          answers: response.answers,
          locale: response.locale ?? 'nb',
          pageTimes: response.pageTimes ?? [60_000, 60_000, 60_000, 60_000, 60_000],
          submittedAt: new Date().toISOString(),
        },
        submissionId,
      );
    }
  }
  const adminToken = newApiToken();
  await ctx.db.query(
    "INSERT INTO api_token (id, tenant_id, role, hash, label, created_at) VALUES ($1, $2, 'admin', $3, 'seed-demo', now())",
    [randomUUID(), tenant.id, hashToken(ctx.keys, adminToken)],
  );
  const links = await listDerivedLinks(ctx, base, tenant.id, round.id, ['team', 'self']);
  const reportLinks = (await listDerivedLinks(ctx, base, tenant.id, round.id, ['report'])).map(({ unit, url }) => ({
    unit,
    url,
  }));
  return { tenantId: tenant.id, round, adminToken, links, reportLinks };
}

/** What `pnpm start` prints: where to answer, how to close, where to read. */
export function describeDemo(seed: DemoSeed, base: string): string {
  const name = (id: string) =>
    id === SAMPLE_DEPARTMENT.id
      ? SAMPLE_DEPARTMENT.name
      : (SAMPLE_DEPARTMENT.teams.find((t) => t.id === id)?.name ?? id);
  const lines = [
    '',
    `The sample department is in an open round, "${seed.round.name}", with synthetic answers already in.`,
    '',
    'Run the round in the administrators’ app (import, rounds, links, participation, reports, themes):',
    `  ${base}/admin`,
    `  sign in with this admin token of the sample department: ${seed.adminToken}`,
    '  (it is kept in that browser tab only; the operator token below, if shown, also signs in)',
    '',
    'Answer the survey (each team has a link; its leader has a self-assessment link):',
    ...seed.links.map(
      (l) => `  ${name(l.unit).padEnd(10)} ${l.kind === 'self' ? "leader's self" : 'team'.padEnd(13)} ${l.url}`,
    ),
    '',
    'Close the round in the app (Rounds → the round → Close the round), or from the command line:',
    `  curl -X POST -H 'Authorization: Bearer ${seed.adminToken}' ${base}/v1/tenants/${seed.tenantId}/rounds/${seed.round.id}/close`,
    '',
    'Then read each leader’s report, and make their action plan there:',
    ...seed.reportLinks.map((l) => `  ${name(l.unit).padEnd(10)} ${l.url}`),
    '',
    `The tenant's admin token (for the app and the HTTP API, docs/server/http-api.md): ${seed.adminToken}`,
    `The administrators’ app: ${base}/admin`,
  ];
  return lines.join('\n');
}
