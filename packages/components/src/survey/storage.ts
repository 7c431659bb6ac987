/**
 * Storage that never throws. Browsers refuse Web Storage in many ways (disabled cookies make the
 * `localStorage` getter throw, private modes and full disks make `setItem` throw, sandboxed
 * frames have none): every failure falls back to memory and raises `degraded`, so the survey can
 * tell the respondent their answers will not survive a reload, and carries on.
 */
import { storageArea, type StorageMode } from '../base/storage.js';

/** `local` (default): survives restarts. `session`: this tab only. `none`: memory only (shared computers). */
export type { StorageMode };

export const STORAGE_MODES: readonly StorageMode[] = ['local', 'session', 'none'];

/**
 * Written when Web Storage fails, per page: removing and re-adding an element on the same page
 * finds its answers again even then.
 */
const memory = new Map<string, string>();

export class SafeStore {
  /** True once the browser's storage refused to work; data then lives in memory for this page. */
  degraded = false;
  readonly mode: StorageMode;

  constructor(mode: StorageMode) {
    this.mode = mode;
  }

  #area(): Storage | undefined {
    if (this.mode === 'none' || this.degraded) return undefined;
    const area = storageArea(this.mode);
    if (!area) this.degraded = true;
    return area;
  }

  get(key: string): string | null {
    const kept = memory.get(key);
    if (kept !== undefined) return kept;
    try {
      return this.#area()?.getItem(key) ?? null;
    } catch {
      this.degraded = true;
      return null;
    }
  }

  /** Stores `value`; returns false when it only went to memory although storage was asked for. */
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
    memory.set(key, value);
    return this.mode === 'none';
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
    for (const key of memory.keys()) if (key.startsWith(prefix)) found.add(key);
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
