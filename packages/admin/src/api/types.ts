/**
 * What the server answers, as the app reads it (the HTTP API of @balanse/server,
 * docs/server/http-api.md). Reports are core's `Report`, built by the server.
 */
import type { Locale, Report } from '@balanse/core';

export interface Session {
  role: 'operator' | 'admin';
  tenant: { id: string; name: string } | null;
  expiresAt: string | null;
}

export interface Tenant {
  id: string;
  name: string;
  k: number;
  retentionDays: number | null;
  allowedOrigins: string[];
  createdOn: string;
}

export interface Unit {
  id: string;
  parent?: string;
  name: string;
  headcount?: number;
  locale?: Locale;
}

export interface RowProblem {
  field: string;
  rule: string;
}

export interface PreviewRow {
  row: number;
  values: { id: string; parent: string; name: string; headcount: string; locale: string };
  problems: RowProblem[];
}

export interface UnitsPreview {
  ok: boolean;
  header: RowProblem | null;
  rows: PreviewRow[];
  badRows: number;
}

export type RoundStatus = 'draft' | 'open' | 'closed';

export interface Round {
  id: string;
  tenantId: string;
  name: string;
  locale: Locale;
  instrument: { id: string; version: string };
  k: number;
  selfForm: boolean;
  status: RoundStatus;
  createdOn: string;
  openedOn: string | null;
  closedOn: string | null;
  purgedOn: string | null;
}

export interface SurveyLink {
  unit: string;
  kind: 'team' | 'self';
  url: string;
}

export interface ReportLink {
  unit: string;
  url: string;
}

export interface Participation {
  unit: string;
  responded: number;
  expected: number | null;
}

export interface ReportWithPrevious {
  unit: string;
  round: { id: string; name: string; closedOn: string | null };
  report: Report;
  previous: { round: { id: string; name: string; closedOn: string | null }; report: Report } | null;
}

export interface Theme {
  base: string;
  tokens: Record<string, string>;
}

export interface ThemeCatalogue {
  themes: string[];
  tokens: Record<string, string>;
}

export interface Action {
  id?: string;
  source: 'advice' | 'own';
  topic?: string | null;
  title: string;
  nextStep: string;
  followUp: string;
}

export interface Plan {
  actions: Action[];
  shared: boolean;
  updatedOn: string;
}

export interface PlanWithPrevious {
  plan: Plan | null;
  previous: { round: { id: string; name: string; closedOn: string | null }; plan: Plan } | null;
}

export interface CreatedToken {
  id: string;
  role: 'admin' | 'raw';
  token: string;
  expiresAt: string | null;
}
