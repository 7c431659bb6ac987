/**
 * Delivery end to end against a real HTTP server: every scenario ends with the server's count of
 * deliveries per Idempotency-Key, so "exactly once" is what is asserted, not what is hoped.
 */
import { SubmissionSchema } from '@balanse/core/schemas';
import { commands } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $, record, settle, shadowText, unique, waitFor } from '../../test/helpers.js';
import { channel, frame, mountSurvey, radio, reload, serverOrigin, type Channel } from '../../test/survey.js';
import type { BalanseSurvey } from './survey.js';
import { STRINGS } from './strings.js';

/**
 * Retries after milliseconds. The request timeout is what a scripted `hang` costs; it stays far
 * above what a reply takes on a busy machine, so no real reply is ever cut off and retried.
 */
const fast = { 'retry-delay': '5', 'request-timeout': '2000', 'max-attempts': '4' };

beforeEach(() => {
  document.documentElement.lang = 'nb';
});

afterEach(async () => {
  await commands.setNetworkBlocked(serverOrigin, false);
});

async function answered(server: Channel, attributes: Record<string, string | boolean> = {}): Promise<BalanseSurvey> {
  const el = await mountSurvey({ 'survey-id': unique(), endpoint: server.endpoint, ...fast, ...attributes });
  radio(el, 'q01', 4).click();
  radio(el, 'q02', 2).click();
  el.page = 5;
  await settle(el);
  return el;
}

const draftOf = (el: BalanseSurvey) => localStorage.getItem(`balanse-survey:${el.surveyId}:balanse@1.1.0:team`);
const outboxHas = (id: string) => localStorage.getItem(`balanse-outbox:${id}`) !== null;

describe('<balanse-survey> delivery', () => {
  it('POSTs the submission document with its Idempotency-Key, then shows it delivered', async () => {
    const server = channel();
    const el = await answered(server);
    const events = record(el, 'balanse-delivered');
    $(el, '[part~="button-submit"]').click();
    await waitFor(() => el.status === 'delivered', 'delivered');
    const [request] = await server.requests();
    expect(request!.key).toBe(el.submissionId);
    expect(SubmissionSchema.safeParse(request!.body).success).toBe(true);
    expect(request!.body).toMatchObject({
      submissionId: el.submissionId,
      instrument: { id: 'balanse', version: '1.1.0' },
      form: 'team',
      answers: { q01: 4, q02: 2 },
      locale: 'nb',
    });
    expect((events[0] as CustomEvent).detail).toEqual({ submissionId: el.submissionId, status: 201 });
    await settle(el);
    expect(shadowText(el)).toContain(STRINGS.nb.delivered);
    expect(el.matches(':state(delivered)')).toBe(true);
    expect(draftOf(el)).toBeNull();
    expect(outboxHas(el.submissionId)).toBe(false);
  });

  it('shows "sending" while the request is on its way', async () => {
    const server = channel();
    await server.script(['hang']);
    const el = await answered(server, { 'request-timeout': '10000' });
    el.submit();
    await settle(el);
    expect(el.status).toBe('sending');
    expect(el.matches(':state(sending)')).toBe(true);
    expect(shadowText(el)).toContain(STRINGS.nb.sending);
    expect($(el, '[part~="button-submit"]', HTMLButtonElement).disabled).toBe(true);
  });

  it('offline → queued → back online → delivered exactly once', async () => {
    const server = channel();
    const el = await answered(server, { 'max-attempts': '2' });
    const events = record(el, 'balanse-queued', 'balanse-delivered');
    await commands.setNetworkBlocked(serverOrigin, true);
    el.submit();
    await waitFor(() => el.status === 'queued', 'queued');
    await settle(el);
    expect(shadowText(el)).toContain(STRINGS.nb.queued);
    expect(el.matches(':state(queued)')).toBe(true);
    expect((events[0] as CustomEvent).detail).toEqual({
      submissionId: el.submissionId,
      reason: 'offline',
      status: null,
    });
    expect(outboxHas(el.submissionId)).toBe(true);
    // Editing is closed while the submission waits: the queued document is what will arrive.
    el.page = 0;
    await settle(el);
    expect(radio(el, 'q01', 1).matches(':disabled')).toBe(true);

    await commands.setNetworkBlocked(serverOrigin, false);
    dispatchEvent(new Event('online'));
    await waitFor(() => el.status === 'delivered', 'delivered');
    expect((await server.state()).deliveries).toEqual({ [el.submissionId]: 1 });
    expect(events.map((e) => e.type)).toEqual(['balanse-queued', 'balanse-delivered']);
    expect(outboxHas(el.submissionId)).toBe(false);
    expect(draftOf(el)).toBeNull();
  });

  it('retries 500, 429 and a timeout, then delivers once', async () => {
    const server = channel();
    await server.script([500, 429, 'hang']);
    const el = await answered(server);
    const events = record(el, 'balanse-queued', 'balanse-delivered');
    el.submit();
    await waitFor(() => el.status === 'delivered', 'delivered');
    const state = await server.state();
    expect(state.requests.map((r) => r.status)).toEqual([500, 429, 'hang', 201]);
    expect(state.deliveries).toEqual({ [el.submissionId]: 1 });
    expect(events.map((e) => e.type)).toEqual(['balanse-queued', 'balanse-delivered']);
  });

  it('shows a refusal (4xx) as failed, keeps the answers, and can try again', async () => {
    const server = channel();
    await server.script([400]);
    const el = await answered(server);
    const events = record(el, 'balanse-failed');
    el.submit();
    await waitFor(() => el.status === 'failed', 'failed');
    await settle(el);
    expect(el.matches(':state(failed)')).toBe(true);
    expect($(el, '[part~="status"]').textContent).toContain('400');
    expect((events[0] as CustomEvent).detail).toEqual({ submissionId: el.submissionId, status: 400 });
    expect(el.answers).toEqual({ q01: 4, q02: 2 });
    expect(draftOf(el)).toContain('"q01":4');
    expect(outboxHas(el.submissionId)).toBe(false);
    expect((await server.requests()).length).toBe(1);
    // The answers can still be changed, and the respondent can try again.
    el.page = 0;
    await settle(el);
    radio(el, 'q03', 5).click();
    el.page = 5;
    await settle(el);
    $(el, '[part~="button-retry"]').click();
    await waitFor(() => el.status === 'delivered', 'delivered');
    const requests = await server.requests();
    expect(requests[1]!.body).toMatchObject({ answers: { q01: 4, q02: 2, q03: 5 } });
    expect((await server.state()).deliveries).toEqual({ [el.submissionId]: 1 });
  });

  it('delivers a double submit once', async () => {
    const server = channel();
    const el = await answered(server);
    const button = $(el, '[part~="button-submit"]');
    button.click();
    button.click();
    el.submit();
    await waitFor(() => el.status === 'delivered', 'delivered');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await server.requests()).length).toBe(1);
  });

  it('delivers once when two elements share the survey and its storage', async () => {
    const server = channel();
    const surveyId = unique();
    const a = await mountSurvey({ 'survey-id': surveyId, endpoint: server.endpoint, ...fast });
    const b = await mountSurvey({ 'survey-id': surveyId, endpoint: server.endpoint, ...fast });
    expect(b.submissionId).toBe(a.submissionId);
    await server.script(['hang']);
    a.submit();
    await waitFor(async () => (await server.requests()).length === 1, 'the first request');
    // While a's request hangs, b submits the same survey, and a page load flushes the outbox.
    b.submit();
    const c = await mountSurvey({ 'survey-id': unique(), endpoint: server.endpoint, ...fast });
    await waitFor(() => a.status === 'delivered' && b.status === 'delivered', 'both delivered');
    expect(c.status).toBe('idle');
    expect((await server.state()).deliveries).toEqual({ [a.submissionId]: 1 });
  });

  it('sends what an earlier page queued when the next page loads, from any survey with that endpoint', async () => {
    const server = channel();
    const first = await answered(server, { 'max-attempts': '1' });
    await commands.setNetworkBlocked(serverOrigin, true);
    first.submit();
    await waitFor(() => first.status === 'queued', 'queued');
    const queuedId = first.submissionId;
    first.remove();
    await commands.setNetworkBlocked(serverOrigin, false);
    // The next page: another survey round, same endpoint.
    const next = await mountSurvey({ 'survey-id': unique(), endpoint: server.endpoint, ...fast });
    await waitFor(() => !outboxHas(queuedId), 'the outbox to empty');
    expect((await server.state()).deliveries).toEqual({ [queuedId]: 1 });
    expect(next.status).toBe('idle');
  });

  it('without storage, still delivers, keeping the queue in memory', async () => {
    const server = channel();
    const el = await answered(server, { storage: 'none', 'max-attempts': '1' });
    await commands.setNetworkBlocked(serverOrigin, true);
    el.submit();
    await waitFor(() => el.status === 'queued', 'queued');
    expect(outboxHas(el.submissionId)).toBe(false);
    await commands.setNetworkBlocked(serverOrigin, false);
    $(el, '[part~="button-retry"]').click();
    await waitFor(() => el.status === 'delivered', 'delivered');
    expect((await server.state()).deliveries).toEqual({ [el.submissionId]: 1 });
  });
});

describe('<balanse-survey> delivery across tabs', () => {
  /**
   * Two frames ("tabs") showing the same survey, whose submission both hold queued (loaded while
   * the network was down), then both told at the same moment that the network is back.
   */
  async function twoTabsRacing(server: Channel, setup = '') {
    const surveyId = unique();
    const html = `<balanse-survey survey-id="${surveyId}" endpoint="${server.endpoint}" retry-delay="5" max-attempts="1"></balanse-survey>`;
    const [a, b] = [await frame(html, setup), await frame(html, setup)] as [HTMLIFrameElement, HTMLIFrameElement];
    const [surveyA, surveyB] = [surveyIn(a), surveyIn(b)];
    expect(surveyB.submissionId).toBe(surveyA.submissionId);
    surveyA.answers = { q01: 3 };
    await commands.setNetworkBlocked(serverOrigin, true);
    surveyA.submit();
    await waitFor(() => surveyA.status === 'queued', 'queued in tab A');
    await reload(b); // tab B loads the queued submission: it tries too, and queues
    await waitFor(() => surveyIn(b).status === 'queued', 'queued in tab B');
    await commands.setNetworkBlocked(serverOrigin, false);
    a.contentWindow!.dispatchEvent(new Event('online'));
    b.contentWindow!.dispatchEvent(new Event('online'));
    return { id: surveyA.submissionId, tabs: [a, b] };
  }

  const surveyIn = (tab: HTMLIFrameElement) => tab.contentDocument!.querySelector('balanse-survey')!;

  it('two tabs flushing the same queued submission deliver it once (Web Locks)', async () => {
    const server = channel();
    await server.script([503]); // the first attempt fails and is retried while the other tab waits
    const { id, tabs } = await twoTabsRacing(server);
    // The tab whose only attempt met the 503 learns from the other tab's storage event.
    await waitFor(() => tabs.every((tab) => surveyIn(tab).status === 'delivered'), 'both tabs delivered');
    expect((await server.state()).deliveries).toEqual({ [id]: 1 });
    expect((await server.requests()).map((r) => r.status)).toEqual([503, 201]); // never in parallel
  });

  it('two tabs deliver once where Web Locks are missing (the localStorage lease)', async () => {
    const server = channel();
    const { id, tabs } = await twoTabsRacing(
      server,
      "Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined });",
    );
    expect(tabs[0]!.contentWindow!.navigator.locks).toBeUndefined();
    await waitFor(() => tabs.every((tab) => surveyIn(tab).status === 'delivered'), 'both tabs delivered');
    expect((await server.state()).deliveries).toEqual({ [id]: 1 });
    expect((await server.requests()).length).toBe(1);
  });

  it('a reload after queueing delivers on load, once', async () => {
    const server = channel();
    const surveyId = unique();
    const tab = await frame(
      `<balanse-survey survey-id="${surveyId}" endpoint="${server.endpoint}" retry-delay="5" max-attempts="1"></balanse-survey>`,
    );
    let survey = surveyIn(tab);
    survey.answers = { q05: 5 };
    await commands.setNetworkBlocked(serverOrigin, true);
    survey.submit();
    await waitFor(() => survey.status === 'queued', 'queued');
    await commands.setNetworkBlocked(serverOrigin, false);
    [survey] = (await reload(tab)) as [BalanseSurvey];
    await waitFor(() => survey.status === 'delivered', 'delivered after reload');
    const state = await server.state();
    expect(Object.values(state.deliveries)).toEqual([1]);
    expect(state.requests.at(-1)!.body).toMatchObject({ answers: { q05: 5 } });
  });
});
