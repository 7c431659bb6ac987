import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  instrument as builtInInstrument,
  localize,
  pagesOf,
  type Answers,
  type Form,
  type Instrument,
  type Submission,
} from '@balanse/core';
import { BalanseElement } from '../base/balanse-element.js';
import { draftKey, newSubmissionId, readDraft, cleanAnswers } from './autosave.js';
import { surveyStyles } from './survey.styles.js';
import {
  BalanseDeliveredEvent,
  BalanseFailedEvent,
  BalanseQueuedEvent,
  BalanseSubmitEvent,
  type SurveyResponse,
} from './events.js';
import { deliver, enqueue, flush, isQueued, outboxKey, type RetryPolicy } from './outbox.js';
import { SafeStore, STORAGE_MODES, type StorageMode } from './storage.js';
import { fill, STRINGS } from './strings.js';

/** Where a submission is: not submitted, on its way, waiting in the outbox, confirmed, or refused. */
export type SurveyStatus = 'idle' | 'sending' | 'queued' | 'delivered' | 'failed';

/** The instrument as the survey shows it: its pages and the key of its answers. */
interface Prepared {
  instrument: Instrument;
  pages: readonly (readonly string[])[];
  ids: ReadonlySet<string>;
  /** Each item's number as shown, from 1, in the instrument's order. */
  numbers: ReadonlyMap<string, number>;
  /** Each item by id. */
  items: ReadonlyMap<string, Instrument['items'][number]>;
  /** `id@version`. */
  key: string;
}

function prepare(instrument: Instrument, pages: readonly (readonly string[])[]): Prepared {
  return {
    instrument,
    pages,
    ids: new Set(instrument.items.map((item) => item.id)),
    numbers: new Map(instrument.items.map((item, i) => [item.id, i + 1])),
    items: new Map(instrument.items.map((item) => [item.id, item])),
    key: `${instrument.id}@${instrument.version}`,
  };
}

/** The built-in instrument is valid by construction (core's tests): it is never re-validated. */
let builtIn: Prepared | undefined;

const STATES = ['sending', 'queued', 'delivered', 'failed', 'complete', 'error'] as const;

/**
 * @summary The Balanse survey: 40 items in 5 pages, autosaved as the respondent answers, delivered
 * exactly once even through a dead network, and a native form control.
 *
 * The language follows the nearest `lang` (nb, nn, sv, en; nb otherwise) and can change at any
 * time without losing answers. Every text, including a custom instrument's, is rendered as text.
 *
 * @fires {Event} change - The respondent changed an answer (never on a programmatic set). Read `answers`.
 * @fires {Event} input - Fired with every `change`, for parity with native controls.
 * @fires {BalanseSubmitEvent} balanse-submit - The respondent submitted; cancelable: cancel
 *   to veto. Not cancelled and no `endpoint`: the host has handled `detail.response`, and the survey is delivered.
 * @fires {BalanseQueuedEvent} balanse-queued - Delivery could not finish now; the submission
 *   waits and is retried.
 * @fires {BalanseDeliveredEvent} balanse-delivered - The endpoint (or the host, or another
 *   tab) confirmed the submission.
 * @fires {BalanseFailedEvent} balanse-failed - The endpoint refused the submission; the
 *   answers are kept.
 *
 * @csspart base - The survey's box.
 * @csspart header - Title and instructions.
 * @csspart title - The instrument's title.
 * @csspart instructions - The instructions for the form (team or self), with the recall frame.
 * @csspart notice - The notice shown when the browser will not store answers.
 * @csspart progress - The progress line: text and bar.
 * @csspart progress-text - "Page k of 5 · n of 40 answered".
 * @csspart progress-track - The bar's background.
 * @csspart progress-bar - The bar's filled part (answered items).
 * @csspart page - One page of items, or the review step.
 * @csspart page-heading - The page's heading; it takes focus when the page changes.
 * @csspart items - The list of a page's items.
 * @csspart item - One item.
 * @csspart radiogroup - The item's group of options.
 * @csspart item-text - The item's wording (the group's label).
 * @csspart item-number - The item's number.
 * @csspart options - The row (wide) or column (narrow) of options.
 * @csspart option - One option: its radio and label, a 44 px target.
 * @csspart option-selected - The chosen option (also has `option`).
 * @csspart option-cannot-answer - The "cannot answer" option (also has `option`).
 * @csspart option-input - The native radio.
 * @csspart option-label - The option's label text.
 * @csspart nav - The row of Back, Next and Send buttons.
 * @csspart button - Every button.
 * @csspart button-back - Back.
 * @csspart button-next - Next, and "Review answers" on the last page.
 * @csspart button-submit - Send answers.
 * @csspart button-retry - Try again (queued or failed).
 * @csspart review-text - The review step's sentence: all answered, or which items are not.
 * @csspart review-list - The list of unanswered items.
 * @csspart review-link - A button that takes the respondent to an unanswered item.
 * @csspart status - The delivery status (sending, queued, delivered, failed) with its button; a polite live region.
 * @csspart status-text - The status in words.
 * @csspart error - The box of an invalid instrument, and the message of a required survey not complete.
 * @csspart error-message - What went wrong, in the respondent's language.
 * @csspart error-detail - The invalid field and rule, from core.
 *
 * @cssproperty --balanse-survey-background - The survey's background. Default: `--balanse-color-surface`.
 * @cssproperty --balanse-survey-color - The survey's text. Default: `--balanse-color-text`.
 * @cssproperty --balanse-survey-muted-color - Instructions and progress text. Default: `--balanse-color-text-muted`.
 * @cssproperty --balanse-survey-border-color - Borders of the box and the options. Default: `--balanse-color-border`.
 * @cssproperty --balanse-survey-radius - Corner radius of the box and items. Default: `--balanse-radius-m`.
 * @cssproperty --balanse-survey-padding - Padding of the box. Default: `--balanse-space-l`.
 * @cssproperty --balanse-survey-gap - Space between items. Default: `--balanse-space-m`.
 * @cssproperty --balanse-survey-item-background - An item's background. Default: `--balanse-color-surface-raised`.
 * @cssproperty --balanse-survey-option-background - An option's background. Default: `--balanse-color-surface`.
 * @cssproperty --balanse-survey-option-radius - An option's corner radius. Default: `--balanse-radius-s`.
 * @cssproperty --balanse-survey-option-size - The smallest height of an option. Default: `--balanse-target-size` (44px).
 * @cssproperty --balanse-survey-option-selected-background - The chosen option's background. Default: `--balanse-color-accent`.
 * @cssproperty --balanse-survey-option-selected-color - The chosen option's text. Default: `--balanse-color-accent-contrast`.
 * @cssproperty --balanse-survey-accent - Buttons and the progress bar. Default: `--balanse-color-accent`.
 * @cssproperty --balanse-survey-accent-contrast - Text on the accent. Default: `--balanse-color-accent-contrast`.
 * @cssproperty --balanse-survey-heading-size - The title's font size. Default: `--balanse-font-size-xl`.
 * @cssproperty --balanse-survey-danger - Border of errors and refused delivery. Default: `--balanse-color-danger`.
 * @cssproperty --balanse-survey-success - Border of the delivered message. Default: `--balanse-color-success`.
 * @cssproperty --balanse-survey-warning - Border of notices and the queued message. Default: `--balanse-color-warning`.
 *
 * @cssstate sending - A delivery attempt is under way.
 * @cssstate queued - The submission waits in the outbox.
 * @cssstate delivered - The submission was confirmed.
 * @cssstate failed - The endpoint refused the submission.
 * @cssstate complete - Every item has an answer.
 * @cssstate error - The custom instrument is invalid.
 */
export class BalanseSurvey extends BalanseElement {
  static formAssociated = true;

  static override styles = surveyStyles;

  static override properties = {
    ...BalanseElement.properties,
    surveyId: { attribute: 'survey-id' },
    endpoint: {},
    surveyForm: { attribute: 'survey-form' },
    storage: {},
    cannotAnswer: { type: Boolean, attribute: 'cannot-answer' },
    required: { type: Boolean },
    name: {},
    disabled: { type: Boolean, reflect: true },
    retryDelay: { type: Number, attribute: 'retry-delay' },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    maxAttempts: { type: Number, attribute: 'max-attempts' },
    instrument: { attribute: false },
  };

  /** Names this survey round in the autosave key; give each round its own. */
  declare surveyId: string;
  /** The URL the survey POSTs its JSON to (see docs/delivery-protocol.md). Empty: the host handles `balanse-submit`. */
  declare endpoint: string;
  /**
   * `team` (default), a team member about their leader and team, or `self`, the leader's self form.
   * Named `survey-form`, not `form`: on a form-associated element the HTML `form` attribute names
   * the owning `<form>` by id, so `form="self"` would detach the survey from its form.
   */
  declare surveyForm: Form;
  /** Where answers are autosaved: `local` (default), `session` (this tab) or `none` (memory; shared computers). */
  declare storage: StorageMode;
  /** Offers "cannot answer", stored as `null` (§8.2). Off by default. */
  declare cannotAnswer: boolean;
  /** Makes the form control invalid (valueMissing) until every item has an answer, and blocks sending. */
  declare required: boolean;
  /** Prefix of the form entries: `name.itemId`; without a name, the entries are named by item id. */
  declare name: string;
  /** Shows the survey read-only. */
  declare disabled: boolean;
  /** First wait before a retry, in ms (doubles per attempt, with jitter). */
  declare retryDelay: number;
  /** Time a delivery request may take, in ms, before it is aborted and retried. */
  declare requestTimeout: number;
  /** Delivery attempts per flush before the submission waits for `online`, a reload or the respondent. */
  declare maxAttempts: number;
  /** The instrument: core's built-in one by default; a custom one is validated with core's schema. */
  declare instrument: Instrument;

  #internals: ElementInternals | undefined;
  #prepared: Prepared | undefined;
  #error: string | undefined;
  #store: SafeStore | undefined;
  #key = '';
  #answers: Answers = {};
  #preset: Answers | undefined;
  #presetPage: number | undefined;
  #page = 0;
  #pageTimes: number[] = [];
  #shownAt: number | undefined;
  #submissionId = '';
  #status: SurveyStatus = 'idle';
  #refusedStatus = 0;
  #showRequired = false;
  #formDisabled = false;
  #announcement = '';
  #focus: string | undefined;
  /** This element waits for the outcome of its own submission. */
  #delivering = false;

  constructor() {
    super();
    this.surveyId = '';
    this.endpoint = '';
    this.surveyForm = 'team';
    this.storage = 'local';
    this.cannotAnswer = false;
    this.required = false;
    this.name = '';
    this.disabled = false;
    this.retryDelay = 1000;
    this.requestTimeout = 15_000;
    this.maxAttempts = 5;
    this.instrument = builtInInstrument;
    // Guarded for server rendering, where no ElementInternals exists.
    this.#internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
    // A page may set `answers` or `page` before the element is defined (the script-tag build
    // defines it when its chunk arrives): that leaves an own property hiding the accessors, so the
    // survey would never see it. Hand such values to the accessors (Lit does this for its own
    // reactive properties only).
    for (const name of ['answers', 'page'] as const) {
      if (!Object.hasOwn(this, name)) continue;
      const value: unknown = this[name];
      Reflect.deleteProperty(this, name);
      (this as Record<typeof name, unknown>)[name] = value;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.#onOnline);
    document.addEventListener('visibilitychange', this.#onVisibility);
    // Moved in the page: the state is still here. Connected for the first time: willUpdate restores.
    if (!this.#key) this.#restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#save();
    removeEventListener('online', this.#onOnline);
    removeEventListener('storage', this.#onStorage);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('instrument')) this.#prepare();
    else if (changed.has('surveyId') || changed.has('surveyForm') || changed.has('storage')) this.#restore();
    else if (changed.has('endpoint')) this.#resume();
  }

  protected override updated(): void {
    const root = this.renderRoot;
    const bar = root.querySelector<HTMLElement>('[part~="progress-bar"]');
    if (bar && this.#prepared) bar.style.inlineSize = `${(100 * this.#answered) / this.#prepared.ids.size}%`;
    if (this.#focus) {
      const target =
        this.#focus === 'heading'
          ? root.querySelector<HTMLElement>('[part~="page-heading"]')
          : (root.querySelector<HTMLElement>(`input[name="${this.#focus}"]:checked`) ??
            root.querySelector<HTMLElement>(`input[name="${this.#focus}"]`));
      this.#focus = undefined;
      target?.focus();
    }
    this.#syncForm();
    this.#syncStates();
  }

  /** Called by the browser when the owning form is reset: clears the answers and their autosave. */
  formResetCallback(): void {
    this.reset();
  }

  /** Called by the browser on back/forward navigation or autofill, with the state given to `setFormValue`. */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      const saved = JSON.parse(state) as { answers?: unknown; page?: unknown };
      this.answers = saved.answers as Answers;
      if (typeof saved.page === 'number') this.page = saved.page;
    } catch {
      // Not ours; nothing to restore.
    }
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** The answers by item id: 1–5, or `null` for "cannot answer"; a skipped item has no key. Setting it fires no event. */
  get answers(): Answers {
    return { ...(this.#preset ?? this.#answers) };
  }

  set answers(value: Answers) {
    if (this.#prepared && this.#key) {
      this.#answers = cleanAnswers(value, this.#prepared.ids);
      this.#save();
      this.requestUpdate();
    } else {
      this.#preset = { ...value };
    }
  }

  /** The page shown, from 0; the number of pages means the review step. Setting it does not move focus. */
  get page(): number {
    return this.#presetPage ?? this.#page;
  }

  set page(value: number) {
    if (this.#prepared && this.#key) this.#setPage(value);
    else this.#presetPage = value;
  }

  /** Where the submission is: `idle`, `sending`, `queued`, `delivered` or `failed`. */
  get status(): SurveyStatus {
    return this.#status;
  }

  /** The id of this respondent's submission, generated once and kept by autosave: the `Idempotency-Key`. */
  get submissionId(): string {
    return this.#submissionId;
  }

  /** The form-control validity: `valueMissing` while `required` and an item is unanswered. */
  get validity(): ValidityState | undefined {
    return this.#internals?.validity;
  }

  /** The message a browser shows for an invalid survey, in the survey's language. */
  get validationMessage(): string {
    return this.#internals?.validationMessage ?? '';
  }

  /** True when the survey is valid as a form control; fires `invalid` otherwise, like a native input. */
  checkValidity(): boolean {
    return this.#internals?.checkValidity() ?? true;
  }

  /** Like `checkValidity`, and shows the problem to the respondent. */
  reportValidity(): boolean {
    return this.#internals?.reportValidity() ?? true;
  }

  /** Shows the page with item `id` and focuses its options. Returns false when there is no such item. */
  goToItem(id: string): boolean {
    const page = this.#prepared?.pages.findIndex((ids) => ids.includes(id)) ?? -1;
    if (page < 0 || this.#locked) return false;
    this.#setPage(page);
    this.#focus = id;
    return true;
  }

  /**
   * Submits the answers: fires `balanse-submit`, then (not cancelled) delivers them to `endpoint`
   * through the outbox, or counts them as delivered when there is no endpoint. Does nothing while
   * a submission is on its way or done; with `required`, shows the review step until complete.
   */
  submit(): void {
    const prepared = this.#prepared;
    if (!prepared || this.#locked || this.#disabled) return;
    if (this.required && this.#answered < prepared.ids.size) {
      this.#showRequired = true;
      this.#setPage(prepared.pages.length);
      return;
    }
    this.#tick();
    const { instrument } = prepared;
    const submittedAt = new Date().toISOString();
    const response: SurveyResponse = {
      id: this.#submissionId,
      instrument: { id: instrument.id, version: instrument.version },
      form: this.#form,
      answers: { ...this.#answers },
      locale: this.locale,
      pageTimes: this.#pageTimes.map(Math.round),
    };
    const endpoint = this.endpoint || null;
    if (!this.emit(new BalanseSubmitEvent({ response, submittedAt, endpoint }))) return;
    const store = this.#store;
    if (!store) return;
    if (!endpoint) {
      store.remove(this.#key);
      this.#delivered(null);
      return;
    }
    // The document of docs/delivery-protocol.md, validated on the server by core's SubmissionSchema.
    const { id, ...rest } = response;
    const submission: Submission = { submissionId: id, ...rest, submittedAt };
    enqueue(store, id, { endpoint, body: JSON.stringify(submission), draftKey: this.#key });
    void this.#deliverOwn();
  }

  /**
   * Starts afresh: clears the answers, the page, the timings and the autosave, with a new
   * submission id. A submission already queued is still delivered.
   */
  reset(): void {
    this.#store?.remove(this.#key);
    this.#answers = {};
    this.#preset = undefined;
    this.#page = 0;
    this.#pageTimes = this.#pageTimes.map(() => 0);
    this.#submissionId = newSubmissionId();
    this.#status = 'idle';
    this.#showRequired = false;
    this.#shownAt = performance.now();
    this.requestUpdate();
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  get #form(): Form {
    return this.surveyForm === 'self' ? 'self' : 'team';
  }

  get #answered(): number {
    return Object.keys(this.#answers).length;
  }

  /** Submitted and not refused: the answers are fixed. */
  get #locked(): boolean {
    return this.#status === 'sending' || this.#status === 'queued' || this.#status === 'delivered';
  }

  get #disabled(): boolean {
    return this.disabled || this.#formDisabled;
  }

  get #policy(): RetryPolicy {
    const positive = (value: number, fallback: number) => (Number.isFinite(value) && value >= 0 ? value : fallback);
    return {
      retryDelay: positive(this.retryDelay, 1000),
      timeout: positive(this.requestTimeout, 15_000),
      maxAttempts: Math.max(1, Math.floor(positive(this.maxAttempts, 5))),
    };
  }

  #prepare(): void {
    const instrument = this.instrument;
    this.#prepared = undefined;
    this.#error = undefined;
    if (instrument === builtInInstrument) {
      // The built-in instrument always has its pages (core builds them).
      this.#prepared = builtIn ??= prepare(instrument, instrument.pages ?? pagesOf(instrument.items.map((i) => i.id)));
      this.#restore();
      return;
    }
    // `updateComplete` waits for the validation and the update it leads to.
    const validation = import('./validate-instrument.js')
      .then(({ validateInstrument }) => validateInstrument(instrument))
      .catch((error: unknown) => String(error)) // the chunk failed to load (network, CSP)
      .then((compiled) => {
        if (instrument !== this.instrument) return;
        if (typeof compiled === 'string') this.#error = compiled;
        else this.#prepared = prepare(instrument, compiled.pages);
        this.#restore();
        this.requestUpdate();
      });
    this.waitFor(validation);
  }

  /** Loads the draft for the current survey id, instrument, form and storage, and resumes delivery. */
  #restore(): void {
    const prepared = this.#prepared;
    if (!prepared || !this.isConnected) return;
    const mode = STORAGE_MODES.includes(this.storage) ? this.storage : 'local';
    if (this.#store?.mode !== mode) this.#store = new SafeStore(mode);
    const store = this.#store;
    this.#key = draftKey(this.surveyId, prepared.key, this.#form);
    const draft = readDraft(store, this.#key, prepared.ids, prepared.pages.length);
    this.#answers = draft?.answers ?? {};
    this.#page = draft?.page ?? 0;
    this.#pageTimes = draft?.pageTimes ?? prepared.pages.map(() => 0);
    this.#submissionId = draft?.submissionId ?? newSubmissionId();
    this.#shownAt = performance.now();
    this.#status = 'idle';
    const preset = this.#preset;
    this.#preset = undefined;
    if (preset) this.#answers = cleanAnswers(preset, prepared.ids);
    if (this.#presetPage !== undefined) {
      this.#setPage(this.#presetPage);
      this.#presetPage = undefined;
    }
    // Saved at once, so the submission id is fixed for every tab and element showing this survey;
    // in the next task, so the first storage write (a round trip to the browser) does not delay the first render.
    if (!draft || preset) setTimeout(() => this.#save());
    this.#resume();
  }

  /** Sends what waits in the outbox for this endpoint, this survey's own submission included. */
  #resume(): void {
    if (!this.endpoint || !this.#store) return;
    flush(this.#store, this.endpoint, this.#policy);
    if (!this.#delivering && isQueued(this.#store, this.#submissionId)) void this.#deliverOwn();
  }

  /** Adds the time the current page has been visible to its total (§8.7). */
  #tick(): void {
    const now = performance.now();
    const spent = this.#pageTimes[this.#page];
    if (this.#shownAt !== undefined && spent !== undefined) this.#pageTimes[this.#page] = spent + now - this.#shownAt;
    this.#shownAt = document.visibilityState === 'hidden' ? undefined : now;
  }

  #save(): void {
    // Once submitted, the outbox holds the answers and clears the draft on delivery: never write it back.
    const store = this.#store;
    if (!store || !this.#key || this.#locked) return;
    this.#tick();
    const draft = {
      answers: this.#answers,
      page: this.#page,
      pageTimes: this.#pageTimes.map(Math.round),
      submissionId: this.#submissionId,
    };
    const degraded = store.degraded;
    store.set(this.#key, JSON.stringify(draft));
    if (store.degraded !== degraded) this.requestUpdate(); // show the notice
  }

  #setPage(value: number): void {
    const last = this.#prepared?.pages.length ?? 0;
    const page = Math.min(Math.max(Math.trunc(value) || 0, 0), last);
    if (page === this.#page) return;
    this.#tick();
    this.#page = page;
    this.#save();
    this.requestUpdate();
  }

  #go(prepared: Prepared, page: number): void {
    this.#setPage(page);
    this.#focus = 'heading';
    const s = STRINGS[this.locale];
    const pages = prepared.pages.length;
    const where = page < pages ? fill(s.page, this.locale, { page: page + 1, pages }) : s.review;
    const answered = fill(s.answered, this.locale, { answered: this.#answered, total: prepared.ids.size });
    this.#announcement = `${where}. ${answered}`;
  }

  #setStatus(status: SurveyStatus): void {
    this.#status = status;
    // Only a queued submission can be settled by another tab.
    if (status === 'queued' && this.isConnected) addEventListener('storage', this.#onStorage);
    else removeEventListener('storage', this.#onStorage);
    this.requestUpdate();
  }

  #delivered(status: number | null): void {
    this.#setStatus('delivered');
    this.emit(new BalanseDeliveredEvent({ submissionId: this.#submissionId, status }));
  }

  async #deliverOwn(): Promise<void> {
    const id = this.#submissionId;
    const store = this.#store;
    if (!store) return;
    let told = false;
    this.#delivering = true;
    this.#setStatus('sending');
    const outcome = await deliver(store, id, this.#policy, (reason, status) => {
      if (told || id !== this.#submissionId) return;
      told = true;
      this.#setStatus('queued');
      this.emit(new BalanseQueuedEvent({ submissionId: id, reason, status }));
    }).finally(() => (this.#delivering = false));
    if (id !== this.#submissionId) return; // reset meanwhile: the outbox still delivers it
    if (outcome.kind === 'delivered') this.#delivered(outcome.status);
    else if (outcome.kind === 'queued') this.#setStatus('queued');
    else if (outcome.kind === 'failed') {
      this.#refusedStatus = outcome.status;
      this.#setStatus('failed');
      this.emit(new BalanseFailedEvent({ submissionId: id, status: outcome.status }));
    } else this.#settledElsewhere();
  }

  /** Another tab took the submission out of the outbox: delivered if it also cleared the draft. */
  #settledElsewhere(): void {
    if (this.#store?.get(this.#key) === null) this.#delivered(null);
    else this.#setStatus('idle');
  }

  #syncForm(): void {
    const internals = this.#internals;
    const prepared = this.#prepared;
    if (!internals || !prepared) return;
    const data = new FormData();
    for (const [id, value] of Object.entries(this.#answers))
      data.append(this.name ? `${this.name}.${id}` : id, value === null ? '' : String(value));
    internals.setFormValue(data, JSON.stringify({ answers: this.#answers, page: this.#page }));
    if (this.required && this.#answered < prepared.ids.size) {
      const root = this.renderRoot;
      const missing = prepared.pages[this.#page]?.find((id) => !(id in this.#answers));
      const anchor =
        (missing && root.querySelector<HTMLElement>(`input[name="${missing}"]`)) ||
        root.querySelector<HTMLElement>('[part~="review-link"], [part~="page-heading"]') ||
        undefined;
      internals.setValidity({ valueMissing: true }, STRINGS[this.locale].mustAnswer, anchor);
    } else internals.setValidity({});
  }

  #syncStates(): void {
    const states = this.#internals?.states;
    if (!states) return;
    const on = {
      sending: this.#status === 'sending',
      queued: this.#status === 'queued',
      delivered: this.#status === 'delivered',
      failed: this.#status === 'failed',
      complete: !!this.#prepared && this.#answered === this.#prepared.ids.size,
      error: this.#error !== undefined,
    };
    for (const state of STATES) {
      try {
        if (on[state]) states.add(state);
        else states.delete(state);
      } catch {
        // Chromium before 125 accepts only the old `--state` form.
        if (on[state]) states.add(`--${state}`);
        else states.delete(`--${state}`);
      }
    }
  }

  // ── Handlers ──────────────────────────────────────────────────────────────────────────────────

  #onOnline = (): void => this.#resume();

  #onVisibility = (): void => this.#tick();

  /** Another tab delivered (or saw refused) the submission this one still shows as queued. */
  #onStorage = (event: StorageEvent): void => {
    if (
      event.key === outboxKey(this.#submissionId) &&
      event.newValue === null &&
      this.#status === 'queued' &&
      !this.#delivering
    ) {
      this.#settledElsewhere();
    }
  };

  /** A user's choice. The inner radios' own events stay inside; the host fires `input` and `change`. */
  #onChange = (event: Event): void => {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    this.#answers = { ...this.#answers, [input.name]: input.value ? Number(input.value) : null };
    this.#save();
    this.requestUpdate();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };

  #stop = (event: Event): void => event.stopPropagation();

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────────

  override render(): TemplateResult | typeof nothing {
    const s = STRINGS[this.locale];
    if (this.#error) {
      return html`<div part="base error" role="alert" lang=${this.locale}>
        <p part="error-message">${s.invalid}</p>
        <p part="error-detail">${this.#error}</p>
      </div>`;
    }
    const prepared = this.#prepared;
    if (!prepared) return nothing;
    const { instrument, pages } = prepared;
    const locale = this.locale;
    const onReview = this.#page >= pages.length;
    const answered = fill(s.answered, locale, { answered: this.#answered, total: prepared.ids.size });
    return html`<div part="base" lang=${locale}>
      <div part="header">
        <h2 part="title">${localize(instrument.title, locale)}</h2>
        ${this.#status === 'delivered' ? nothing : html`<p part="instructions">${localize(instrument.instructions[this.#form], locale)} ${this.required ? s.requiredNote : s.optionalNote}</p>`}
      </div>
      ${this.#store?.degraded ? html`<p part="notice" role="status">${s.notSaved}</p>` : nothing}
      ${
        this.#status === 'delivered'
          ? nothing
          : html`<div part="progress">
              <span part="progress-text">${onReview ? '' : `${fill(s.page, locale, { page: this.#page + 1, pages: pages.length })} · `}${answered}</span>
              <div part="progress-track"><div part="progress-bar"></div></div>
            </div>
            ${onReview ? this.#renderReview(prepared) : this.#renderPage(prepared)}`
      }
      <div part="status" role="status">${this.#renderStatus()}</div>
      <p class="visually-hidden" aria-live="polite">${this.#announcement}</p>
    </div>`;
  }

  #renderPage(prepared: Prepared): TemplateResult {
    const s = STRINGS[this.locale];
    const { instrument, pages } = prepared;
    const locale = this.locale;
    const labels =
      instrument.responseLabels[locale] ??
      instrument.responseLabels.nb ??
      instrument.responseLabels.en ??
      Object.values(instrument.responseLabels)[0] ??
      [];
    const cannot = localize(instrument.cannotAnswerLabel, locale);
    const disabled = this.#disabled || this.#locked;
    const items = (pages[this.#page] ?? []).flatMap((id) => prepared.items.get(id) ?? []);
    const option = (id: string, value: number | null, label: string) => {
      const selected = id in this.#answers && this.#answers[id] === value;
      const part = `option${selected ? ' option-selected' : ''}${value === null ? ' option-cannot-answer' : ''}`;
      return html`<label part=${part}
        ><input part="option-input" type="radio" name=${id} value=${value ?? ''} .checked=${live(selected)} /><span part="option-label"
          >${label}</span
        ></label
      >`;
    };
    return html`<div part="page" role="group" aria-labelledby="heading">
      <h3 id="heading" part="page-heading" tabindex="-1">${fill(s.page, locale, { page: this.#page + 1, pages: pages.length })}</h3>
      <ol part="items" @change=${this.#onChange} @input=${this.#stop}>
        ${items.map((item) => {
          const text = this.#form === 'self' && item.selfText ? item.selfText : item.text;
          return html`<li part="item">
            <fieldset part="radiogroup" role="radiogroup" aria-labelledby=${`t-${item.id}`} ?disabled=${disabled}>
              <legend id=${`t-${item.id}`} part="item-text"><span part="item-number">${prepared.numbers.get(item.id) ?? ''}.</span> ${localize(text, locale)}</legend>
              <div part="options">
                ${labels.map((label, i) => option(item.id, i + 1, label))} ${this.cannotAnswer ? option(item.id, null, cannot) : nothing}
              </div>
            </fieldset>
          </li>`;
        })}
      </ol>
      <div part="nav">
        ${this.#page > 0 ? html`<button type="button" part="button button-back" @click=${() => this.#go(prepared, this.#page - 1)}>${s.back}</button>` : nothing}
        <button type="button" part="button button-next" @click=${() => this.#go(prepared, this.#page + 1)}>
          ${this.#page === pages.length - 1 ? s.toReview : s.next}
        </button>
      </div>
    </div>`;
  }

  #renderReview(prepared: Prepared): TemplateResult {
    const s = STRINGS[this.locale];
    const { instrument } = prepared;
    const locale = this.locale;
    const missing = instrument.items.filter((item) => !(item.id in this.#answers));
    const busy = this.#locked || this.#disabled;
    return html`<div part="page" role="group" aria-labelledby="heading">
      <h3 id="heading" part="page-heading" tabindex="-1">${s.review}</h3>
      ${
        missing.length === 0
          ? html`<p part="review-text">${s.allAnswered}</p>`
          : html`<p part="review-text">${this.required ? s.unansweredRequired : s.unanswered}</p>
            <ul part="review-list">
              ${missing.map((item) => {
                const text = this.#form === 'self' && item.selfText ? item.selfText : item.text;
                return html`<li>
                  <button type="button" part="review-link" ?disabled=${busy} @click=${() => this.goToItem(item.id)}>
                    ${prepared.numbers.get(item.id) ?? ''}. ${localize(text, locale)}
                  </button>
                </li>`;
              })}
            </ul>`
      }
      ${this.#showRequired && this.required && missing.length > 0 ? html`<p part="error">${s.mustAnswer}</p>` : nothing}
      <div part="nav">
        <button type="button" part="button button-back" ?disabled=${busy} @click=${() => this.#go(prepared, this.#page - 1)}>${s.back}</button>
        <button type="button" part="button button-submit" ?disabled=${busy} @click=${() => this.submit()}>${s.submit}</button>
      </div>
    </div>`;
  }

  #renderStatus(): TemplateResult | typeof nothing {
    const s = STRINGS[this.locale];
    switch (this.#status) {
      case 'sending':
        return html`<p part="status-text">${s.sending}</p>`;
      case 'queued':
        return html`<p part="status-text">${s.queued}</p>
          <button type="button" part="button button-retry" @click=${this.#onOnline}>${s.retry}</button>`;
      case 'failed':
        return html`<p part="status-text">${fill(s.failed, this.locale, { status: this.#refusedStatus })}</p>
          <button type="button" part="button button-retry" @click=${() => this.submit()}>${s.retry}</button>`;
      case 'delivered':
        return html`<p part="status-text">${s.delivered}</p>`;
      default:
        return nothing;
    }
  }
}
