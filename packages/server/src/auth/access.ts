/**
 * Who may call an admin endpoint. The operator (the `BALANSE_ADMIN_TOKEN`, or the one generated
 * at the first start) runs the server and its tenants; a tenant's admin tokens run that tenant's
 * rounds; a raw-data token (R8) only downloads raw answers. Missing, wrong, expired or revoked
 * tokens get 401; a valid token for another tenant, or of the wrong role, gets 403.
 */
import type { Context } from 'hono';
import type { Database } from '../db/database.js';
import { HttpError } from '../http/errors.js';
import { hashToken, sameHash, type Keyring } from './tokens.js';

export type Role = 'operator' | 'admin' | 'raw';

export interface Principal {
  readonly tokenId: string;
  readonly role: Role;
  readonly tenantId: string | null;
}

const unauthorized = (message: string) =>
  new HttpError(401, 'unauthorized', message, {}, { 'WWW-Authenticate': 'Bearer realm="balanse"' });

export interface AccessContext {
  db: Database;
  keys: Keyring;
  /** The hash of `BALANSE_ADMIN_TOKEN`, when set. */
  operatorHash: string | undefined;
}

export async function authenticate(c: Context, ctx: AccessContext): Promise<Principal> {
  const header = c.req.header('authorization');
  if (!header) throw unauthorized('this endpoint needs Authorization: Bearer <token>');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthorized('Authorization must be "Bearer <token>"');
  const token = match[1] ?? '';
  if (token.length > 200) throw unauthorized('the token is not valid');
  const hash = hashToken(ctx.keys, token);
  if (ctx.operatorHash && sameHash(hash, ctx.operatorHash)) {
    return { tokenId: 'operator-env', role: 'operator', tenantId: null };
  }
  const rows = await ctx.db.query<{
    id: string;
    role: Role;
    tenant_id: string | null;
    hash: string;
    expired: boolean;
    revoked: boolean;
  }>(
    `SELECT id, role, tenant_id, hash, (expires_at IS NOT NULL AND expires_at <= now()) AS expired,
            (revoked_at IS NOT NULL) AS revoked
       FROM api_token WHERE hash = $1`,
    [hash],
  );
  const row = rows[0];
  // The row was found by its hash; comparing again in constant time costs nothing and keeps the
  // check free of early exits on the secret.
  if (!row || !sameHash(row.hash, hash)) throw unauthorized('the token is not valid');
  if (row.revoked) throw unauthorized('the token has been revoked');
  if (row.expired) throw unauthorized('the token has expired');
  return { tokenId: row.id, role: row.role, tenantId: row.tenant_id };
}

/** The principal may act on `tenantId` with one of `roles` (the operator always may, but for raw data). */
export function authorize(principal: Principal, tenantId: string | null, roles: readonly Role[]): void {
  if (!roles.includes(principal.role)) {
    throw new HttpError(403, 'forbidden', `this endpoint needs a token of role ${roles.join(' or ')}`);
  }
  if (principal.role === 'operator') return;
  if (tenantId === null || principal.tenantId !== tenantId) {
    throw new HttpError(403, 'forbidden', 'this token belongs to another tenant');
  }
}
