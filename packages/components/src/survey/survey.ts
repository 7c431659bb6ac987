import { isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  instrument as builtInInstrument,
  type Answers,
  type Form,
  type Instrument,
  type Submission,
} from '@balanse/core';
import { BalanseElement } from '../base/balanse-element.js';
import { toLocale } from '../base/locale.js';
import { cleanAnswers, newSubmissionId, type Draft } from './autosave.js';
import { AutosaveController } from './controllers/autosave.js';
import { DeliveryController, type SurveyStatus } from './controllers/delivery.js';
import { FormControlController, type FormSnapshot } from './controllers/form-control.js';
import { PageTimer } from './controllers/page-timer.js';
import { BalanseSubmitEvent, type SurveyResponse } from './events.js';
import type { RetryPolicy } from './retry.js';
import { prepareInstrument, type Prepared } from './prepared.js';
import type { StorageMode } from '../base/storage.js';
import { fill, STRINGS } from './strings.js';
import { surveyStyles } from './survey.styles.js';
import type { SurveyActions, SurveyView } from './views/model.js';
import { renderError, renderSurvey } from './views/survey.js';

export type { SurveyStatus };

/** Rendering on the server (@lit-labs/ssr). Lit types `isServer` as its browser build's `false`; on Node it is true. */
const SERVER: boolean = isServer;

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

  readonly #formControl = new FormControlController(this, () => this.#formSnapshot());
  readonly #timer = new PageTimer(this, () => this.#page);
  readonly #autosave = new AutosaveController(this, () => this.#draft());
  readonly #delivery = new DeliveryController(this, {
    store: () => this.#autosave.store,
    draftKey: () => this.#autosave.key,
    endpoint: () => this.endpoint,
    policy: () => this.#policy,
  });
  #prepared: Prepared | undefined;
  #error: string | undefined;
  #answers: Answers = {};
  #preset: Answers | undefined;
  #presetPage: number | undefined;
  #page = 0;
  #showRequired = false;
  #announcement = '';
  #focus: string | undefined;
  /**
   * Server-rendered (`@lit-labs/ssr`: the page arrived with this survey's declarative shadow
   * root) and not hydrated yet. Hydration adopts the server's DOM, so the first render must be
   * the server's: page 1 without answers, as before any draft is read. The draft (#restore)
   * follows right after it, then what the respondent chose before the script ran, replayed as
   * their choices (src/hydrate.ts).
   */
  #hydrating = !SERVER && !!this.shadowRoot;

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
    // Moved in the page: the state is still here. Connected for the first time: willUpdate restores.
    if (!this.#autosave.key) this.#restore();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (SERVER) {
      // Server rendering calls no connectedCallback and hands no changed properties: the
      // language is the element's own `lang` (the page writes it), the instrument the built-in one.
      this.locale = toLocale(this.getAttribute('lang'));
      if (!this.#prepared) this.#prepare();
      return;
    }
    if (changed.has('instrument')) this.#prepare();
    else if (changed.has('surveyId') || changed.has('surveyForm') || changed.has('storage')) this.#restore();
    else if (changed.has('endpoint')) this.#delivery.resume();
  }

  protected override updated(): void {
    if (this.#hydrating) {
      this.#hydrating = false;
      this.#restore();
      this.requestUpdate();
    }
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
    this.#formControl.formDisabled = disabled;
    this.requestUpdate();
  }

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** The answers by item id: 1–5, or `null` for "cannot answer"; a skipped item has no key. Setting it fires no event. */
  get answers(): Answers {
    return { ...(this.#preset ?? this.#answers) };
  }

  set answers(value: Answers) {
    if (this.#prepared && this.#autosave.key) {
      this.#answers = cleanAnswers(value, this.#prepared.ids);
      this.#autosave.save();
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
    if (this.#prepared && this.#autosave.key) this.#setPage(value);
    else this.#presetPage = value;
  }

  /** Where the submission is: `idle`, `sending`, `queued`, `delivered` or `failed`. */
  get status(): SurveyStatus {
    return this.#delivery.status;
  }

  /** The id of this respondent's submission, generated once and kept by autosave: the `Idempotency-Key`. */
  get submissionId(): string {
    return this.#delivery.submissionId;
  }

  /** The form-control validity: `valueMissing` while `required` and an item is unanswered. */
  get validity(): ValidityState | undefined {
    return this.#formControl.internals?.validity;
  }

  /** The message a browser shows for an invalid survey, in the survey's language. */
  get validationMessage(): string {
    return this.#formControl.internals?.validationMessage ?? '';
  }

  /** True when the survey is valid as a form control; fires `invalid` otherwise, like a native input. */
  checkValidity(): boolean {
    return this.#formControl.internals?.checkValidity() ?? true;
  }

  /** Like `checkValidity`, and shows the problem to the respondent. */
  reportValidity(): boolean {
    return this.#formControl.internals?.reportValidity() ?? true;
  }

  /** Shows the page with item `id` and focuses its options. Returns false when there is no such item. */
  goToItem(id: string): boolean {
    const page = this.#prepared?.pages.findIndex((ids) => ids.includes(id)) ?? -1;
    if (page < 0 || this.#delivery.locked) return false;
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
    if (!prepared || this.#delivery.locked || this.#disabled) return;
    if (this.required && this.#answered < prepared.ids.size) {
      this.#showRequired = true;
      this.#setPage(prepared.pages.length);
      return;
    }
    this.#timer.tick();
    const { instrument } = prepared;
    const submittedAt = new Date().toISOString();
    const response: SurveyResponse = {
      id: this.#delivery.submissionId,
      instrument: { id: instrument.id, version: instrument.version },
      form: this.#form,
      answers: { ...this.#answers },
      locale: this.locale,
      pageTimes: this.#timer.times,
    };
    const endpoint = this.endpoint || null;
    if (!this.emit(new BalanseSubmitEvent({ response, submittedAt, endpoint }))) return;
    // The document of docs/delivery-protocol.md, validated on the server by core's SubmissionSchema.
    const { id, ...rest } = response;
    const submission: Submission = { submissionId: id, ...rest, submittedAt };
    this.#delivery.send(submission);
  }

  /**
   * Starts afresh: clears the answers, the page, the timings and the autosave, with a new
   * submission id. A submission already queued is still delivered.
   */
  reset(): void {
    this.#autosave.clear();
    this.#answers = {};
    this.#preset = undefined;
    this.#page = 0;
    this.#delivery.start(newSubmissionId());
    this.#showRequired = false;
    this.#timer.reset();
    this.requestUpdate();
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  get #form(): Form {
    return this.surveyForm === 'self' ? 'self' : 'team';
  }

  get #answered(): number {
    return Object.keys(this.#answers).length;
  }

  get #disabled(): boolean {
    return this.disabled || this.#formControl.formDisabled;
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
    this.#prepared = undefined;
    this.#error = undefined;
    // The built-in instrument at once; a custom one once core has validated it (the latest wins).
    this.loadLazily('instrument', prepareInstrument(this.instrument), (result) => {
      if (typeof result === 'string') this.#error = result;
      else this.#prepared = result;
      this.#restore();
    });
  }

  /** Loads the draft for the current survey id, instrument, form and storage, and resumes delivery. */
  #restore(): void {
    const prepared = this.#prepared;
    if (!prepared || !this.isConnected || this.#hydrating) return;
    const draft = this.#autosave.open({
      surveyId: this.surveyId,
      instrumentKey: prepared.key,
      form: this.#form,
      storage: this.storage,
      itemIds: prepared.ids,
      pages: prepared.pages.length,
    });
    this.#answers = draft?.answers ?? {};
    this.#page = draft?.page ?? 0;
    this.#timer.restart(draft?.pageTimes ?? prepared.pages.map(() => 0));
    this.#delivery.start(draft?.submissionId ?? newSubmissionId());
    const preset = this.#preset;
    this.#preset = undefined;
    if (preset) this.#answers = cleanAnswers(preset, prepared.ids);
    if (this.#presetPage !== undefined) {
      this.#setPage(this.#presetPage);
      this.#presetPage = undefined;
    }
    // Saved at once, so the submission id is fixed for every tab and element showing this survey;
    // in the next task, so the first storage write (a round trip to the browser) does not delay the first render.
    if (!draft || preset) setTimeout(() => this.#autosave.save());
    this.#delivery.resume();
  }

  /** The draft autosave writes; none once submitted (the outbox holds the answers and clears the draft on delivery). */
  #draft(): Draft | undefined {
    if (this.#delivery.locked) return undefined;
    this.#timer.tick();
    return {
      answers: this.#answers,
      page: this.#page,
      pageTimes: this.#timer.times,
      submissionId: this.#delivery.submissionId,
    };
  }

  #setPage(value: number): void {
    const last = this.#prepared?.pages.length ?? 0;
    const page = Math.min(Math.max(Math.trunc(value) || 0, 0), last);
    if (page === this.#page) return;
    this.#timer.tick();
    this.#page = page;
    this.#autosave.save();
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

  /** What the survey contributes to its form: the answers, the restore state, validity and custom states. */
  #formSnapshot(): FormSnapshot {
    const prepared = this.#prepared;
    const status = this.#delivery.status;
    const states = {
      sending: status === 'sending',
      queued: status === 'queued',
      delivered: status === 'delivered',
      failed: status === 'failed',
      complete: !!prepared && this.#answered === prepared.ids.size,
      error: this.#error !== undefined,
    };
    if (!prepared) return { states };
    const entries = Object.entries(this.#answers).map(
      ([id, value]) => [this.name ? `${this.name}.${id}` : id, value === null ? '' : String(value)] as const,
    );
    const state = JSON.stringify({ answers: this.#answers, page: this.#page });
    if (!this.required || this.#answered >= prepared.ids.size) return { states, value: { entries, state } };
    const root = this.renderRoot;
    const missing = prepared.pages[this.#page]?.find((id) => !(id in this.#answers));
    const anchor =
      (missing && root.querySelector<HTMLElement>(`input[name="${missing}"]`)) ||
      root.querySelector<HTMLElement>('[part~="review-link"], [part~="page-heading"]') ||
      undefined;
    return { states, value: { entries, state, missing: { message: STRINGS[this.locale].mustAnswer, anchor } } };
  }

  // ── Handlers ──────────────────────────────────────────────────────────────────────────────────

  /** A user's choice. The inner radios' own events stay inside; the host fires `input` and `change`. */
  #onChange = (event: Event): void => {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    this.#answers = { ...this.#answers, [input.name]: input.value ? Number(input.value) : null };
    this.#autosave.save();
    this.requestUpdate();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };

  readonly #actions: SurveyActions = {
    onChange: this.#onChange,
    stop: (event) => event.stopPropagation(),
    go: (page) => this.#prepared && this.#go(this.#prepared, page),
    goToItem: (id) => this.goToItem(id),
    submit: () => this.submit(),
    retry: () => this.#delivery.resume(),
  };

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────────

  override render(): TemplateResult | typeof nothing {
    if (this.#error) return renderError({ locale: this.locale }, this.#error);
    const prepared = this.#prepared;
    if (!prepared) return nothing;
    const view: SurveyView = {
      locale: this.locale,
      prepared,
      answers: this.#answers,
      page: this.#page,
      form: this.#form,
      required: this.required,
      cannotAnswer: this.cannotAnswer,
      disabled: this.#disabled,
      locked: this.#delivery.locked,
      status: this.#delivery.status,
      refusedStatus: this.#delivery.refusedStatus,
      degraded: this.#autosave.degraded,
      showRequired: this.#showRequired,
      announcement: this.#announcement,
    };
    return renderSurvey(view, this.#actions);
  }
}
