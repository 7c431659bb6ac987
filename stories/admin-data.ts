/**
 * The administrators' app and the leader's page in the stories: what the server would answer
 * (shaped as docs/server/http-api.md says, reports built by core from seeded synthetic teams, see
 * data.ts) and a fake server that answers the elements' requests from a route table. No story
 * touches the network: a route the table lacks answers 404, as the server would.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import type { Locale } from '@balanse/core';
import { ApiClient } from '../packages/admin/src/api/client.js';
import type {
  Participation,
  Plan,
  PlanWithPrevious,
  ReportLink,
  ReportWithPrevious,
  Round,
  Session,
  SurveyLink,
  Tenant,
  Theme,
  ThemeCatalogue,
  Unit,
  UnitsPreview,
} from '../packages/admin/src/api/types.js';
import { TOKENS } from '@balanse/components';
import { departmentWithPreviousReport, leaderReport, teamReport } from './data.js';
import { settled, until } from './helpers.js';

// ── What the fake server answers ────────────────────────────────────────────────────────────────

/** An answer: JSON or text with a status, a network failure, or no answer yet (a loading state). */
export type FakeAnswer = { status?: number; json?: unknown; text?: string } | 'offline' | 'pending';
/** A route's answer, or a function of the request (for answers that change between calls). */
export type FakeRoute = FakeAnswer | ((request: { url: string; body: string; call: number }) => FakeAnswer);
/** `"GET /v1/tenants"` → its answer. The query string is not part of the key. */
export type FakeRoutes = Record<string, FakeRoute>;

/** A `fetch` that answers from `routes`; every request is recorded in `calls`. */
export function fakeFetch(routes: FakeRoutes): typeof fetch & { calls: string[] } {
  const calls: string[] = [];
  const counts = new Map<string, number>();
  const fetcher = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const key = `${method} ${new URL(url, location.href).pathname}`;
    calls.push(`${method} ${url}`);
    const call = (counts.get(key) ?? 0) + 1;
    counts.set(key, call);
    const route = routes[key];
    const answer: FakeAnswer =
      route === undefined
        ? { status: 404, json: { error: { code: 'not_found', message: `${key} is not in this story` } } }
        : typeof route === 'function'
          ? route({ url, body: typeof init?.body === 'string' ? init.body : '', call })
          : route;
    if (answer === 'pending') return new Promise<Response>(() => undefined);
    if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    const text = answer.text ?? (answer.json === undefined ? '' : JSON.stringify(answer.json));
    return Promise.resolve(
      new Response(text, {
        status: answer.status ?? 200,
        headers: { 'content-type': answer.text === undefined ? 'application/json' : 'text/csv' },
      }),
    );
  };
  return Object.assign(fetcher, { calls });
}

/** A signed-in API client whose requests the fake server answers (for the screens, given `.api`). */
export const storyApi = (routes: FakeRoutes): ApiClient =>
  new ApiClient('story-token', () => undefined, fakeFetch(routes));

/**
 * Replaces the page's `fetch` for one story (the app and the leader's page make their own
 * clients); returns the cleanup that puts the real one back, for a story's `beforeEach`.
 */
export function serveFake(routes: FakeRoutes): () => void {
  const real = globalThis.fetch;
  globalThis.fetch = fakeFetch(routes);
  return () => {
    globalThis.fetch = real;
  };
}

/** A refusal as the server writes one. */
export const refusal = (status: number, code: string, message: string, details: Record<string, unknown> = {}) => ({
  status,
  json: { error: { code, message, ...details } },
});

/** The toolbar's language: reports are written in one language by core, so stories build them in it. */
export const localeOf = (context: StoryContext): Locale => (context.globals.locale as Locale | undefined) ?? 'nb';

// ── The sample organisation ─────────────────────────────────────────────────────────────────────

export const TENANT_ID = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
export const ROUND_ID = '0b6f3c52-8d0e-4f7a-9a51-2f4e9c1d7a10';
export const PREVIOUS_ROUND_ID = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';

export const TENANT: Tenant = {
  id: TENANT_ID,
  name: 'Nordvik Handel AS',
  k: 5,
  retentionDays: 730,
  allowedOrigins: [],
  createdOn: '2026-01-12',
};

export const TENANTS: Tenant[] = [
  TENANT,
  { ...TENANT, id: '7a2d3b8f-4c5e-4f60-9bac-1d2e3f4a5b6c', name: 'Fjordkraft Salg', k: 7, createdOn: '2026-02-03' },
  {
    ...TENANT,
    id: '8b3e4c9a-5d6f-4071-8cbd-2e3f4a5b6c7d',
    name: 'Vestlandsbutikken',
    retentionDays: null,
    createdOn: '2026-02-20',
  },
];

export const OPERATOR: Session = { role: 'operator', tenant: null, expiresAt: null };

export const UNITS: Unit[] = [
  { id: 'sales', name: 'Salg', headcount: 40 },
  { id: 'north', parent: 'sales', name: 'Salg Nord', headcount: 9 },
  { id: 'west', parent: 'sales', name: 'Salg Vest', headcount: 10 },
  { id: 'east', parent: 'sales', name: 'Salg Øst', headcount: 7 },
  { id: 'south', parent: 'sales', name: 'Salg Sør', headcount: 9 },
  { id: 'inside', parent: 'sales', name: 'Innesalg', headcount: 4 },
];

/** The dry run of a file with two bad rows, as the server answers it (422 with the preview). */
export const BAD_PREVIEW: UnitsPreview = {
  ok: false,
  header: null,
  badRows: 2,
  rows: [
    { row: 1, values: { id: 'sales', parent: '', name: 'Salg', headcount: '40', locale: '' }, problems: [] },
    {
      row: 2,
      values: { id: 'north', parent: 'sales', name: 'Salg Nord', headcount: 'ni', locale: '' },
      problems: [{ field: 'headcount', rule: 'must be a whole number of people, 0 or more' }],
    },
    {
      row: 3,
      values: { id: 'west', parent: 'salg', name: 'Salg Vest', headcount: '10', locale: '' },
      problems: [{ field: 'parent', rule: 'must be the id of another unit, or absent for a root' }],
    },
  ],
};
export const BAD_CSV = 'id,parent,name,headcount\nsales,,Salg,40\nnorth,sales,Salg Nord,ni\nwest,salg,Salg Vest,10\n';

const round = (over: Partial<Round>): Round => ({
  id: ROUND_ID,
  tenantId: TENANT_ID,
  name: 'Vår 2026',
  locale: 'nb',
  instrument: { id: 'balanse', version: '1.1.0' },
  k: 5,
  selfForm: true,
  status: 'open',
  createdOn: '2026-03-02',
  openedOn: '2026-03-03',
  closedOn: null,
  purgedOn: null,
  ...over,
});

export const DRAFT_ROUND = round({ status: 'draft', openedOn: null });
export const OPEN_ROUND = round({});
export const CLOSED_ROUND = round({ status: 'closed', closedOn: '2026-03-24' });
export const ROUNDS: Round[] = [
  round({
    id: PREVIOUS_ROUND_ID,
    name: 'Høst 2025',
    status: 'closed',
    createdOn: '2025-09-01',
    openedOn: '2025-09-02',
    closedOn: '2025-09-23',
  }),
  OPEN_ROUND,
];

/** Participation while the round is open: two units still below k. */
export const PARTICIPATION: Participation[] = [
  { unit: 'sales', responded: 23, expected: 40 },
  { unit: 'north', responded: 7, expected: 9 },
  { unit: 'west', responded: 8, expected: 10 },
  { unit: 'east', responded: 3, expected: 7 },
  { unit: 'south', responded: 5, expected: 9 },
  { unit: 'inside', responded: 0, expected: null },
];

const origin = 'https://balanse.example';
export const SURVEY_LINKS: SurveyLink[] = UNITS.flatMap((u) => [
  { unit: u.id, kind: 'team' as const, url: `${origin}/s/${TENANT_ID}/${u.id}-team-Qm9yZGVu` },
  { unit: u.id, kind: 'self' as const, url: `${origin}/s/${TENANT_ID}/${u.id}-self-U2VsdmV0` },
]);
export const REPORT_LINKS: ReportLink[] = UNITS.map((u) => ({
  unit: u.id,
  url: `${origin}/r/${TENANT_ID}/${u.id}-UmFwcG9ydA`,
}));

export const PLAN: Plan = {
  shared: true,
  updatedOn: '2026-03-26',
  actions: [
    {
      id: 'a1',
      source: 'own',
      title: 'Gjør forventningene konkrete',
      nextStep: 'Skriv ned hva et godt kundemøte er, sammen med teamet',
      followUp: '2026-04-15',
    },
    {
      id: 'a2',
      source: 'own',
      title: 'Ukentlig en-til-en',
      nextStep: 'Sett av 20 minutter med hver selger hver fredag',
      followUp: '2026-05-01',
    },
  ],
};

/** The report of a unit as the server sends it, beside the previous round's (or without one). */
export function reportWithPrevious(locale: Locale, withPrevious = true): ReportWithPrevious {
  return {
    unit: 'sales',
    round: { id: ROUND_ID, name: 'Vår 2026', closedOn: '2026-03-24' },
    report: departmentWithPreviousReport(locale),
    previous: withPrevious
      ? { round: { id: PREVIOUS_ROUND_ID, name: 'Høst 2025', closedOn: '2025-09-23' }, report: teamReport(locale) }
      : null,
  };
}

/** A leader's report link: their unit's report, the previous round's and the plans of both. */
export function leaderData(locale: Locale, previous: boolean): { report: ReportWithPrevious; plan: PlanWithPrevious } {
  return {
    report: {
      unit: 'north',
      round: { id: ROUND_ID, name: 'Vår 2026', closedOn: '2026-03-24' },
      report: leaderReport(locale),
      previous: previous
        ? { round: { id: PREVIOUS_ROUND_ID, name: 'Høst 2025', closedOn: '2025-09-23' }, report: teamReport(locale) }
        : null,
    },
    plan: {
      plan: null,
      previous: previous
        ? { round: { id: PREVIOUS_ROUND_ID, name: 'Høst 2025', closedOn: '2025-09-23' }, plan: PLAN }
        : null,
    },
  };
}

export const THEME: Theme = { base: 'default', tokens: { 'color-accent': '#7a3b12' } };
export const CATALOGUE: ThemeCatalogue = { themes: ['default', 'fjord', 'ember'], tokens: TOKENS };

// ── Routes of the sample organisation ───────────────────────────────────────────────────────────

export const tenantRoute = (method: string, ...rest: string[]) =>
  `${method} /v1/tenants/${[TENANT_ID, ...rest].join('/')}`;
export const roundRoute = (method: string, ...rest: string[]) => tenantRoute(method, 'rounds', ROUND_ID, ...rest);

/** Everything the round screen reads for a round in `status`, as the server answers it. */
export function roundRoutes(status: Round, locale: Locale): FakeRoutes {
  return {
    [roundRoute('GET')]: { json: status },
    [roundRoute('GET', 'units')]: { json: UNITS },
    [roundRoute('GET', 'participation')]: { json: PARTICIPATION },
    [roundRoute('GET', 'links')]: { json: SURVEY_LINKS },
    [roundRoute('GET', 'report-links')]: { json: REPORT_LINKS },
    [roundRoute('GET', 'plans')]: { json: [{ unit: 'north', plan: PLAN }] },
    [roundRoute('GET', 'comparison')]: { json: reportWithPrevious(locale) },
  };
}

// ── Waiting for a screen ────────────────────────────────────────────────────────────────────────

/**
 * A `play` step that waits until the story's `tag` element shows `selector` in its shadow root
 * (each screen loads from the fake server in microtasks), then for every element to settle.
 */
export const shows =
  (tag: keyof HTMLElementTagNameMap, selector: string) =>
  async (context: { canvasElement: HTMLElement }): Promise<void> => {
    await until(() => Boolean(context.canvasElement.querySelector(tag)?.shadowRoot?.querySelector(selector)));
    await settled(context);
  };
