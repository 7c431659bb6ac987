/**
 * A leader's action plan: one to three actions after reading the report ("from insight to action,
 * a few actions at a time"), each taken from the report's advice or written by the leader, with a
 * next step and a follow-up date. It belongs to the unit's report link of a round: read and
 * written only through that link, shown again beside the next round's report of the same unit so
 * the next round answers "did it change?". Administrators see a plan only when the leader shares
 * it; each share and unshare is audited.
 */
import { randomUUID } from 'node:crypto';
import { ADVICE_TOPICS } from '@balanse/core';
import * as z from 'zod';
import { today } from '../context.js';
import type { Queryable } from '../db/database.js';
import { NO_CONTROL, NO_CONTROL_RULE } from '../http/validate.js';
import { audit } from './audit.js';
import { previousRelease, type ReleasedRound } from './reports.js';

export const MAX_ACTIONS = 3;

const line = (max: number) =>
  z
    .string({ error: `must be text of 1 to ${max} characters` })
    .trim()
    .min(1, { error: `must be text of 1 to ${max} characters` })
    .max(max, { error: `must be text of 1 to ${max} characters` })
    .regex(NO_CONTROL, { error: NO_CONTROL_RULE });

const DATE_RULE = 'must be a date as YYYY-MM-DD';
const date = z
  .string({ error: DATE_RULE })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: DATE_RULE })
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    {
      error: DATE_RULE,
    },
  );

export const ActionSchema = z
  .object({
    /** Where the action came from: one of the report's pieces of advice, or the leader's own. */
    source: z.enum(['advice', 'own'], { error: 'must be "advice" or "own"' }),
    /** The advice's topic, when it came from the advice. */
    topic: z.enum(ADVICE_TOPICS, { error: `must be one of ${ADVICE_TOPICS.join(', ')}` }).nullish(),
    title: line(200),
    nextStep: line(500),
    followUp: date,
  })
  .strict()
  .superRefine((action, ctx) => {
    if (action.source === 'advice' && !action.topic) {
      ctx.addIssue({ code: 'custom', path: ['topic'], message: 'must name the advice the action comes from' });
    }
  });

export const PlanInputSchema = z
  .object({
    actions: z
      .array(ActionSchema, { error: 'must be a list of one to three actions' })
      .min(1, { error: 'must hold one to three actions' })
      .max(MAX_ACTIONS, { error: 'must hold one to three actions (a few actions at a time)' }),
    shared: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .strict();

export interface Action {
  id: string;
  source: 'advice' | 'own';
  topic: string | null;
  title: string;
  nextStep: string;
  followUp: string;
}

export interface Plan {
  actions: Action[];
  shared: boolean;
  updatedOn: string;
}

interface PlanRow {
  actions: Action[];
  shared: boolean;
  updated_on: string;
}

const toPlan = (r: PlanRow): Plan => ({ actions: r.actions, shared: r.shared, updatedOn: r.updated_on });

export interface PlanKey {
  tenantId: string;
  roundId: string;
  unitId: string;
}

export async function getPlan(q: Queryable, key: PlanKey): Promise<Plan | null> {
  const rows = await q.query<PlanRow>(
    'SELECT actions, shared, updated_on FROM action_plan WHERE tenant_id = $1 AND round_id = $2 AND unit_id = $3',
    [key.tenantId, key.roundId, key.unitId],
  );
  return rows[0] ? toPlan(rows[0]) : null;
}

/** Stores the plan; a change of `shared` is audited under the report link's name. */
export async function savePlan(q: Queryable, key: PlanKey, input: z.infer<typeof PlanInputSchema>): Promise<Plan> {
  const before = await getPlan(q, key);
  const shared = input.shared ?? before?.shared ?? false;
  const actions: Action[] = input.actions.map((a) => ({
    id: randomUUID(),
    source: a.source,
    topic: a.source === 'advice' ? (a.topic ?? null) : null,
    title: a.title,
    nextStep: a.nextStep,
    followUp: a.followUp,
  }));
  await q.query(
    `INSERT INTO action_plan (tenant_id, round_id, unit_id, actions, shared, updated_on) VALUES ($1, $2, $3, $4::jsonb, $5, $6)
     ON CONFLICT (tenant_id, round_id, unit_id) DO UPDATE SET actions = excluded.actions, shared = excluded.shared, updated_on = excluded.updated_on`,
    [key.tenantId, key.roundId, key.unitId, JSON.stringify(actions), shared, today()],
  );
  if (shared !== (before?.shared ?? false)) await auditShare(q, key, shared);
  const plan = await getPlan(q, key);
  if (!plan) throw new Error('the action plan just written could not be read back');
  return plan;
}

export async function deletePlan(q: Queryable, key: PlanKey): Promise<void> {
  const rows = await q.query<{ shared: boolean }>(
    'DELETE FROM action_plan WHERE tenant_id = $1 AND round_id = $2 AND unit_id = $3 RETURNING shared',
    [key.tenantId, key.roundId, key.unitId],
  );
  if (rows[0]?.shared) await auditShare(q, key, false);
}

const auditShare = (q: Queryable, key: PlanKey, shared: boolean) =>
  audit(q, {
    tenantId: key.tenantId,
    actor: `report-link:${key.unitId}`,
    action: shared ? 'plan.share' : 'plan.unshare',
    target: `${key.roundId}/${key.unitId}`,
  });

/** The plan of a round's unit and, for "did it change?", the unit's plan of the previous round. */
export async function planWithPrevious(q: Queryable, released: ReleasedRound, unitId: string) {
  const plan = await getPlan(q, { tenantId: released.round.tenantId, roundId: released.round.id, unitId });
  const before = await previousRelease(q, released.round, unitId);
  const previousPlan = before
    ? await getPlan(q, { tenantId: before.round.tenantId, roundId: before.round.id, unitId })
    : null;
  return {
    plan,
    previous:
      before && previousPlan
        ? {
            round: { id: before.round.id, name: before.round.name, closedOn: before.round.closedOn },
            plan: previousPlan,
          }
        : null,
  };
}

/** The plans their leaders shared, for the tenant's administrators. */
export async function sharedPlans(q: Queryable, tenantId: string, roundId: string) {
  const rows = await q.query<PlanRow & { unit_id: string }>(
    'SELECT unit_id, actions, shared, updated_on FROM action_plan WHERE tenant_id = $1 AND round_id = $2 AND shared ORDER BY unit_id',
    [tenantId, roundId],
  );
  return rows.map((r) => ({ unit: r.unit_id, plan: toPlan(r) }));
}
