/** Vitest's per-test and per-hook limits: hang detectors far above any normal time (see timeouts.mjs). */
export declare const TIMEOUTS: { testTimeout: number; hookTimeout: number };
/** How long a browser project's Chromium may take to connect, in ms. */
export declare const BROWSER_CONNECT_TIMEOUT: number;
