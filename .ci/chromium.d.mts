/** Flags every Chromium launch uses (see chromium.mjs). */
export declare const CHROMIUM_ARGS: string[];
/** The path of a Chromium or Chrome binary, or undefined. */
export declare function findChromium(): string | undefined;
/** Finds Chromium, installing it where possible; exits the process with a clear message otherwise. */
export declare function ensureChromium(): string;
