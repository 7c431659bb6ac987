import { BalanseElement, token } from '@balanse/components';
import type { ReportAdvice } from '@balanse/core';
import { css, html, nothing, type PropertyValues } from 'lit';
import { ApiClient, ApiError } from '../api/client.js';
import type { Action, Plan } from '../api/types.js';
import { fmt, formatDate } from '../base/format.js';
import { errorText } from '../base/strings.js';
import { appStyles } from '../base/styles.js';
import { BalansePlanChangeEvent } from '../events.js';
import { STRINGS, type ActionPlanStrings } from './strings.js';

const MAX = 3;
type Draft = { source: 'advice' | 'own'; topic: string; title: string; nextStep: string; followUp: string };

const blank = (): Draft => ({ source: 'own', topic: '', title: '', nextStep: '', followUp: '' });
const toDraft = (a: Action): Draft => ({
  source: a.source,
  topic: a.topic ?? '',
  title: a.title,
  nextStep: a.nextStep,
  followUp: a.followUp,
});

/**
 * The plan being written is kept in the tab's sessionStorage until it is saved or given up, so a
 * reload, a crash of the tab's page or a slip of the back button does not lose what the leader
 * wrote. The tab only: it is gone when the tab closes, and never leaves the browser unsaved.
 */
const draftKey = (endpoint: string) => `balanse-plan-draft:${endpoint}`;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage switched off: the draft then lives as long as the page
  }
}

function readDraft(endpoint: string): { drafts: Draft[]; shared: boolean } | undefined {
  try {
    const value = JSON.parse(storage()?.getItem(draftKey(endpoint)) ?? 'null') as unknown;
    const { drafts, shared } = (value ?? {}) as { drafts?: unknown; shared?: unknown };
    if (!Array.isArray(drafts) || drafts.length < 1 || drafts.length > MAX || typeof shared !== 'boolean') return;
    const fields = ['topic', 'title', 'nextStep', 'followUp'] as const;
    const ok = drafts.every(
      (d: Record<string, unknown>) =>
        (d.source === 'advice' || d.source === 'own') && fields.every((f) => typeof d[f] === 'string'),
    );
    return ok ? { drafts: (drafts as Draft[]).map((d) => ({ ...blank(), ...d })), shared } : undefined;
  } catch {
    return undefined; // not ours, or damaged: start from the saved plan
  }
}

function writeDraft(endpoint: string, draft: { drafts: Draft[]; shared: boolean } | undefined): void {
  try {
    if (draft) storage()?.setItem(draftKey(endpoint), JSON.stringify(draft));
    else storage()?.removeItem(draftKey(endpoint));
  } catch {
    // full or switched off: the draft then lives as long as the page
  }
}

/**
 * @summary The leader's action plan: one to three actions, each picked from the report's advice
 * or written by the leader, with a next step and a follow-up date, saved on the server behind the
 * report link (`endpoint`). Only that link reads it; the leader may share it with the tenant's
 * administrators (a checkbox, audited by the server) and take it back.
 *
 * @fires {BalansePlanChangeEvent} balanse-plan-change - The plan was saved or deleted (`plan`: as stored, or null).
 *
 * @csspart plan - The saved plan.
 * @csspart form - The form while editing.
 * @csspart action - One action (saved or in the form).
 * @csspart privacy - Who sees the plan.
 *
 * @cssproperty --balanse-action-plan-accent - The border of the plan (default the accent colour).
 */
export class BalanseActionPlan extends BalanseElement {
  static override styles = [
    appStyles,
    css`
      .plan,
      form {
        border-inline-start: 4px solid var(--balanse-action-plan-accent, ${token('color-accent')});
        padding-inline-start: ${token('space-m')};
      }
      ol {
        padding-inline-start: 1.25rem;
      }
      li {
        margin-bottom: ${token('space-s')};
      }
      fieldset {
        border: ${token('border-width')} solid ${token('color-border')};
        border-radius: ${token('radius-m')};
        padding: ${token('space-s')} ${token('space-m')};
        margin: 0 0 ${token('space-m')};
      }
      legend {
        font-weight: ${token('font-weight-strong')};
      }
      input[type='date'] {
        max-width: 14rem;
      }
    `,
  ];

  static override properties = {
    ...BalanseElement.properties,
    advice: { attribute: false },
    plan: { attribute: false },
    endpoint: {},
    api: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    _editing: { state: true },
    _drafts: { state: true },
    _shared: { state: true },
    _error: { state: true },
    _confirming: { state: true },
    _status: { state: true },
    _restored: { state: true },
  };

  /** The report's advice, to pick actions from. */
  declare advice: readonly ReportAdvice[];
  /** The plan as the server holds it, or null for none yet. */
  declare plan: Plan | null;
  /** The plan's URL: the report link followed by `/plan`. */
  declare endpoint: string;
  /** The client it saves with (a capability link needs no token); one without a token by default. */
  declare api: ApiClient;
  /** The level of the plan's heading (default 2). */
  declare headingLevel: number;
  declare private _editing: boolean;
  declare private _drafts: Draft[];
  declare private _shared: boolean;
  declare private _error: ApiError | null;
  declare private _confirming: boolean;
  declare private _status: string;
  /** The form shows a draft brought back from sessionStorage. */
  declare private _restored: boolean;

  constructor() {
    super();
    this.advice = [];
    this.plan = null;
    this.endpoint = '';
    this.api = new ApiClient(null);
    this.headingLevel = 2;
    this._editing = false;
    this._drafts = [];
    this._shared = false;
    this._error = null;
    this._confirming = false;
    this._status = '';
    this._restored = false;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') && this.endpoint && !this._editing) {
      const draft = readDraft(this.endpoint);
      if (draft) {
        this._drafts = draft.drafts;
        this._shared = draft.shared;
        this._editing = true;
        this._restored = true;
        return;
      }
    }
    if (changed.has('plan') && !this._editing) this._shared = this.plan?.shared ?? false;
  }

  override updated(changed: PropertyValues<this>): void {
    const touched = ['_drafts', '_shared', '_editing'].some((k) => (changed as Map<PropertyKey, unknown>).has(k));
    if (touched && this.endpoint)
      writeDraft(this.endpoint, this._editing ? { drafts: this._drafts, shared: this._shared } : undefined);
  }

  async #edit(): Promise<void> {
    this._drafts = this.plan ? this.plan.actions.map(toDraft) : [blank()];
    this._shared = this.plan?.shared ?? false;
    this._error = null;
    this._restored = false;
    this._editing = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('select, input')?.focus();
  }

  #set(index: number, change: Partial<Draft>): void {
    this._drafts = this._drafts.map((d, i) => (i === index ? { ...d, ...change } : d));
  }

  #pick(index: number, value: string): void {
    if (value === '') {
      this.#set(index, { source: 'own', topic: '' });
      return;
    }
    const advice = this.advice.find((a) => a.topic === value);
    const current = this._drafts[index];
    // The select belongs to the draft it was drawn with; one removed since has nothing to fill in.
    if (!current) return;
    // Taking a piece of advice fills in its title, unless the leader already wrote one of their own.
    const title = current.title && current.source === 'own' ? current.title : (advice?.title ?? current.title);
    this.#set(index, { source: 'advice', topic: value, title });
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const actions = this._drafts.map((d) => ({
      source: d.source,
      ...(d.source === 'advice' ? { topic: d.topic } : {}),
      title: d.title,
      nextStep: d.nextStep,
      followUp: d.followUp,
    }));
    this._error = null;
    try {
      const plan = await this.api.put<Plan>(this.endpoint, { json: { actions, shared: this._shared } });
      this.plan = plan;
      this._editing = false;
      this._status = STRINGS[this.locale].saved;
      this.emit(new BalansePlanChangeEvent(plan));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-edit]')?.focus();
    } catch (error) {
      this._error = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  async #delete(): Promise<void> {
    try {
      await this.api.delete(this.endpoint);
      this.plan = null;
      this._confirming = false;
      this._status = STRINGS[this.locale].deleted;
      this.emit(new BalansePlanChangeEvent(null));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-start]')?.focus();
    } catch (error) {
      this._error = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
    }
  }

  /** Whether the server's refusal names this field of action `index` (`actions[0].followUp`). */
  #bad(index: number, field: string): boolean {
    const f = this._error?.details.field ?? '';
    return f === `actions[${index}].${field}` || (field === 'title' && f === `actions[${index}]`);
  }

  #heading(text: string) {
    const level = Math.min(Math.max(this.headingLevel, 1), 5);
    switch (level) {
      case 1:
        return html`<h1>${text}</h1>`;
      case 3:
        return html`<h3>${text}</h3>`;
      case 4:
        return html`<h4>${text}</h4>`;
      case 5:
        return html`<h5>${text}</h5>`;
      default:
        return html`<h2>${text}</h2>`;
    }
  }

  #form(s: ActionPlanStrings) {
    const error = this._error;
    return html`<form part="form" @submit=${(e: SubmitEvent) => void this.#save(e)} novalidate>
      ${this._restored ? html`<p class="message" data-restored>${s.restored}</p>` : nothing}
      ${this._drafts.map((d, i) => {
        const n = i + 1;
        const id = (f: string) => `a${i}-${f}`;
        return html`<fieldset part="action">
          <legend>${fmt(s.action, { n }, this.locale)}</legend>
          <div class="field">
            <label for=${id('from')}>${s.from}</label>
            <select id=${id('from')} @change=${(e: Event) => this.#pick(i, (e.target as HTMLSelectElement).value)} aria-invalid=${this.#bad(i, 'topic') ? 'true' : 'false'}>
              <option value="" ?selected=${d.source === 'own'}>${s.own}</option>
              ${this.advice.map((a) => html`<option value=${a.topic} ?selected=${d.source === 'advice' && d.topic === a.topic}>${a.title}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for=${id('title')}>${s.actionTitle}</label>
            <input id=${id('title')} maxlength="200" .value=${d.title} aria-invalid=${this.#bad(i, 'title') ? 'true' : 'false'}
              @input=${(e: Event) => this.#set(i, { title: (e.target as HTMLInputElement).value })} />
          </div>
          <div class="field">
            <label for=${id('next')}>${s.nextStep}</label>
            <input id=${id('next')} maxlength="500" .value=${d.nextStep} aria-describedby=${id('next-hint')}
              aria-invalid=${this.#bad(i, 'nextStep') ? 'true' : 'false'}
              @input=${(e: Event) => this.#set(i, { nextStep: (e.target as HTMLInputElement).value })} />
            <p class="hint" id=${id('next-hint')}>${s.nextStepHint}</p>
          </div>
          <div class="field">
            <label for=${id('date')}>${s.followUp}</label>
            <input id=${id('date')} type="date" .value=${d.followUp} aria-describedby=${id('date-hint')}
              aria-invalid=${this.#bad(i, 'followUp') ? 'true' : 'false'}
              @input=${(e: Event) => this.#set(i, { followUp: (e.target as HTMLInputElement).value })} />
            <p class="hint" id=${id('date-hint')}>${s.followUpHint}</p>
          </div>
          ${
            this._drafts.length > 1
              ? html`<button type="button" class="secondary" @click=${() => (this._drafts = this._drafts.filter((_, j) => j !== i))}>
                ${fmt(s.remove, { n }, this.locale)}
              </button>`
              : nothing
          }
        </fieldset>`;
      })}
      ${
        this._drafts.length < MAX
          ? html`<button type="button" class="secondary" @click=${() => (this._drafts = [...this._drafts, blank()])}>${s.add}</button>`
          : html`<p class="hint">${s.max}</p>`
      }
      <div class="field">
        <label class="check"><input type="checkbox" .checked=${this._shared} aria-describedby="share-hint"
          @change=${(e: Event) => (this._shared = (e.target as HTMLInputElement).checked)} /> ${s.share}</label>
        <p class="hint" id="share-hint">${s.shareHint}</p>
      </div>
      <p class="error-text" role="alert">${error ? fmt(s.failed, { message: errorText(error, this.locale) }, this.locale) : ''}</p>
      <div class="actions">
        <button type="submit">${s.save}</button>
        <button type="button" class="secondary" @click=${() => (this._editing = false)}>${s.cancel}</button>
      </div>
    </form>`;
  }

  #saved(s: ActionPlanStrings, plan: Plan) {
    return html`<div class="plan" part="plan">
      <ol>
        ${plan.actions.map(
          (a) => html`<li part="action">
            <strong>${a.title}</strong>
            ${a.source === 'advice' ? html`<br /><span class="hint">${fmt(s.fromAdvice, { title: this.advice.find((x) => x.topic === a.topic)?.title ?? a.title }, this.locale)}</span>` : nothing}
            <br />${fmt(s.nextStepLine, { text: a.nextStep }, this.locale)}
            <br /><span class="muted">${fmt(s.followUpLine, { date: formatDate(a.followUp, this.locale) }, this.locale)}</span>
          </li>`,
        )}
      </ol>
      <p>${plan.shared ? s.shared : s.notShared} <span class="hint">${fmt(s.updated, { date: formatDate(plan.updatedOn, this.locale) }, this.locale)}</span></p>
      <div class="actions">
        <button type="button" data-edit @click=${() => void this.#edit()}>${s.edit}</button>
        <button type="button" class="secondary" @click=${async () => {
          this._confirming = true;
          await this.updateComplete;
          this.renderRoot.querySelector<HTMLElement>('[data-confirm]')?.focus();
        }}>${s.delete}</button>
      </div>
      ${
        this._confirming
          ? html`<div class="message error" role="alertdialog" aria-labelledby="confirm-delete">
            <p id="confirm-delete">${s.confirmDelete}</p>
            <div class="actions">
              <button type="button" class="danger" data-confirm @click=${() => void this.#delete()}>${s.confirmYes}</button>
              <button type="button" class="secondary" @click=${() => (this._confirming = false)}>${s.cancel}</button>
            </div>
          </div>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const s = STRINGS[this.locale];
    return html`
      ${this.#heading(s.title)}
      <p>${s.intro}</p>
      <p class="hint" part="privacy">${s.privacy}</p>
      <p class="visually-hidden" role="status">${this._status}</p>
      ${
        this._editing
          ? this.#form(s)
          : this.plan
            ? this.#saved(s, this.plan)
            : html`<p>${s.empty}</p>
              <button type="button" data-start @click=${() => void this.#edit()}>${s.start}</button>`
      }
    `;
  }
}
