import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { draftKey, readDraft, type Draft } from '../autosave.js';
import { SafeStore, STORAGE_MODES, type StorageMode } from '../../base/storage.js';

/** Which draft to open: the survey round, the instrument (`id@version`), the form and where to keep it. */
export interface DraftAddress {
  surveyId: string;
  instrumentKey: string;
  form: string;
  storage: StorageMode;
  /** The instrument's item ids and page count, to check what the store holds. */
  itemIds: ReadonlySet<string>;
  pages: number;
}

/**
 * Autosave: the survey's draft in Web Storage (or memory), written after every change and when
 * the element leaves the page, so a reload, a crash or a closed tab finds the answers again.
 * `snapshot` gives the draft to write, or `undefined` when nothing may be written (once
 * submitted, the outbox holds the answers and clears the draft on delivery).
 */
export class AutosaveController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #snapshot: () => Draft | undefined;
  #store: SafeStore | undefined;
  #key = '';

  constructor(host: ReactiveControllerHost, snapshot: () => Draft | undefined) {
    this.#host = host;
    this.#snapshot = snapshot;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.save();
  }

  /** The store the draft (and the outbox) live in; undefined until a draft was opened. */
  get store(): SafeStore | undefined {
    return this.#store;
  }

  /** The storage key of the open draft; empty until one was opened. */
  get key(): string {
    return this.#key;
  }

  /** True once the browser refused to store: the draft then lives in memory for this page only. */
  get degraded(): boolean {
    return this.#store?.degraded ?? false;
  }

  /** Opens the draft at `address` and returns what it holds (undefined: none, or unreadable). */
  open(address: DraftAddress): Draft | undefined {
    const mode = STORAGE_MODES.includes(address.storage) ? address.storage : 'local';
    if (this.#store?.mode !== mode) this.#store = new SafeStore(mode);
    this.#key = draftKey(address.surveyId, address.instrumentKey, address.form);
    return readDraft(this.#store, this.#key, address.itemIds, address.pages);
  }

  /** Writes the host's snapshot; asks for an update when storage just failed (the notice shows). */
  save(): void {
    const store = this.#store;
    if (!store || !this.#key) return;
    const draft = this.#snapshot();
    if (!draft) return;
    const degraded = store.degraded;
    store.set(this.#key, JSON.stringify(draft));
    if (store.degraded !== degraded) this.#host.requestUpdate();
  }

  /** Removes the draft (a reset; a delivered submission's is removed by the outbox). */
  clear(): void {
    this.#store?.remove(this.#key);
  }
}
