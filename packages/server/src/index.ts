/**
 * @balanse/server as a library: start the survey server inside another Node program, or open
 * its database for scripts. The command line (`balanse-server`) uses the same entry points.
 */
export {
  createBalanse,
  listen,
  scheduleRetention,
  type Balanse,
  type Listening,
  type ServerOptions,
} from './server.js';
export { createApp, type AppOptions } from './app.js';
export type { ServerContext } from './context.js';
export { openDatabase, type OpenOptions } from './db/open.js';
export { openPglite, type PgliteOptions } from './db/pglite.js';
export { openPostgres, type PostgresOptions } from './db/postgres.js';
export { DatabaseUnavailableError, type Database, type Engine, type Queryable } from './db/database.js';
export { DataDirLockedError } from './db/lock.js';
export { migrate, loadMigrations, type Migration } from './db/migrate.js';
export { dump, restore } from './domain/backup.js';
export { enforceRetention } from './domain/retention.js';
export { ROUTES, type RouteSpec, type Access } from './http/route-table.js';
export type { ErrorBody } from './http/errors.js';
