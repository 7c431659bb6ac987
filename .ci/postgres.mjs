// A throwaway PostgreSQL for the server's tests and benchmark: finds the server binaries (or
// installs Debian's postgresql package as root with apt-get, as chromium.mjs does for the
// browser), makes a cluster in a temporary folder, starts it on a free loopback port, and stops
// and deletes it at the end. As root, initdb and pg_ctl run as the `postgres` user.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** @param {string} path */
function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder with initdb, pg_ctl and postgres, or undefined. POSTGRES_BINDIR wins when set.
 *
 * @returns {string | undefined}
 */
export function findPostgresBinDir() {
  /** @type {string[]} */
  const candidates = [];
  if (process.env.POSTGRES_BINDIR) candidates.push(process.env.POSTGRES_BINDIR);
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (fromConfig.status === 0) candidates.push(fromConfig.stdout.trim());
  // Debian keeps each major version's server binaries in /usr/lib/postgresql/<version>/bin.
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  return candidates.find((dir) => ['initdb', 'pg_ctl', 'postgres'].every((bin) => executable(join(dir, bin))));
}

const HELP =
  'PostgreSQL is needed for the server tests (every test runs on PGlite and on PostgreSQL) and was not found.\n' +
  '  Debian/Ubuntu: sudo apt-get install postgresql\n' +
  '  Fedora: sudo dnf install postgresql-server    macOS: brew install postgresql\n' +
  '  Or point POSTGRES_BINDIR at the folder that holds initdb, pg_ctl and postgres.';

/**
 * Finds PostgreSQL, installing Debian's package as root if needed; exits with a clear message otherwise.
 *
 * @returns {string}
 */
export function ensurePostgres() {
  let dir = findPostgresBinDir();
  if (dir) return dir;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (isRoot && hasApt) {
    console.log('PostgreSQL not found: installing Debian’s postgresql package (apt-get)…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      console.error('Installing postgresql with apt-get failed.');
    }
    dir = findPostgresBinDir();
    if (dir) return dir;
  }
  console.error(HELP);
  process.exit(1);
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/**
 * @param {string} user
 * @param {'-u' | '-g'} flag
 */
function idOf(user, flag) {
  return Number(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim());
}

/**
 * Starts a throwaway cluster. `settings` are postgres -c options (the tests turn fsync off; the
 * benchmark keeps the defaults). Returns its URL and a `stop()` that is also run at exit.
 *
 * @param {{ settings?: Record<string, string | number> }} [options]
 * @returns {Promise<{ url: string; bin: string; data: string; stop(): void }>}
 */
export async function startPostgres({ settings = {} } = {}) {
  const bin = ensurePostgres();
  const root = mkdtempSync(join(tmpdir(), 'balanse-pg-'));
  const data = join(root, 'data');
  const asPostgres = isRoot;
  if (asPostgres) chownSync(root, idOf('postgres', '-u'), idOf('postgres', '-g'));
  /**
   * @param {string} command
   * @param {string[]} args
   */
  const run = (command, args) => {
    /** @type {[string, string[]]} */
    const [cmd, argv] = asPostgres ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    const result = spawnSync(cmd, argv, { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`${command} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
    return result.stdout;
  };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      if (existsSync(join(data, 'postmaster.pid')))
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch (error) {
      console.error(`Stopping the test PostgreSQL failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    rmSync(root, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const port = await freePort();
    const options = [`-p ${port}`, `-k ${root}`, "-c listen_addresses='127.0.0.1'", '-c max_connections=200'];
    for (const [name, value] of Object.entries(settings)) options.push(`-c ${name}=${value}`);
    run(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(root, 'postgres.log'),
      '-o',
      options.join(' '),
      '-w',
      '-t',
      '60',
      'start',
    ]);
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, bin, data, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
