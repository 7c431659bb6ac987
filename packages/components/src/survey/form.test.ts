import { instrument } from '@balanse/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount, radio, record, settle, smallInstrument, unique } from '../../test/survey.js';
import type { BalanseSurvey } from './survey.js';
import { STRINGS } from './strings.js';

let form: HTMLFormElement;

beforeEach(() => {
  document.documentElement.lang = 'nb';
  form = document.createElement('form');
  document.body.append(form);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const entries = () => [...new FormData(form)].map(([name, value]) => `${name}=${String(value)}`);

describe('<balanse-survey> in a form', () => {
  it('adds one entry per answered item, named by item id without a name', async () => {
    const el = await mount({ 'survey-id': unique(), 'cannot-answer': true }, {}, form);
    expect(entries()).toEqual([]);
    radio(el, 'q02', 4).click();
    radio(el, 'q01', null).click();
    await settle(el);
    expect(entries()).toEqual(['q02=4', 'q01=']);
  });

  it('prefixes entries with `name.`', async () => {
    const el = await mount({ 'survey-id': unique(), name: 'survey' }, { answers: { q07: 1 } }, form);
    await settle(el);
    expect(entries()).toEqual(['survey.q07=1']);
  });

  it('with required, is invalid (valueMissing) until every item has an answer', async () => {
    const small = smallInstrument();
    const el = await mount({ 'survey-id': unique(), required: true }, { instrument: small }, form);
    expect(form.checkValidity()).toBe(false);
    expect(el.validity?.valueMissing).toBe(true);
    expect(el.validationMessage).toBe(STRINGS.nb.mustAnswer);
    expect(el.matches(':invalid')).toBe(true);
    el.answers = Object.fromEntries(small.items.map((item, i) => [item.id, i === 0 ? null : 3]));
    await settle(el);
    expect(form.checkValidity()).toBe(true);
    expect(el.checkValidity()).toBe(true);
    expect(el.matches(':state(complete)')).toBe(true);
  });

  it('is valid when not required, however few answers', async () => {
    const el = await mount({ 'survey-id': unique() }, {}, form);
    expect(form.checkValidity()).toBe(true);
    expect(el.validity?.valid).toBe(true);
  });

  it('clears answers and autosave on form reset, firing no events', async () => {
    const id = unique();
    const el = await mount({ 'survey-id': id }, { answers: { q01: 5, q02: 1 }, page: 3 }, form);
    const before = el.submissionId;
    const events = record(el, 'input', 'change');
    form.reset();
    await settle(el);
    expect(el.answers).toEqual({});
    expect(el.page).toBe(0);
    expect(entries()).toEqual([]);
    expect(el.submissionId).not.toBe(before);
    expect(localStorage.getItem(`balanse-survey:${id}:balanse@1.1.0:team`)).toBeNull();
    expect(events).toEqual([]);
  });

  it('restores the state the browser kept (back/forward, autofill)', async () => {
    const el = await mount({ 'survey-id': unique() }, {}, form);
    const events = record(el, 'input', 'change');
    el.formStateRestoreCallback(JSON.stringify({ answers: { q03: 2, q04: 9 }, page: 1 }));
    await settle(el);
    expect(el.answers).toEqual({ q03: 2 });
    expect(el.page).toBe(1);
    el.formStateRestoreCallback('not json');
    expect(el.answers).toEqual({ q03: 2 });
    expect(events).toEqual([]);
  });

  it('is disabled inside a disabled fieldset', async () => {
    const fieldset = document.createElement('fieldset');
    form.append(fieldset);
    const el = await mount({ 'survey-id': unique() }, {}, fieldset);
    fieldset.disabled = true;
    await settle(el);
    expect(radio(el, 'q01', 1).matches(':disabled')).toBe(true);
    fieldset.disabled = false;
    await settle(el);
    expect(radio(el, 'q01', 1).matches(':disabled')).toBe(false);
  });

  it('submits its entries with the form, also as the self form', async () => {
    const el = document.createElement('balanse-survey') as BalanseSurvey;
    el.surveyId = unique();
    el.setAttribute('survey-form', 'self');
    form.append(el);
    await settle(el);
    el.answers = { q01: 4 };
    await settle(el);
    expect(entries()).toEqual(['q01=4']);
    expect(el.shadowRoot!.querySelector('[part~="item-text"]')!.textContent).toContain(
      instrument.items[0]!.selfText!.nb!,
    );
  });
});
