/**
 * Autosave through real reloads: the survey lives in a same-origin frame loading the element the
 * way a host page does, and the frame's document is reloaded, not the element re-created.
 */
import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { unique, waitFor } from '../../test/helpers.js';
import { channel, frame, reload, serverOrigin } from '../../test/survey.js';
import type { BalanseSurvey } from './survey.js';
import { STRINGS } from './strings.js';

afterEach(async () => {
  await commands.setNetworkBlocked(serverOrigin, false);
});

const surveyIn = (tab: HTMLIFrameElement) => tab.contentDocument!.querySelector('balanse-survey')!;
const shadow = (survey: BalanseSurvey) => survey.shadowRoot!;

/** Chooses `value` for item `id` the way a click does (the radio's own change event). */
function choose(survey: BalanseSurvey, id: string, value: number) {
  shadow(survey).querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`)!.click();
}

async function next(survey: BalanseSurvey) {
  shadow(survey).querySelector<HTMLButtonElement>('[part~="button-next"]')!.click();
  await survey.updateComplete;
}

const checkedOnPage = (survey: BalanseSurvey) =>
  [...shadow(survey).querySelectorAll<HTMLInputElement>('input:checked')].map(
    (input) => `${input.name}=${input.value}`,
  );

describe('<balanse-survey> autosave', () => {
  it('restores every answer and the page after a real reload', async () => {
    const tab = await frame(`<balanse-survey survey-id="${unique()}"></balanse-survey>`);
    let survey = surveyIn(tab);
    const given: Record<string, number> = {};
    for (let page = 0; page < 3; page++) {
      for (const [i, id] of survey.instrument.pages![page]!.entries()) {
        if (page === 2 && i > 3) break; // half of the third page
        given[id] = ((i + page) % 5) + 1;
        choose(survey, id, given[id]);
      }
      if (page < 2) await next(survey);
    }
    const submissionId = survey.submissionId;
    [survey] = (await reload(tab)) as [BalanseSurvey];
    expect(survey.answers).toEqual(given);
    expect(survey.page).toBe(2);
    expect(shadow(survey).querySelector('[part~="page-heading"]')!.textContent).toBe('Side 3 av 5');
    expect(checkedOnPage(survey)).toEqual(
      Object.entries(given)
        .slice(16)
        .map(([id, value]) => `${id}=${value}`),
    );
    expect(survey.submissionId).toBe(submissionId);
  });

  it('restores in this tab with storage="session", and not at all with "none"', async () => {
    const session = await frame(`<balanse-survey survey-id="${unique()}" storage="session"></balanse-survey>`);
    choose(surveyIn(session), 'q02', 5);
    expect((await reload(session))[0]!.answers).toEqual({ q02: 5 });
    const none = await frame(`<balanse-survey survey-id="${unique()}" storage="none"></balanse-survey>`);
    choose(surveyIn(none), 'q02', 5);
    expect((await reload(none))[0]!.answers).toEqual({});
  });

  it('starts afresh for another survey id, form or instrument version', async () => {
    const id = unique();
    const tab = await frame(`<balanse-survey survey-id="${id}"></balanse-survey>`);
    choose(surveyIn(tab), 'q01', 2);
    const survey = surveyIn(tab);
    survey.surveyForm = 'self';
    await survey.updateComplete;
    expect(survey.answers).toEqual({});
    survey.surveyForm = 'team';
    await survey.updateComplete;
    expect(survey.answers).toEqual({ q01: 2 });
    survey.surveyId = unique();
    await survey.updateComplete;
    expect(survey.answers).toEqual({});
  });

  it('keeps answers in memory with a visible notice when storage is blocked, and still delivers', async () => {
    const server = channel();
    const tab = await frame(
      `<balanse-survey survey-id="${unique()}" endpoint="${server.endpoint}" retry-delay="5"></balanse-survey>`,
      `window.__errors = [];
       addEventListener('error', (e) => __errors.push(e.message));
       addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
       Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`,
    );
    const survey = surveyIn(tab);
    const win = tab.contentWindow as Window & { __errors: string[] };
    expect(() => win.localStorage).toThrow();
    const notice = shadow(survey).querySelector('[part~="notice"]');
    expect(notice?.textContent).toBe(STRINGS.nb.notSaved);
    choose(survey, 'q01', 4);
    await next(survey);
    expect(survey.answers).toEqual({ q01: 4 });
    // Removed and added again on the same page: the answers are still in memory.
    const parent = survey.parentElement!;
    survey.remove();
    parent.append(survey);
    await survey.updateComplete;
    expect(survey.answers).toEqual({ q01: 4 });
    survey.page = 5;
    survey.submit();
    await waitFor(() => survey.status === 'delivered', 'delivered');
    expect(Object.values((await server.state()).deliveries)).toEqual([1]);
    expect(win.__errors).toEqual([]);
  });

  it('shows the notice when storage is full, without throwing', async () => {
    const tab = await frame(
      `<balanse-survey survey-id="${unique()}"></balanse-survey>`,
      `window.__errors = [];
       addEventListener('error', (e) => __errors.push(e.message));
       Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`,
    );
    const survey = surveyIn(tab);
    choose(survey, 'q03', 1);
    await survey.updateComplete;
    expect(shadow(survey).querySelector('[part~="notice"]')?.textContent).toBe(STRINGS.nb.notSaved);
    expect(survey.answers).toEqual({ q03: 1 });
    expect((tab.contentWindow as Window & { __errors: string[] }).__errors).toEqual([]);
  });
});
