import type { Keyring } from './auth/tokens.js';
import type { Database } from './db/database.js';

/** What every part of the server shares: the database, the token key, where it is reachable. */
export interface ServerContext {
  readonly db: Database;
  readonly keys: Keyring;
  /** The base of every link the server hands out; without it, the origin of the request. */
  readonly publicUrl: string | undefined;
  /** The hash of BALANSE_ADMIN_TOKEN, when the operator set one. */
  readonly operatorHash: string | undefined;
  /** Log lines for the operator: never answers, never tokens. */
  readonly log: (message: string) => void;
  /**
   * What survey links open, cached for a few seconds (the hot path saves a query). Changes made
   * through this instance clear it at once; other instances see them within the cache's lifetime.
   */
  readonly surveyTargets: Map<string, { target: unknown; until: number }>;
}

/** Today in UTC as YYYY-MM-DD: the only time a response keeps (ANONYMITY.md R7). */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);
