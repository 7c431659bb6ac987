// Finds a Chromium for the browser tests, or installs Debian's package when that is possible.
// Test tools cannot download their own browsers on our machines, so the tests use the system's.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
const FIXED = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** Flags every launch uses: no sandbox as root, and no calls home on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
 * The path of a Chromium or Chrome binary, or undefined. CHROMIUM_PATH wins when set.
 *
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return executable(fromEnv) ? fromEnv : undefined;
  for (const name of CANDIDATES) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    if (found && executable(found)) return found;
  }
  return FIXED.find(executable);
}

const HELP =
  'Chromium is needed for the browser tests and was not found.\n' +
  '  Debian/Ubuntu: sudo apt-get install chromium\n' +
  '  Fedora: sudo dnf install chromium    macOS: brew install --cask chromium\n' +
  '  Or point CHROMIUM_PATH at any Chromium or Chrome binary.';

/**
 * Finds Chromium, installing Debian's package as root if needed; exits with a clear message otherwise.
 *
 * @returns {string}
 */
export function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which is not an executable file.`);
    process.exit(1);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian’s chromium package (apt-get)…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      console.error('Installing chromium with apt-get failed.');
    }
    path = findChromium();
    if (path) return path;
  }
  console.error(HELP);
  process.exit(1);
}
