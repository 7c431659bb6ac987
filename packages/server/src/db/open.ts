import type { Database } from './database.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

export interface OpenOptions {
  /** `postgres://…`: PostgreSQL. Without it, the embedded database in `dataDir`. */
  databaseUrl?: string | undefined;
  /** The embedded database's folder (default `./balanse-data`). */
  dataDir?: string | undefined;
  log?: (message: string) => void;
}

/** Opens PostgreSQL when a URL is given, else the embedded database in its folder. */
export function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(options.databaseUrl)) {
      throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
    }
    return openPostgres({ connectionString: options.databaseUrl });
  }
  return openPglite({ dataDir: options.dataDir ?? './balanse-data', ...(options.log ? { log: options.log } : {}) });
}
