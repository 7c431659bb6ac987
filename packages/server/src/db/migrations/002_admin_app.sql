-- What the administrators' app and the leader's page keep (issue 11): a theme per tenant, and
-- each leader's action plan, kept with the unit's report link of a round.

-- A tenant's theme: a shipped base theme and the tokens pasted over it (validated names and
-- plain CSS values only; see domain/themes.ts). No row: the default theme.
CREATE TABLE tenant_theme (
  tenant_id uuid PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
  base text NOT NULL,
  tokens jsonb NOT NULL DEFAULT '{}',
  updated_on date NOT NULL
);

-- A leader's action plan for one unit of one round: one to three actions, read and written only
-- through that unit's report link. `shared` makes it visible to the tenant's administrators; the
-- leader decides, and each change of it is audited. Only the day of the last change is kept.
CREATE TABLE action_plan (
  tenant_id uuid NOT NULL,
  round_id uuid NOT NULL,
  unit_id text NOT NULL,
  actions jsonb NOT NULL,
  shared boolean NOT NULL DEFAULT false,
  updated_on date NOT NULL,
  PRIMARY KEY (tenant_id, round_id, unit_id),
  FOREIGN KEY (tenant_id, round_id) REFERENCES round (tenant_id, id) ON DELETE CASCADE
);
