import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One entry of the form's data: `name.itemId` (or `itemId`) and the answer as text. */
export type FormEntry = readonly [name: string, value: string];

/** What the host contributes to its form, read after every update. */
export interface FormSnapshot {
  /** The custom states, each on or off. */
  states: Readonly<Record<string, boolean>>;
  /** The form's value, the restore state and what is missing; undefined while there is nothing to submit yet. */
  value?: {
    entries: readonly FormEntry[];
    state: string;
    /** Set while invalid (valueMissing): the message and the control the browser's bubble points at. */
    missing?: { message: string; anchor?: HTMLElement | undefined };
  };
}

/**
 * The survey's side of form association (ElementInternals): the value it contributes to its
 * `<form>`, the state the browser restores on back/forward, its validity, whether an ancestor
 * `<fieldset>` or form disabled it, and the custom states (`:state(queued)`) stylesheets match.
 * The host's snapshot is applied after every update. Guarded for server rendering, where no
 * ElementInternals exists: every method is then a no-op.
 */
export class FormControlController implements ReactiveController {
  /** The host's ElementInternals (undefined in server rendering): validity and its messages are read from it. */
  readonly internals: ElementInternals | undefined;
  readonly #read: () => FormSnapshot;
  /** Disabled by an ancestor `<fieldset disabled>` or form (formDisabledCallback). */
  formDisabled = false;

  /** Must be made in the host's constructor: `attachInternals` may be called once, before upgrade completes. */
  constructor(host: ReactiveControllerHost & HTMLElement, read: () => FormSnapshot) {
    this.#read = read;
    this.internals = typeof host.attachInternals === 'function' ? host.attachInternals() : undefined;
    host.addController(this);
  }

  hostUpdated(): void {
    const { states, value } = this.#read();
    this.setStates(states);
    if (!value) return;
    this.setValue(value.entries, value.state);
    this.setMissing(value.missing?.message, value.missing?.anchor);
  }

  /** The value the form submits (`entries`) and the state the browser restores (`state`). */
  setValue(entries: readonly FormEntry[], state: string): void {
    if (!this.internals) return;
    const data = new FormData();
    for (const [name, value] of entries) data.append(name, value);
    this.internals.setFormValue(data, state);
  }

  /** Invalid (valueMissing) with `message`, the browser's bubble pointing at `anchor`; or valid when `message` is undefined. */
  setMissing(message: string | undefined, anchor?: HTMLElement): void {
    if (!this.internals) return;
    if (message === undefined) this.internals.setValidity({});
    else this.internals.setValidity({ valueMissing: true }, message, anchor);
  }

  /** Turns each custom state on or off. */
  setStates(on: Readonly<Record<string, boolean>>): void {
    const states = this.internals?.states;
    if (!states) return;
    for (const [state, value] of Object.entries(on)) {
      try {
        if (value) states.add(state);
        else states.delete(state);
      } catch {
        // Chromium before 125 accepts only the old `--state` form.
        if (value) states.add(`--${state}`);
        else states.delete(`--${state}`);
      }
    }
  }
}
