/**
 * The one storage layer of the elements: Web Storage that never throws. Browsers refuse Web
 * Storage in many ways (disabled cookies make the `localStorage` getter throw, private modes and
 * full disks make `setItem` throw, sandboxed frames have none): every failure raises `degraded`,
 * so an element can tell the user their data will not survive a reload, and carries on. By
 * default what storage refused is kept in memory for this page (the survey's answers survive the
 * element being removed and added again); an element that keeps its data itself opts out.
 */

/** Where an element keeps what was entered: `local` survives restarts, `session` lives in this tab, `none` in memory only. */
export type StorageMode = 'local' | 'session' | 'none';

export const STORAGE_MODES: readonly StorageMode[] = ['local', 'session', 'none'];

/**
 * The Web Storage area for `mode`: `undefined` for `none` and wherever the browser offers none.
 * Blocked storage (cookies disabled) makes the `localStorage` getter itself throw a
 * SecurityError, and sandboxed frames have none; both read as "no storage", never as an exception.
 */
function storageArea(mode: StorageMode): Storage | undefined {
  if (mode === 'none') return undefined;
  try {
    // Undefined outside browsers, whatever the DOM types say.
    return mode === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Written when Web Storage fails, per page: removing and re-adding an element on the same page
 * finds its data again even then.
 */
const memory = new Map<string, string>();

export interface SafeStoreOptions {
  /** Keep what storage refuses in memory for this page (default true). */
  remember?: boolean;
}

export class SafeStore {
  /** True once the browser's storage refused to work; data then lives in memory for this page (if remembered). */
  degraded = false;
  readonly mode: StorageMode;
  readonly #remember: boolean;

  constructor(mode: StorageMode, { remember = true }: SafeStoreOptions = {}) {
    this.mode = mode;
    this.#remember = remember;
  }

  #area(): Storage | undefined {
    if (this.mode === 'none' || this.degraded) return undefined;
    const area = storageArea(this.mode);
    if (!area) this.degraded = true;
    return area;
  }

  get(key: string): string | null {
    const kept = this.#remember ? memory.get(key) : undefined;
    if (kept !== undefined) return kept;
    try {
      return this.#area()?.getItem(key) ?? null;
    } catch {
      this.degraded = true;
      return null;
    }
  }

  /** Stores `value`; returns false when it did not reach the storage asked for (memory only, or nowhere). */
  set(key: string, value: string): boolean {
    const area = this.#area();
    if (area) {
      try {
        area.setItem(key, value);
        memory.delete(key);
        return true;
      } catch {
        this.degraded = true;
      }
    }
    if (this.#remember) memory.set(key, value);
    return this.mode === 'none' && this.#remember;
  }

  remove(key: string): void {
    memory.delete(key);
    try {
      this.#area()?.removeItem(key);
    } catch {
      this.degraded = true;
    }
  }

  /** Every stored key that starts with `prefix`, from storage and memory. */
  keys(prefix: string): string[] {
    const found = new Set<string>();
    if (this.#remember) for (const key of memory.keys()) if (key.startsWith(prefix)) found.add(key);
    try {
      const area = this.#area();
      for (let i = 0; area && i < area.length; i++) {
        const key = area.key(i);
        if (key?.startsWith(prefix)) found.add(key);
      }
    } catch {
      this.degraded = true;
    }
    return [...found];
  }
}

/** Parses JSON written by us; anything unreadable (edited by hand, older format) is `undefined`. */
export function readJson(store: SafeStore, key: string): unknown {
  const text = store.get(key);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
