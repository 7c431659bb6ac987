/**
 * Every wrapper rendered by React 19 in Chromium: it creates its element, sets the element's
 * properties from props (and again on re-render), hands the element to `ref`, calls each `on…`
 * prop with the element's own event (and stops when the prop goes), and covers every element and
 * every event that custom-elements.json lists.
 */
import { assessBalance, buildReport, summarizeTeam, type TeamSummaryOk } from '@balanse/core';
import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
import {
  BalanseDownloadEvent,
  BalanseSellersChangeEvent,
  BalanseSubmitEvent,
  type BalanseSurvey as SurveyElement,
} from '@balanse/components';
import manifest from '@balanse/components/custom-elements.json';
import * as Balanse from '@balanse/react';
import { act, createElement, createRef, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { handlerName } from '../src/wrap.js';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const team = summarizeTeam(syntheticTeam(11, 8, PROFILES.comfort)) as TeamSummaryOk;
const report = buildReport({ team }, { locale: 'en', teamName: 'Sales North', invited: 9 });
const balance = assessBalance({ relation: 80, system: 50, administration: 70 });

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  localStorage.clear();
});

/** Renders `element` and waits until the Balanse element inside has rendered. */
async function show(element: React.ReactElement): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  act(() => root.render(element));
  const el = container.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el;
}

interface ManifestElement {
  tagName?: string;
  name: string;
  events?: { name: string; type?: { text: string } }[];
}
const declared = (manifest as { modules: { declarations?: ManifestElement[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is ManifestElement & { tagName: string } => typeof d.tagName === 'string');

const wrappers = Object.entries(Balanse as Record<string, unknown>).filter(
  (entry): entry is [string, ComponentType<Record<string, unknown>>] =>
    typeof entry[1] === 'object' && entry[1] !== null && '$$typeof' in entry[1],
);

describe('the wrappers', () => {
  it('cover every element of custom-elements.json, one each', async () => {
    const tags: string[] = [];
    for (const [, Wrapper] of wrappers) tags.push((await show(createElement(Wrapper))).localName);
    expect(tags.sort()).toEqual(declared.map((d) => d.tagName).sort());
  });

  it.each(declared.map((d) => [d.tagName, d] as const))(
    'listen to every event <%s> fires, by the on… prop of its name',
    async (tag, element) => {
      const Wrapper = wrappers.find(([name]) => name === element.name)![1];
      const events = element.events ?? [];
      const handlers = Object.fromEntries(events.map((e) => [handlerName(e.name), vi.fn()]));
      const el = await show(createElement(Wrapper, handlers));
      expect(el.localName).toBe(tag);
      for (const event of events) {
        const fired = new Event(event.name);
        el.dispatchEvent(fired);
        expect(handlers[handlerName(event.name)], event.name).toHaveBeenCalledWith(fired);
      }
    },
  );
});

describe('BalanseSurvey', () => {
  it('sets the element’s properties, gives the element to ref, and re-renders with new props', async () => {
    const ref = createRef<SurveyElement>();
    const el = await show(
      <Balanse.BalanseSurvey ref={ref} surveyId="react-survey" storage="none" required cannotAnswer lang="en" />,
    );
    expect(ref.current).toBe(el);
    expect(ref.current!.surveyId).toBe('react-survey');
    expect(ref.current!.required).toBe(true);
    expect(el.getAttribute('lang')).toBe('en');
    expect(el.shadowRoot!.querySelectorAll('[role="radiogroup"]')).toHaveLength(8);
    // A cannot-answer option per item besides the five.
    expect(el.shadowRoot!.querySelectorAll('input[type="radio"]')).toHaveLength(48);

    await show(
      <Balanse.BalanseSurvey
        ref={ref}
        surveyId="react-survey"
        storage="none"
        required={false}
        cannotAnswer={false}
        lang="en"
      />,
    );
    expect(ref.current!.required).toBe(false);
    expect(el.shadowRoot!.querySelectorAll('input[type="radio"]')).toHaveLength(40);
  });

  it('calls onChange and onInput when the respondent answers, with the answer in the element', async () => {
    const onChange = vi.fn<(event: Event) => void>();
    const onInput = vi.fn<(event: Event) => void>();
    const el = await show(
      <Balanse.BalanseSurvey surveyId="react-answer" storage="none" onChange={onChange} onInput={onInput} />,
    );
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="q01"][value="4"]')!.click();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onInput).toHaveBeenCalledTimes(1);
    expect((onChange.mock.calls[0]![0].target as SurveyElement).answers).toEqual({ q01: 4 });
  });

  it('calls onBalanseSubmit with the element’s BalanseSubmitEvent, and stops calling a handler that is no longer in the props', async () => {
    const onBalanseSubmit = vi.fn<(event: BalanseSubmitEvent) => void>();
    const el = await show(
      <Balanse.BalanseSurvey surveyId="react-submit" storage="none" onBalanseSubmit={onBalanseSubmit} />,
    );
    const detail = {
      response: (el as unknown as SurveyElement).answers as never,
      submittedAt: new Date(0).toISOString(),
      endpoint: null,
    };
    const event = new BalanseSubmitEvent(detail);
    el.dispatchEvent(event);
    expect(onBalanseSubmit).toHaveBeenCalledWith(event);
    expect(onBalanseSubmit.mock.calls[0]![0].detail.endpoint).toBeNull();

    await show(<Balanse.BalanseSurvey surveyId="react-submit" storage="none" />);
    el.dispatchEvent(new BalanseSubmitEvent(detail));
    expect(onBalanseSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('BalanseZoneMap and BalanseBalanceBoard', () => {
  it('draw what their props give them', async () => {
    const map = await show(<Balanse.BalanseZoneMap zone={team.zone} showTable />);
    expect((map as unknown as { zone: unknown }).zone).toBe(team.zone);
    expect(map.shadowRoot!.querySelector('table')).not.toBeNull();

    const board = await show(<Balanse.BalanseBalanceBoard balance={balance} />);
    expect((board as unknown as { balance: unknown }).balance).toBe(balance);
    expect(board.shadowRoot!.querySelector('svg')).not.toBeNull();
  });
});

describe('BalanseStyleAdvisor', () => {
  it('calls onBalanseSellersChange when the leader adds a seller', async () => {
    const onBalanseSellersChange = vi.fn<(event: BalanseSellersChangeEvent) => void>();
    const el = await show(
      <Balanse.BalanseStyleAdvisor storage="none" onBalanseSellersChange={onBalanseSellersChange} lang="en" />,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
    expect(onBalanseSellersChange).toHaveBeenCalledTimes(1);
    const event = onBalanseSellersChange.mock.calls[0]![0];
    expect(event).toBeInstanceOf(BalanseSellersChangeEvent);
    expect(event.detail.sellers).toHaveLength(1);
  });
});

describe('BalanseReport', () => {
  it('shows the report it is given, and lets the host take the download', async () => {
    const onBalanseDownload = vi.fn<(event: BalanseDownloadEvent) => void>((event) => event.preventDefault());
    const el = await show(
      <Balanse.BalanseReport report={report} headingLevel={3} onBalanseDownload={onBalanseDownload} />,
    );
    expect(el.shadowRoot!.textContent).toContain('Sales North');
    expect(el.shadowRoot!.querySelector('h3')).not.toBeNull();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="csv"]')!.click();
    const [event] = onBalanseDownload.mock.calls[0] ?? [];
    expect(event).toBeInstanceOf(BalanseDownloadEvent);
    expect(event!.detail.filename).toMatch(/\.csv$/);
  });
});

describe('types', () => {
  it('type each event prop with the element’s event class and each property with the element’s type', () => {
    type SurveyProps = Balanse.BalanseSurveyProps;
    expectTypeOf<NonNullable<SurveyProps['onBalanseSubmit']>>().parameter(0).toEqualTypeOf<BalanseSubmitEvent>();
    expectTypeOf<NonNullable<SurveyProps['onChange']>>().parameter(0).toEqualTypeOf<Event>();
    expectTypeOf<SurveyProps['surveyId']>().toEqualTypeOf<SurveyElement['surveyId'] | undefined>();
    expectTypeOf<SurveyProps['instrument']>().toEqualTypeOf<SurveyElement['instrument'] | undefined>();
    expectTypeOf<NonNullable<Balanse.BalanseReportProps['onBalanseDownload']>>()
      .parameter(0)
      .toEqualTypeOf<BalanseDownloadEvent>();
    // Read-only state, methods and Lit's own members are not props.
    expectTypeOf<SurveyProps>().not.toHaveProperty('status');
    expectTypeOf<SurveyProps>().not.toHaveProperty('submissionId');
    expectTypeOf<SurveyProps>().not.toHaveProperty('requestUpdate');
    expectTypeOf<SurveyProps>().not.toHaveProperty('renderRoot');
  });
});
