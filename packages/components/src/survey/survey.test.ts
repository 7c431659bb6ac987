import { instrument, LOCALES } from '@balanse/core';
import { commands, page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { THEMES, useTheme } from '../../test/themes.js';
import { $, $$, record, settle, shadowText, unique, waitFor } from '../../test/helpers.js';
import { channel, mountSurvey, radio, serverOrigin, smallInstrument } from '../../test/survey.js';
import type { BalanseSurvey } from './survey.js';
import type { BalanseSubmitEvent } from './events.js';
import { STRINGS } from './strings.js';
import elementSource from './survey.ts?raw';
import stylesSource from './survey.styles.ts?raw';

const nbLabels = instrument.responseLabels.nb!;
const firstPage = instrument.pages![0]!;

beforeEach(async () => {
  document.documentElement.lang = 'nb';
  useTheme('none');
  await page.viewport(1000, 800);
});

afterEach(async () => {
  await commands.setNetworkBlocked(serverOrigin, false);
  await commands.emulatePreferences({ reducedMotion: 'no-preference', colorScheme: 'light' });
});

const checked = (el: BalanseSurvey) =>
  $$(el, 'input:checked', HTMLInputElement).map((input) => `${input.name}=${input.value}`);
const heading = (el: BalanseSurvey) => $(el, '[part~="page-heading"]').textContent.trim();
const click = (el: BalanseSurvey, part: string) => $(el, `[part~="${part}"]`).click();

describe('<balanse-survey>', () => {
  describe('defaults', () => {
    it('shows the built-in instrument: title, team instructions and the first page of 8 items', async () => {
      const el = await mountSurvey({ 'survey-id': unique() });
      expect($(el, '[part~="title"]').textContent).toBe(instrument.title.nb);
      expect($(el, '[part~="instructions"]').textContent).toBe(
        `${instrument.instructions.team.nb} ${STRINGS.nb.optionalNote}`,
      );
      expect(heading(el)).toBe('Side 1 av 5');
      expect($(el, '[part~="progress-text"]').textContent).toBe('Side 1 av 5 · 0 av 40 besvart');
      const groups = $$(el, '[role="radiogroup"]');
      expect(groups).toHaveLength(8);
      groups.forEach((group, i) => {
        const label = el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
        expect(group.contains(label), 'the label is in the same shadow root, inside the group').toBe(true);
        expect(label.textContent).toContain(instrument.items[i]!.text.nb!);
      });
    });

    it('offers five labelled options per item, coded 1–5, and no "cannot answer"', async () => {
      const el = await mountSurvey({ 'survey-id': unique() });
      const options = $$(el, '[part~="option"]').slice(0, 5);
      expect(options.map((option) => option.textContent.trim())).toEqual(nbLabels);
      expect(options.map((option) => option.querySelector('input')!.value)).toEqual(['1', '2', '3', '4', '5']);
      expect($$(el, '[part~="option-cannot-answer"]')).toHaveLength(0);
      expect($$(el, `input[name="${firstPage[0]}"]`)).toHaveLength(5);
    });

    it('starts with no answers, on page 0, idle, with a submission id, as a valid and enabled control', async () => {
      const el = await mountSurvey({ 'survey-id': unique() });
      expect(el.answers).toEqual({});
      expect(el.page).toBe(0);
      expect(el.status).toBe('idle');
      expect(el.submissionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(el.surveyForm).toBe('team');
      expect(el.storage).toBe('local');
      expect([el.cannotAnswer, el.required, el.disabled]).toEqual([false, false, false]);
      expect(el.checkValidity()).toBe(true);
      expect($$(el, 'input:disabled')).toHaveLength(0);
      expect($$(el, '[part~="button-back"]')).toHaveLength(0);
      expect($$(el, '[part~="notice"]')).toHaveLength(0);
    });
  });

  describe('properties', () => {
    it('takes answers and page a page set before the element was defined (script-tag chunks load late)', async () => {
      const tag = `balanse-survey-late-${unique()}`;
      const el = Object.assign(document.createElement(tag), { answers: { [firstPage[0]!]: 4 }, page: 1 });
      el.setAttribute('survey-id', unique());
      el.setAttribute('storage', 'none');
      document.body.append(el);
      const Survey = customElements.get('balanse-survey');
      if (!Survey) throw new Error('<balanse-survey> is not defined');
      customElements.define(tag, class extends Survey {});
      await settle(el);
      expect(Object.hasOwn(el, 'answers') || Object.hasOwn(el, 'page'), 'no own property hides the accessors').toBe(
        false,
      );
      expect(el.answers).toEqual({ [firstPage[0]!]: 4 });
      expect(el.page).toBe(1);
      expect($(el, '[part~="page-heading"]').textContent.trim()).toBe('Side 2 av 5');
      el.remove();
    });

    it('adds "cannot answer" with cannot-answer, coded as null', async () => {
      const el = await mountSurvey({ 'survey-id': unique(), 'cannot-answer': true });
      const cannot = $$(el, '[part~="option-cannot-answer"]');
      expect(cannot).toHaveLength(8);
      expect(cannot[0]!.textContent.trim()).toBe(instrument.cannotAnswerLabel.nb);
      radio(el, 'q01', null).click();
      expect(el.answers).toEqual({ q01: null });
    });

    it('uses the self wording and instructions with survey-form="self"', async () => {
      const el = await mountSurvey({ 'survey-id': unique(), 'survey-form': 'self' });
      expect($(el, '[part~="instructions"]').textContent).toBe(
        `${instrument.instructions.self.nb} ${STRINGS.nb.optionalNote}`,
      );
      expect($(el, '[part~="item-text"]').textContent).toContain(instrument.items[0]!.selfText!.nb!);
    });

    it('falls back to the team wording where a custom item has no self wording', async () => {
      const custom = smallInstrument();
      custom.items = custom.items.map(({ selfText: _, ...item }, i) =>
        i === 0 ? item : { ...item, selfText: custom.items[i]!.selfText },
      );
      const el = await mountSurvey({ 'survey-id': unique(), 'survey-form': 'self' }, { instrument: custom });
      const texts = $$(el, '[part~="item-text"]').map((t) => t.textContent);
      if (!texts.length) throw new Error(shadowText(el));
      expect(texts[0]).toContain(custom.items[0]!.text.nb!);
      expect(texts[1]).toContain(custom.items[1]!.selfText!.nb!);
    });

    it('shows a valid custom instrument with its own pages', async () => {
      const el = await mountSurvey({ 'survey-id': unique() }, { instrument: smallInstrument() });
      expect($$(el, '[role="radiogroup"]')).toHaveLength(5);
      expect(heading(el)).toBe('Side 1 av 2');
      expect($(el, '[part~="progress-text"]').textContent).toContain('0 av 10 besvart');
    });

    it('shows an error naming the field when a custom instrument is invalid', async () => {
      const broken = smallInstrument();
      broken.items = broken.items.map((item, i) => (i === 2 ? { ...item, text: {} } : item));
      const el = await mountSurvey({ 'survey-id': unique() }, { instrument: broken });
      const error = $(el, '[role="alert"]');
      expect(error.textContent).toContain(STRINGS.nb.invalid);
      expect($(el, '[part~="error-detail"]').textContent).toMatch(/^instrument\.items\[2\]\.text: /);
      expect(el.matches(':state(error)')).toBe(true);
      expect($$(el, '[role="radiogroup"]')).toHaveLength(0);
      // Fixed: the survey comes back.
      el.instrument = smallInstrument();
      await settle(el);
      expect(el.matches(':state(error)')).toBe(false);
      expect($$(el, '[role="radiogroup"]')).toHaveLength(5);
    });

    it('takes answers programmatically, dropping unknown items and invalid values', async () => {
      const el = await mountSurvey({ 'survey-id': unique() });
      el.answers = { q01: 5, q02: null, q03: 7, nope: 3 };
      await settle(el);
      expect(el.answers).toEqual({ q01: 5, q02: null });
      expect(checked(el)).toEqual(['q01=5']);
      expect($(el, '[part~="progress-text"]').textContent).toContain('2 av 40 besvart');
      // The getter hands out a copy.
      el.answers.q04 = 1;
      expect(el.answers).toEqual({ q01: 5, q02: null });
    });

    it('keeps answers and the page set before it is connected', async () => {
      const el = await mountSurvey({ 'survey-id': unique() }, { answers: { q11: 2 }, page: 1 });
      expect(el.answers).toEqual({ q11: 2 });
      expect(el.page).toBe(1);
      expect(heading(el)).toBe('Side 2 av 5');
      expect(checked(el)).toEqual(['q11=2']);
    });

    it('shows the page set by `page`, clamped, the last one being the review step', async () => {
      const el = await mountSurvey({ 'survey-id': unique() });
      el.page = 2;
      await settle(el);
      expect(heading(el)).toBe('Side 3 av 5');
      expect($(el, '[part~="item-text"]').textContent).toContain(instrument.items[16]!.text.nb!);
      el.page = 99;
      await settle(el);
      expect(el.page).toBe(5);
      expect(heading(el)).toBe(STRINGS.nb.review);
      el.page = -3;
      await settle(el);
      expect(el.page).toBe(0);
    });

    it('follows the nearest lang and keeps every answer when it changes', async () => {
      const wrapper = document.createElement('div');
      wrapper.lang = 'sv';
      document.body.append(wrapper);
      const el = await mountSurvey({ 'survey-id': unique() }, {}, wrapper);
      expect(heading(el)).toBe('Sida 1 av 5');
      radio(el, 'q01', 4).click();
      radio(el, 'q05', 2).click();
      wrapper.lang = 'en';
      await settle(el);
      expect(heading(el)).toBe('Page 1 of 5');
      expect($(el, '[part~="item-text"]').textContent).toContain(instrument.items[0]!.text.en!);
      expect($$(el, '[part~="option-label"]')[0]!.textContent).toBe('Strongly disagree');
      expect(el.answers).toEqual({ q01: 4, q05: 2 });
      expect(checked(el)).toEqual(['q01=4', 'q05=2']);
      wrapper.lang = 'nn';
      await settle(el);
      expect($(el, '[part~="base"]').lang).toBe('nn');
      expect(el.answers).toEqual({ q01: 4, q05: 2 });
      wrapper.lang = 'de';
      await settle(el);
      expect(heading(el)).toBe('Side 1 av 5');
      wrapper.remove();
    });

    it('is read-only when disabled', async () => {
      const el = await mountSurvey({ 'survey-id': unique(), disabled: true });
      expect($$(el, 'input:not(:disabled)')).toHaveLength(0);
      el.page = 5;
      await settle(el);
      expect($(el, '[part~="button-submit"]', HTMLButtonElement).disabled).toBe(true);
    });

    it('goToItem shows the item’s page and focuses its options', async () => {
      const el = await mountSurvey({ 'survey-id': unique() });
      expect(el.goToItem('q19')).toBe(true);
      await settle(el);
      expect(el.page).toBe(2);
      expect(el.shadowRoot!.activeElement).toBe(radio(el, 'q19', 1));
      expect(el.goToItem('nope')).toBe(false);
    });

    it('autosaves every answer at once, under survey id, instrument version and form', async () => {
      const id = unique();
      const el = await mountSurvey({ 'survey-id': id, 'survey-form': 'self' });
      radio(el, 'q02', 3).click();
      const saved = JSON.parse(localStorage.getItem(`balanse-survey:${id}:balanse@1.1.0:self`)!) as Record<
        string,
        unknown
      >;
      expect(saved).toMatchObject({ answers: { q02: 3 }, page: 0, submissionId: el.submissionId });
    });

    it('keeps answers in this tab only with storage="session", and nowhere with "none"', async () => {
      const id = unique();
      const session = await mountSurvey({ 'survey-id': id, storage: 'session' });
      radio(session, 'q01', 2).click();
      expect(sessionStorage.getItem(`balanse-survey:${id}:balanse@1.1.0:team`)).toContain('"q01":2');
      expect(localStorage.getItem(`balanse-survey:${id}:balanse@1.1.0:team`)).toBeNull();
      const other = unique();
      const none = await mountSurvey({ 'survey-id': other, storage: 'none' });
      radio(none, 'q01', 2).click();
      expect(localStorage.getItem(`balanse-survey:${other}:balanse@1.1.0:team`)).toBeNull();
      expect(sessionStorage.getItem(`balanse-survey:${other}:balanse@1.1.0:team`)).toBeNull();
      expect($$(none, '[part~="notice"]')).toHaveLength(0);
    });

    it('restores answers and page when the element is created again', async () => {
      const id = unique();
      const first = await mountSurvey({ 'survey-id': id });
      radio(first, 'q01', 5).click();
      click(first, 'button-next');
      await settle(first);
      radio(first, 'q09', 1).click();
      const submissionId = first.submissionId;
      first.remove();
      const second = await mountSurvey({ 'survey-id': id });
      expect(second.answers).toEqual({ q01: 5, q09: 1 });
      expect(second.page).toBe(1);
      expect(second.submissionId).toBe(submissionId);
      expect(checked(second)).toEqual(['q09=1']);
    });

    it('records the time spent on each page', async () => {
      // A controlled clock: page times must not depend on how busy the machine running the test is.
      let now = 10_000;
      const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
      try {
        const el = await mountSurvey({ 'survey-id': unique() });
        now += 1_200;
        click(el, 'button-next');
        await settle(el);
        now += 600;
        el.page = 5;
        await settle(el);
        const events = record(el, 'balanse-submit');
        el.submit();
        const times = (events[0] as BalanseSubmitEvent).detail.response.pageTimes;
        expect(times).toEqual([1_200, 600, 0, 0, 0]);
      } finally {
        clock.mockRestore();
      }
    });
  });

  describe('events', () => {
    it('fires one input and one change on the host when the respondent chooses', async () => {
      const el = await mountSurvey({ 'survey-id': unique() });
      const onHost = record(el, 'input', 'change');
      const onDocument = record(document, 'input', 'change');
      await userEvent.click(radio(el, 'q03', 4));
      expect(onHost.map((e) => `${e.type}:${(e.target as Element).localName}`)).toEqual([
        'input:balanse-survey',
        'change:balanse-survey',
      ]);
      expect(onDocument.map((e) => e.type)).toEqual(['input', 'change']);
      expect(el.answers).toEqual({ q03: 4 });
      // Choosing the same option again changes nothing and fires nothing.
      await userEvent.click(radio(el, 'q03', 4));
      expect(onHost).toHaveLength(2);
    });

    it('fires nothing on programmatic sets or reset', async () => {
      const el = await mountSurvey({ 'survey-id': unique() });
      const events = record(el, 'input', 'change', 'balanse-submit', 'balanse-delivered');
      el.answers = { q01: 3 };
      el.page = 3;
      await settle(el);
      el.reset();
      await settle(el);
      expect(events).toEqual([]);
    });

    it('submits through a cancelable balanse-submit carrying the response in core’s shape', async () => {
      const el = await mountSurvey({ 'survey-id': unique(), 'cannot-answer': true });
      radio(el, 'q01', 5).click();
      radio(el, 'q02', null).click();
      el.page = 5;
      await settle(el);
      const events = record(el, 'balanse-submit', 'balanse-delivered');
      const onDocument = record(document, 'balanse-submit');
      await userEvent.click($(el, '[part~="button-submit"]'));
      const submit = events[0] as BalanseSubmitEvent;
      expect(submit.cancelable && submit.bubbles && submit.composed).toBe(true);
      expect(onDocument).toHaveLength(1);
      expect(submit.detail.response).toEqual({
        id: el.submissionId,
        instrument: { id: 'balanse', version: '1.1.0' },
        form: 'team',
        answers: { q01: 5, q02: null },
        locale: 'nb',
        pageTimes: [expect.any(Number), 0, 0, 0, 0],
      });
      expect(submit.detail.endpoint).toBeNull();
      expect(Date.parse(submit.detail.submittedAt)).toBeGreaterThan(Date.now() - 5000);
    });

    it('without an endpoint and not cancelled, counts as delivered and clears the autosave', async () => {
      const id = unique();
      const el = await mountSurvey({ 'survey-id': id });
      radio(el, 'q01', 2).click();
      const events = record(el, 'balanse-delivered');
      el.submit();
      await settle(el);
      expect(el.status).toBe('delivered');
      expect(el.matches(':state(delivered)')).toBe(true);
      expect(shadowText(el)).toContain(STRINGS.nb.delivered);
      expect((events[0] as CustomEvent).detail).toEqual({ submissionId: el.submissionId, status: null });
      expect(localStorage.getItem(`balanse-survey:${id}:balanse@1.1.0:team`)).toBeNull();
      // Delivered is final: no second submission.
      el.submit();
      expect(events).toHaveLength(1);
    });

    it('lets the host veto: a cancelled submit sends nothing and keeps the answers', async () => {
      const server = channel();
      const id = unique();
      const el = await mountSurvey({ 'survey-id': id, endpoint: server.endpoint });
      radio(el, 'q01', 2).click();
      el.addEventListener('balanse-submit', (event) => event.preventDefault(), { once: true });
      const events = record(el, 'balanse-delivered', 'balanse-queued');
      el.submit();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(el.status).toBe('idle');
      expect(events).toEqual([]);
      expect(await server.requests()).toEqual([]);
      expect(el.answers).toEqual({ q01: 2 });
      expect(localStorage.getItem(`balanse-survey:${id}:balanse@1.1.0:team`)).toContain('"q01":2');
    });

    it('with required, blocks an incomplete submission and says why on the review step', async () => {
      const el = await mountSurvey({ 'survey-id': unique(), required: true }, { instrument: smallInstrument() });
      const events = record(el, 'balanse-submit');
      el.submit();
      await settle(el);
      expect(events).toEqual([]);
      expect(el.page).toBe(2);
      expect($(el, '[part~="error"]').textContent).toBe(STRINGS.nb.mustAnswer);
      expect($(el, '[part~="review-text"]').textContent).toBe(STRINGS.nb.unansweredRequired);
    });

    it.each(LOCALES)('with required, never says in %s that questions are optional', async (locale) => {
      const optional = {
        nb: /frivillig|hoppe over/i,
        nn: /frivillig|hoppe over/i,
        sv: /frivillig|hoppa över/i,
        en: /optional|skip/i,
      };
      const el = await mountSurvey({ 'survey-id': unique(), required: true, lang: locale }, { page: 5 });
      expect($(el, '[part~="instructions"]').textContent).toContain(STRINGS[locale].requiredNote);
      expect($(el, '[part~="review-text"]').textContent).toBe(STRINGS[locale].unansweredRequired);
      expect(el.shadowRoot!.textContent).not.toMatch(optional[locale]);
      el.required = false;
      await settle(el);
      expect($(el, '[part~="instructions"]').textContent).toContain(STRINGS[locale].optionalNote);
      expect($(el, '[part~="review-text"]').textContent).toBe(STRINGS[locale].unanswered);
    });
  });

  describe('keyboard', () => {
    it('completes all 40 items and submits with the keyboard alone', async () => {
      const el = await mountSurvey({ 'survey-id': unique() });
      const start = document.createElement('button');
      start.textContent = 'before the survey';
      document.body.prepend(start);
      start.focus();
      const submitted = record(el, 'balanse-submit');
      const expected: Record<string, number> = {};
      for (let p = 0; p < 5; p++) {
        for (const [i, id] of instrument.pages![p]!.entries()) {
          const value = ((p * 8 + i) % 5) + 1;
          expected[id] = value;
          // Tab reaches the item's first radio; Space checks it, the arrow keys move and check (native radio groups).
          await userEvent.keyboard(`{Tab}${value === 1 ? ' ' : '{ArrowRight}'.repeat(value - 1)}`);
          expect(el.shadowRoot!.activeElement).toBe(radio(el, id, value));
        }
        await userEvent.tab();
        if (p > 0) await userEvent.tab(); // past Back
        expect(el.shadowRoot!.activeElement).toBe($(el, '[part~="button-next"]'));
        await userEvent.keyboard('{Enter}');
        await settle(el);
        expect(el.shadowRoot!.activeElement, 'focus moves to the new page’s heading').toBe(
          $(el, '[part~="page-heading"]'),
        );
      }
      expect(heading(el)).toBe(STRINGS.nb.review);
      expect(shadowText(el)).toContain(STRINGS.nb.allAnswered);
      await userEvent.tab(); // Back
      await userEvent.tab(); // Send
      expect(el.shadowRoot!.activeElement).toBe($(el, '[part~="button-submit"]'));
      await userEvent.keyboard('{Enter}');
      expect(submitted).toHaveLength(1);
      expect((submitted[0] as BalanseSubmitEvent).detail.response.answers).toEqual(expected);
      expect(Object.keys(expected)).toHaveLength(40);
      start.remove();
    });

    it('changes an answer with the arrow keys', async () => {
      const el = await mountSurvey({ 'survey-id': unique() });
      radio(el, 'q01', 3).focus();
      await userEvent.keyboard('{ArrowRight}');
      expect(el.answers).toEqual({ q01: 4 });
      await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
      expect(el.answers).toEqual({ q01: 2 });
    });

    it('announces the page and progress politely when the page changes', async () => {
      const el = await mountSurvey({ 'survey-id': unique() });
      radio(el, 'q01', 3).click();
      const live = $(el, '[aria-live="polite"]');
      expect(live.textContent).toBe('');
      await userEvent.click($(el, '[part~="button-next"]'));
      await settle(el);
      expect(live.textContent).toBe('Side 2 av 5. 1 av 40 besvart');
      expect($(el, '[part~="status"]').getAttribute('role')).toBe('status');
    });

    it('lists unanswered items on the review step; each takes focus to its item', async () => {
      const el = await mountSurvey({ 'survey-id': unique() });
      el.answers = Object.fromEntries(instrument.items.filter((item) => item.id !== 'q27').map((item) => [item.id, 3]));
      el.page = 5;
      await settle(el);
      const links = $$(el, '[part~="review-link"]');
      expect(links.map((link) => link.textContent.trim())).toEqual([`27. ${instrument.items[26]!.text.nb}`]);
      links[0]!.focus();
      await userEvent.keyboard('{Enter}');
      await settle(el);
      expect(el.page).toBe(3);
      expect(el.shadowRoot!.activeElement).toBe(radio(el, 'q27', 1));
      await userEvent.keyboard(' ');
      expect(el.answers.q27).toBe(1);
    });
  });

  describe('accessibility', () => {
    it('lets a page hold two surveys (team and self form) without ambiguous landmarks', async () => {
      await mountSurvey({ 'survey-id': unique() });
      await mountSurvey({ 'survey-id': unique(), 'survey-form': 'self' });
      await expectNoAxeViolations();
    });

    /** One survey in each state the respondent can meet. */
    async function everyState(): Promise<Record<string, BalanseSurvey>> {
      const hanging = channel();
      await hanging.script(['hang']);
      const refusing = channel();
      await refusing.script([400]);
      const broken = smallInstrument();
      broken.items = broken.items.map((item, i) => (i === 0 ? { ...item, scale: 'nope' as 'relation' } : item));
      const states: Record<string, BalanseSurvey> = {
        page: await mountSurvey({ 'survey-id': unique(), 'cannot-answer': true }, { answers: { q01: 4, q02: null } }),
        review: await mountSurvey({ 'survey-id': unique(), required: true }, { answers: { q01: 4 }, page: 5 }),
        sending: await mountSurvey({ 'survey-id': unique(), endpoint: hanging.endpoint, 'request-timeout': '60000' }),
        queued: await mountSurvey({
          'survey-id': unique(),
          endpoint: `${serverOrigin}/submit/${unique()}`,
          'max-attempts': '1',
        }),
        delivered: await mountSurvey({ 'survey-id': unique() }),
        failed: await mountSurvey({ 'survey-id': unique(), endpoint: refusing.endpoint }),
        error: await mountSurvey({ 'survey-id': unique() }, { instrument: broken }),
      };
      states.review!.submit(); // shows the required message
      for (const name of ['sending', 'queued', 'delivered', 'failed'] as const) {
        await commands.setNetworkBlocked(serverOrigin, name === 'queued');
        states[name]!.page = 5;
        states[name]!.submit();
        if (name === 'queued') await waitFor(() => states.queued!.status === 'queued', 'queued');
        if (name === 'sending')
          while ((await hanging.requests()).length === 0) await new Promise((r) => setTimeout(r, 10));
      }
      await commands.setNetworkBlocked(serverOrigin, false);
      await waitFor(
        () => states.failed!.status === 'failed' && states.sending!.status === 'sending',
        'failed and sending',
      ).catch(() => {
        throw new Error(
          Object.entries(states)
            .map(([k, v]) => `${k}:${v.status}`)
            .join(' '),
        );
      });
      for (const el of Object.values(states)) await settle(el);
      for (const [name, el] of Object.entries(states)) {
        if (['sending', 'queued', 'delivered', 'failed', 'error'].includes(name))
          expect(el.matches(`:state(${name})`), name).toBe(true);
      }
      return states;
    }

    it('has no axe violations in any state, in any theme', async () => {
      // No transitions: axe must read the theme's final colours, not a fade between two themes.
      await commands.emulatePreferences({ reducedMotion: 'reduce' });
      const states = await everyState();
      for (const theme of THEMES) {
        useTheme(theme);
        for (const [name, el] of Object.entries(states)) {
          try {
            await expectNoAxeViolations(el);
          } catch (error) {
            throw new Error(
              `${name} in theme ${theme}: ${JSON.stringify((error as { actual?: unknown }).actual ?? (error as Error).message)}`,
            );
          }
        }
      }
    });

    it('has no axe violations in any locale, on a page and on the review step', async () => {
      useTheme('default');
      const el = await mountSurvey({ 'survey-id': unique(), 'cannot-answer': true }, { answers: { q01: 4 } });
      for (const locale of LOCALES) {
        document.documentElement.lang = locale;
        el.page = 0;
        await settle(el);
        await expectNoAxeViolations(el);
        el.page = 5;
        await settle(el);
        await expectNoAxeViolations(el);
      }
    });

    it('gives every option and button a target of at least 44 × 44 px', async () => {
      for (const width of [1000, 320]) {
        await page.viewport(width, 800);
        const el = await mountSurvey({ 'survey-id': unique(), 'cannot-answer': true });
        el.page = 1;
        await settle(el);
        for (const target of $$(el, '[part~="option"], [part~="button"]')) {
          const box = target.getBoundingClientRect();
          expect(box.height, `${target.textContent} at ${width}px`).toBeGreaterThanOrEqual(44);
          expect(box.width, `${target.textContent} at ${width}px`).toBeGreaterThanOrEqual(44);
        }
        el.remove();
      }
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      await page.viewport(320, 640);
      const el = await mountSurvey({ 'survey-id': unique(), 'cannot-answer': true });
      el.style.width = '320px';
      for (const p of [0, 5]) {
        el.page = p;
        await settle(el);
        for (const node of $$(el, '*')) {
          const box = node.getBoundingClientRect();
          if (box.width > 0)
            expect(box.right, node.getAttribute('part') ?? node.localName).toBeLessThanOrEqual(
              el.getBoundingClientRect().right + 0.5,
            );
        }
      }
    });

    it('marks the chosen option by its checked radio and weight, not by colour alone', async () => {
      const el = await mountSurvey({ 'survey-id': unique() }, { answers: { q01: 2 } });
      const chosen = $(el, '[part~="option-selected"]');
      expect(chosen.querySelector('input')!.checked).toBe(true);
      expect(getComputedStyle(chosen).fontWeight).toBe('600');
      expect(getComputedStyle(chosen.querySelector('input')!).opacity).not.toBe('0');
    });

    it('stops transitions when reduced motion is asked for', async () => {
      const el = await mountSurvey({ 'survey-id': unique() });
      const option = $(el, '[part~="option"]');
      expect(parseFloat(getComputedStyle(option).transitionDuration)).toBeGreaterThan(0.05);
      await commands.emulatePreferences({ reducedMotion: 'reduce' });
      expect(parseFloat(getComputedStyle(option).transitionDuration)).toBeLessThan(0.001);
    });

    it('follows the dark scheme of the default theme', async () => {
      useTheme('default');
      document.documentElement.classList.remove('balanse-light');
      const el = await mountSurvey({ 'survey-id': unique() });
      const light = getComputedStyle($(el, '[part~="base"]')).backgroundColor;
      await commands.emulatePreferences({ colorScheme: 'dark' });
      const dark = getComputedStyle($(el, '[part~="base"]')).backgroundColor;
      expect(light).toBe('rgb(255, 255, 255)');
      expect(dark).toBe('rgb(21, 25, 30)');
    });

    it('uses the fjord theme’s hook for the chosen option', async () => {
      useTheme('fjord');
      const el = await mountSurvey({ 'survey-id': unique() }, { answers: { q01: 2 } });
      expect(getComputedStyle($(el, '[part~="option-selected"]')).backgroundColor).toBe('rgb(13, 94, 115)');
    });
  });
  describe('theming', () => {
    const documented = (tag: string) =>
      new Set([...elementSource.matchAll(new RegExp(`@${tag} ([\\w-]+)`, 'g'))].map((m) => m[1]!));

    it('puts a documented part on every visual piece, in every view', async () => {
      const refusing = channel();
      await refusing.script([400]);
      const views = [
        await mountSurvey({ 'survey-id': unique(), 'cannot-answer': true }, { answers: { q01: 3 } }),
        await mountSurvey({ 'survey-id': unique(), required: true, endpoint: refusing.endpoint }, { page: 5 }),
        await mountSurvey({ 'survey-id': unique() }, { instrument: smallInstrument({ items: [] }) }),
      ];
      views[1]!.submit(); // the required message
      views[1]!.required = false;
      await settle(views[1]!);
      views[1]!.submit(); // refused: status text and retry button
      await waitFor(() => views[1]!.status === 'failed', 'failed');
      await settle(views[1]!);
      const parts = documented('csspart');
      const seen = new Set<string>();
      for (const el of views) {
        for (const node of $$(el, '*')) {
          const names = node.getAttribute('part')?.split(' ') ?? [];
          names.forEach((name) => seen.add(name));
          const wrapper = node.localName === 'li' && node.parentElement?.getAttribute('part') === 'review-list';
          if (names.length === 0 && !wrapper && !node.classList.contains('visually-hidden'))
            throw new Error(`<${node.localName}> without a part in ${node.parentElement?.getAttribute('part')}`);
          for (const name of names) expect(parts, `part "${name}" is documented`).toContain(name);
        }
      }
      // The storage notice has its own tests (autosave.test.ts); everything else shows in these views.
      expect([...parts].filter((name) => !seen.has(name))).toEqual(['notice']);
    });

    it('documents every per-element hook it reads, and reads every one it documents', () => {
      const used = new Set([...stylesSource.matchAll(/\bh\('([\w-]+)'/g)].map((m) => `--balanse-survey-${m[1]}`));
      expect(used).toEqual(documented('cssproperty'));
    });

    it('documents its custom states', () => {
      expect(documented('cssstate')).toEqual(
        new Set(['sending', 'queued', 'delivered', 'failed', 'complete', 'error']),
      );
    });
  });
});
