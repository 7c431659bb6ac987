-- The first schema of @balanse/server. Every key starts with the tenant, so a distributed
-- Postgres (Citus) can place a tenant's rows together; ids are random UUIDs made by the server.
-- No triggers, sequences or advisory locks: the SQL stays portable to Postgres-compatible engines.

-- The key of the keyed hash that protects every stored token (one row).
CREATE TABLE server_key (
  id integer PRIMARY KEY CHECK (id = 1),
  key text NOT NULL
);

CREATE TABLE tenant (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  k integer NOT NULL DEFAULT 5 CHECK (k >= 3),
  retention_days integer CHECK (retention_days IS NULL OR retention_days >= 1),
  allowed_origins jsonb NOT NULL DEFAULT '[]',
  created_on date NOT NULL
);

-- Operator tokens have no tenant; admin and raw-data tokens belong to one.
CREATE TABLE api_token (
  id uuid PRIMARY KEY,
  tenant_id uuid REFERENCES tenant (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('operator', 'admin', 'raw')),
  hash text NOT NULL UNIQUE,
  label text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  expires_at timestamptz,
  revoked_at timestamptz,
  CHECK ((role = 'operator') = (tenant_id IS NULL))
);

-- The organisation as HR gives it. A round copies it when it opens (round_unit).
CREATE TABLE unit (
  tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  id text NOT NULL,
  parent text,
  name text NOT NULL,
  headcount integer CHECK (headcount IS NULL OR headcount >= 0),
  locale text,
  position integer NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE round (
  tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  id uuid NOT NULL,
  name text NOT NULL,
  locale text NOT NULL,
  instrument_id text NOT NULL,
  instrument_version text NOT NULL,
  k integer NOT NULL CHECK (k >= 3),
  self_form boolean NOT NULL DEFAULT true,
  status text NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
  created_on date NOT NULL,
  opened_on date,
  closed_on date,
  -- When it closed, to order rounds for comparisons (a round's time, never a response's).
  closed_at timestamptz,
  purged_on date,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE round_unit (
  tenant_id uuid NOT NULL,
  round_id uuid NOT NULL,
  id text NOT NULL,
  parent text,
  name text NOT NULL,
  headcount integer,
  locale text,
  position integer NOT NULL,
  PRIMARY KEY (tenant_id, round_id, id),
  FOREIGN KEY (tenant_id, round_id) REFERENCES round (tenant_id, id) ON DELETE CASCADE
);

-- Survey links (team, self, personal) and the leaders' report links. Only a keyed hash of the
-- token is stored. A personal link records that it was used, never which response it produced.
CREATE TABLE link (
  tenant_id uuid NOT NULL,
  round_id uuid NOT NULL,
  hash text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('team', 'self', 'personal', 'report')),
  unit_id text NOT NULL,
  generation integer NOT NULL DEFAULT 0,
  used boolean NOT NULL DEFAULT false,
  revoked boolean NOT NULL DEFAULT false,
  PRIMARY KEY (tenant_id, round_id, hash),
  FOREIGN KEY (tenant_id, round_id) REFERENCES round (tenant_id, id) ON DELETE CASCADE
);
-- A link's URL carries the tenant and the secret: found by (tenant, hash of the secret).
CREATE UNIQUE INDEX link_by_hash ON link (tenant_id, hash);

-- One stored answer sheet. Nothing here points at a person (ANONYMITY.md R7): no link, no IP,
-- no user agent, only the day it arrived. The submission id is the device's idempotency key.
CREATE TABLE response (
  tenant_id uuid NOT NULL,
  round_id uuid NOT NULL,
  id uuid NOT NULL,
  submission_id text NOT NULL,
  unit_id text NOT NULL,
  form text NOT NULL CHECK (form IN ('team', 'self')),
  instrument_id text NOT NULL,
  instrument_version text NOT NULL,
  locale text NOT NULL,
  answers jsonb NOT NULL,
  page_times jsonb NOT NULL,
  received_on date NOT NULL,
  PRIMARY KEY (tenant_id, round_id, id),
  UNIQUE (tenant_id, round_id, submission_id),
  FOREIGN KEY (tenant_id, round_id) REFERENCES round (tenant_id, id) ON DELETE CASCADE
);
-- A unit's leader answers the self form once per round.
CREATE UNIQUE INDEX response_one_self_per_unit ON response (tenant_id, round_id, unit_id) WHERE form = 'self';
CREATE INDEX response_by_unit ON response (tenant_id, round_id, unit_id);

-- What was released when the round closed: each unit's summary as core made it (so a released
-- report never changes), and the ledger of R5: the ids of the responses its figures count.
-- The respondent set is never shown by any endpoint. `self` is the unit leader's own
-- self-assessment, kept with the release so that the report stays the same after retention.
CREATE TABLE release (
  tenant_id uuid NOT NULL,
  round_id uuid NOT NULL,
  unit_id text NOT NULL,
  released_on date NOT NULL,
  summary jsonb NOT NULL,
  respondents jsonb NOT NULL,
  self jsonb,
  PRIMARY KEY (tenant_id, round_id, unit_id),
  FOREIGN KEY (tenant_id, round_id) REFERENCES round (tenant_id, id) ON DELETE CASCADE
);

-- Who exported or read what. Never answers, never tokens.
CREATE TABLE audit (
  id uuid PRIMARY KEY,
  tenant_id uuid,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  target text NOT NULL
);
CREATE INDEX audit_by_tenant ON audit (tenant_id, at);
