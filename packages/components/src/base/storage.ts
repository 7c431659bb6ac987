/** Where an element keeps what was entered: `local` survives restarts, `session` lives in this tab, `none` in memory only. */
export type StorageMode = 'local' | 'session' | 'none';

/**
 * The Web Storage area for `mode`: `undefined` for `none` and wherever the browser offers none.
 * Blocked storage (cookies disabled) makes the `localStorage` getter itself throw a
 * SecurityError, and sandboxed frames have none; both read as "no storage", never as an
 * exception. Shared by the survey's autosave and the style advisor.
 */
export function storageArea(mode: StorageMode): Storage | undefined {
  if (mode === 'none') return undefined;
  try {
    // Undefined outside browsers, whatever the DOM types say.
    return mode === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
