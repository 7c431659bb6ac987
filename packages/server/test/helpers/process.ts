/**
 * A real server process (the CLI), for the fault tests: started on a data folder or a database
 * URL with port 0, its URL read from what it prints; killed with SIGKILL or stopped with SIGTERM.
 * Everything waits for conditions, never for a fixed time.
 *
 * Which CLI: `pnpm test` builds the packages before any test runs and says so
 * (BALANSE_TEST_BUILT=1), and then the process is the built `dist/cli.js`, the file the package
 * ships as `balanse-server`. Anywhere else (a run of one file while the sources change) it is
 * `src/cli.ts` through tsx, so the test never runs a stale build. The built CLI starts for about
 * 2 s of processor time where tsx's start took 5 s, and the fault tests start seven processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { OPERATOR } from './harness.js';

const BUILT_CLI = [fileURLToPath(new URL('../../dist/cli.js', import.meta.url))];
const CLI_ARGS =
  process.env.BALANSE_TEST_BUILT === '1'
    ? BUILT_CLI
    : ['--import', 'tsx', fileURLToPath(new URL('../../src/cli.ts', import.meta.url))];

/** How `startServer` runs node: extra node flags (`--cpu-prof`), and the built CLI whatever the environment says. */
export interface LaunchOptions {
  nodeArgs?: readonly string[];
  built?: boolean;
}

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  output(): string;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export interface Exited {
  code: number | null;
  output: string;
}

function launch(
  env: Record<string, string>,
  options: LaunchOptions = {},
): { child: ChildProcess; output: () => string } {
  const cli = options.built ? BUILT_CLI : CLI_ARGS;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...cli, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', BALANSE_ADMIN_TOKEN: OPERATOR, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr.on('data', (d: Buffer) => (text += d.toString()));
  return { child, output: () => text };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else
      child.once('exit', (code) => {
        resolve(code);
      });
  });

/** Starts `balanse-server serve`; resolves once it listens. */
export async function startServer(env: Record<string, string>, options: LaunchOptions = {}): Promise<ServerProcess> {
  const { child, output } = launch(env, options);
  const url = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = /Balanse server on (http:\/\/[\d.]+:\d+)/.exec(output());
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      reject(new Error(`the server exited (${code}) before listening:\n${output()}`));
    });
  });
  return {
    url,
    child,
    output,
    async kill9() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

/** Starts the CLI where it is expected to refuse; resolves with its exit code and output. */
export async function startRefused(env: Record<string, string>): Promise<Exited> {
  const { child, output } = launch(env);
  const code = await exited(child);
  return { code, output: output() };
}
