import type { ReportAdvice } from '@balanse/core';
import { LOCALES } from '@balanse/core';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../api/types.js';
import type { BalansePlanChangeEvent } from '../events.js';
import { expectNoAxeViolations, fakeApi, mount, shadowText, waitFor } from '../test-utils/helpers.js';

const ADVICE: ReportAdvice[] = [
  {
    topic: 'unclear-expectations',
    lever: 'system',
    leverName: 'System leadership',
    title: 'Make expectations concrete',
    text: 'Say what good looks like.',
    reasons: [],
  },
];
const ENDPOINT = '/r/t/secret/plan';
const saved = (body: string): Plan => ({
  actions: (JSON.parse(body) as { actions: Plan['actions'] }).actions.map((a, i) => ({ ...a, id: String(i) })),
  shared: (JSON.parse(body) as { shared: boolean }).shared,
  updatedOn: '2026-12-01',
});

describe('<balanse-action-plan>', () => {
  it('starts empty, takes an action from the advice and one of the leader’s own, and saves them behind the link', async () => {
    const calls = fakeApi({ [`PUT ${ENDPOINT}`]: ({ body }) => ({ json: saved(body) }) });
    const el = await mount('balanse-action-plan', { advice: ADVICE, endpoint: ENDPOINT });
    const changes: (Plan | null)[] = [];
    el.addEventListener('balanse-plan-change', (e: BalansePlanChangeEvent) => changes.push(e.detail.plan));
    expect(shadowText(el)).toContain('You have no action plan for this round yet.');
    (el.shadowRoot!.querySelector('[data-start]') as HTMLButtonElement).click();
    await el.updateComplete;
    const $ = (s: string) => el.shadowRoot!.querySelector(s) as HTMLInputElement & HTMLSelectElement;
    expect(el.shadowRoot!.activeElement).toBe($('#a0-from'));
    $('#a0-from').value = 'unclear-expectations';
    $('#a0-from').dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($('#a0-title').value).toBe('Make expectations concrete');
    for (const [id, value] of [
      ['#a0-next', 'Write down what good looks like'],
      ['#a0-date', '2027-03-01'],
    ] as const)
      Object.assign($(id), { value }).dispatchEvent(new Event('input'));
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('Add an action'))!.click();
    await el.updateComplete;
    for (const [id, value] of [
      ['#a1-title', 'Walk the floor'],
      ['#a1-next', 'Mondays'],
      ['#a1-date', '2027-02-15'],
    ] as const)
      Object.assign($(id), { value }).dispatchEvent(new Event('input'));
    await el.updateComplete;
    await expectNoAxeViolations();
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitFor(() => changes.length === 1, 'the plan saved');
    await el.updateComplete;
    expect(JSON.parse(calls[0]!.body)).toEqual({
      actions: [
        {
          source: 'advice',
          topic: 'unclear-expectations',
          title: 'Make expectations concrete',
          nextStep: 'Write down what good looks like',
          followUp: '2027-03-01',
        },
        { source: 'own', title: 'Walk the floor', nextStep: 'Mondays', followUp: '2027-02-15' },
      ],
      shared: false,
    });
    expect(calls[0]!.method).toBe('PUT');
    expect(changes).toHaveLength(1);
    expect(shadowText(el)).toContain('Only you see the plan.');
    expect(shadowText(el)).toContain('Walk the floor');
    await expectNoAxeViolations();
  });

  it('offers at most three actions', async () => {
    const el = await mount('balanse-action-plan', { advice: ADVICE, endpoint: ENDPOINT });
    (el.shadowRoot!.querySelector('[data-start]') as HTMLButtonElement).click();
    await el.updateComplete;
    const add = () =>
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('Add an action'));
    add()!.click();
    await el.updateComplete;
    add()!.click();
    await el.updateComplete;
    expect(add()).toBeUndefined();
    expect(el.shadowRoot!.querySelectorAll('fieldset')).toHaveLength(3);
  });

  it('marks the field the server refused and keeps what was typed', async () => {
    fakeApi({
      [`PUT ${ENDPOINT}`]: {
        status: 422,
        json: {
          error: {
            code: 'invalid_input',
            message: 'actions[0].followUp: must be a date as YYYY-MM-DD',
            field: 'actions[0].followUp',
          },
        },
      },
    });
    const el = await mount('balanse-action-plan', { advice: ADVICE, endpoint: ENDPOINT });
    (el.shadowRoot!.querySelector('[data-start]') as HTMLButtonElement).click();
    await el.updateComplete;
    Object.assign(el.shadowRoot!.querySelector('#a0-title') as HTMLInputElement, { value: 'Mine' }).dispatchEvent(
      new Event('input'),
    );
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitFor(
      () => el.shadowRoot!.querySelector('#a0-date')!.getAttribute('aria-invalid') === 'true',
      'the refusal',
    );
    expect((el.shadowRoot!.querySelector('#a0-title') as HTMLInputElement).value).toBe('Mine');
    expect(shadowText(el)).toContain('must be a date as YYYY-MM-DD');
    await expectNoAxeViolations();
  });

  it('keeps a plan being written in the tab across a reload, and forgets it once saved or given up', async () => {
    fakeApi({ [`PUT ${ENDPOINT}`]: ({ body }) => ({ json: saved(body) }) });
    const first = await mount('balanse-action-plan', { advice: ADVICE, endpoint: ENDPOINT });
    (first.shadowRoot!.querySelector('[data-start]') as HTMLButtonElement).click();
    await first.updateComplete;
    for (const [id, value] of [
      ['#a0-title', 'Walk the floor'],
      ['#a0-next', 'Mondays'],
      ['#a0-date', '2027-02-15'],
    ] as const)
      Object.assign(first.shadowRoot!.querySelector(id) as HTMLInputElement, { value }).dispatchEvent(
        new Event('input'),
      );
    await first.updateComplete;
    // The page goes (a reload) and comes back: the same link gets the draft back, in the form.
    first.parentElement!.remove();
    const again = await mount('balanse-action-plan', { advice: ADVICE, endpoint: ENDPOINT });
    const value = (id: string) => (again.shadowRoot!.querySelector(id) as HTMLInputElement).value;
    expect(value('#a0-title')).toBe('Walk the floor');
    expect(value('#a0-next')).toBe('Mondays');
    expect(value('#a0-date')).toBe('2027-02-15');
    expect(again.shadowRoot!.querySelector('[data-restored]')?.textContent).toContain(
      'Your unsaved changes were brought back.',
    );
    await expectNoAxeViolations();
    // Another report link does not see it.
    const other = await mount('balanse-action-plan', { advice: ADVICE, endpoint: '/r/t/other/plan' });
    expect(other.shadowRoot!.querySelector('form')).toBeNull();
    // Saved: the draft is gone from the tab.
    again.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitFor(() => shadowText(again).includes('Only you see the plan.'), 'the plan saved');
    expect(sessionStorage.length).toBe(0);
    // A damaged draft is ignored, never shown as the leader's words.
    sessionStorage.setItem(`balanse-plan-draft:${ENDPOINT}`, '{"drafts":[{"source":"x"}],"shared":1}');
    const fresh = await mount('balanse-action-plan', { advice: ADVICE, endpoint: ENDPOINT });
    expect(fresh.shadowRoot!.querySelector('form')).toBeNull();
  });

  it('shows a saved, shared plan in every language without axe violations', async () => {
    const plan: Plan = {
      actions: [
        {
          id: '1',
          source: 'advice',
          topic: 'unclear-expectations',
          title: 'Make expectations concrete',
          nextStep: 'Now',
          followUp: '2027-01-01',
        },
      ],
      shared: true,
      updatedOn: '2026-12-01',
    };
    for (const locale of LOCALES)
      await mount('balanse-action-plan', { advice: ADVICE, plan, endpoint: ENDPOINT }, locale);
    expect(shadowText(document.querySelector('balanse-action-plan')!)).toContain('Delt med administratorene.');
    await expectNoAxeViolations();
  });
});
