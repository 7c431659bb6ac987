import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { FORMS, instrument, SCALES, type Answers, type Instrument } from '@balanse/core';
import type { BalanseSurvey } from '@balanse/components';
import { answersOf } from '../../../../stories/data.js';
import {
  a11yNotes,
  fakeNetwork,
  hookStyles,
  playgroundArgTypes,
  renderFromArgs,
  settled,
  THEMING_PALETTE as c,
  until,
  elementIn,
  shadowOf,
} from '../../../../stories/helpers.js';

const TAG = 'balanse-survey';
/** Never contacted: each delivery story replaces `fetch` (helpers.ts, fakeNetwork). */
const ENDPOINT = 'https://intranet.example/api/balanse/responses';
// The built-in instrument has its pages (its type leaves them optional); page PAGES is the review step.
const PAGES = instrument.pages?.length ?? 0;

const meta = {
  title: 'Elements/Survey',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component:
          'The Balanse survey: 40 items in 5 pages, autosaved, delivered exactly once even through a dead network, and a native form control. See packages/components/src/survey/README.md and docs/delivery-protocol.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
const survey = (root: HTMLElement) => elementIn(root, TAG);
const part = (el: HTMLElement, name: string) => shadowOf(el).querySelector<HTMLElement>(`[part~="${name}"]`);

/** A respondent's answers (seeded synthetic), all 40 or the first `count`. */
const answers = (count = instrument.items.length): Answers => answersOf(count);

// Every story has its own survey id and keeps answers in memory (storage="none"), so no story
// leaves a draft or an outbox entry in the browser for another to find.

export const Playground: Story = {
  render: renderFromArgs(TAG),
  args: {
    surveyId: 'story-playground',
    storage: 'none',
    surveyForm: 'team',
    cannotAnswer: false,
    required: false,
    disabled: false,
  },
  argTypes: playgroundArgTypes(TAG, { surveyForm: FORMS, storage: ['local', 'session', 'none'] }),
  parameters: describe('Use the Playground to try every property and hook from the manifest on one live survey.'),
};

export const Overview: Story = {
  render: () =>
    html`<balanse-survey survey-id="story-overview" storage="none" .answers=${answers(3)}></balanse-survey>`,
  play: settled,
  parameters: describe(
    'Use the overview to see the survey as a team member meets it: the title, the instructions and the first page.',
  ),
};

export const Empty: Story = {
  render: () => html`<balanse-survey survey-id="story-empty" storage="none"></balanse-survey>`,
  play: async (context) => {
    await settled(context);
    await expect(part(survey(context.canvasElement), 'progress-text')?.textContent).toContain('0');
  },
  parameters: describe('Use this state for a respondent who has just opened the survey: nothing answered yet.'),
};

export const PartlyAnswered: Story = {
  name: 'Partly answered',
  render: () =>
    html`<balanse-survey survey-id="story-partly" storage="none" .answers=${answers(12)} .page=${1}></balanse-survey>`,
  play: settled,
  parameters: describe(
    'Use this state for a respondent who comes back to a half-finished survey: answers kept, on page 2.',
  ),
};

export const ReviewStep: Story = {
  name: 'Review step',
  render: () =>
    html`<balanse-survey survey-id="story-review" storage="none" .answers=${answers(37)} .page=${PAGES}></balanse-survey>`,
  play: async (context) => {
    await settled(context);
    await expect(part(survey(context.canvasElement), 'review-list')).not.toBeNull();
  },
  parameters: describe(
    'Use this state for the last step before sending, where unanswered items are listed as buttons that lead back to them.',
  ),
};

/** Submits a complete survey from its review step, as the respondent's click on Send does. */
const submitAndWait = (status: BalanseSurvey['status']) => async (context: Parameters<typeof settled>[0]) => {
  await settled(context);
  const el = survey(context.canvasElement);
  const submit = part(el, 'button-submit');
  if (!submit) throw new Error('The survey shows no Send button.');
  submit.click();
  await until(() => el.status === status);
  await el.updateComplete;
  await expect(el.status).toBe(status);
};

export const QueuedOffline: Story = {
  name: 'Queued offline',
  beforeEach: () => fakeNetwork('offline'),
  render: () =>
    html`<balanse-survey survey-id="story-queued" storage="none" endpoint=${ENDPOINT} max-attempts="1" .answers=${answers()} .page=${PAGES}></balanse-survey>`,
  play: submitAndWait('queued'),
  parameters: describe(
    'Use this state for a respondent who sends without a network: the answers wait in the outbox and are sent later.',
  ),
};

export const Delivered: Story = {
  beforeEach: () => fakeNetwork('accept'),
  render: () =>
    html`<balanse-survey survey-id="story-delivered" storage="none" endpoint=${ENDPOINT} .answers=${answers()} .page=${PAGES}></balanse-survey>`,
  play: submitAndWait('delivered'),
  parameters: describe(
    'Use this state for the thank-you a respondent sees once the endpoint has confirmed the submission.',
  ),
};

export const Failed: Story = {
  beforeEach: () => fakeNetwork('refuse'),
  render: () =>
    html`<balanse-survey survey-id="story-failed" storage="none" endpoint=${ENDPOINT} .answers=${answers()} .page=${PAGES}></balanse-survey>`,
  play: submitAndWait('failed'),
  parameters: describe(
    'Use this state for an endpoint that refuses the submission (400): the answers are kept and the respondent can try again.',
  ),
};

export const SelfForm: Story = {
  name: 'Self form',
  render: () => html`<balanse-survey survey-id="story-self" storage="none" survey-form="self"></balanse-survey>`,
  play: settled,
  parameters: describe('Use the self form for the leader, who answers the same items about their own leadership.'),
};

/** A short pulse instrument of two built-in items per scale, as an organisation might define its own. */
const pulse: Instrument = (() => {
  const items = SCALES.flatMap((scale) => instrument.items.filter((item) => item.scale === scale).slice(0, 2));
  return {
    ...instrument,
    id: 'pulse',
    version: '1.0.0',
    title: {
      nb: 'Pulsmåling for salgsteamet',
      nn: 'Pulsmåling for salsteamet',
      sv: 'Pulsmätning för säljteamet',
      en: 'Sales team pulse check',
    },
    items,
    pages: [items.slice(0, 5).map((item) => item.id), items.slice(5).map((item) => item.id)],
  };
})();

export const CustomInstrument: Story = {
  name: 'Custom instrument',
  render: () => html`<balanse-survey survey-id="story-custom" storage="none" .instrument=${pulse}></balanse-survey>`,
  play: async (context) => {
    await settled(context);
    await expect(part(survey(context.canvasElement), 'error')).toBeNull();
  },
  parameters: describe(
    'Use a custom instrument when an organisation asks its own items; the survey validates it with core’s schema first.',
  ),
};

export const CannotAnswer: Story = {
  name: 'Cannot answer enabled',
  render: () => html`<balanse-survey survey-id="story-cannot" storage="none" cannot-answer></balanse-survey>`,
  play: settled,
  parameters: describe(
    'Use cannot-answer when respondents may lack the grounds to rate an item; the choice is stored as missing, not as a score.',
  ),
};

// One story per language rather than four surveys side by side: two surveys on one page whose
// page headings read the same (nb and nn: "Side 1 av 2") give two regions of the same name, which
// axe reports (landmark-unique).
const languageStory = (locale: 'nn' | 'sv' | 'en', name: string): Story => ({
  name,
  globals: { locale },
  render: () =>
    html`<balanse-survey survey-id=${`story-lang-${locale}`} storage="none" .answers=${answers(2)}></balanse-survey>`,
  play: async (context) => {
    await settled(context);
    await expect(document.documentElement.lang).toBe(locale);
    await expect(part(survey(context.canvasElement), 'base')?.getAttribute('lang')).toBe(locale);
  },
  parameters: describe(
    `Use this story to check the survey’s texts in ${name.replace('In ', '')}, which it takes from <html lang>.`,
  ),
});

export const InNynorsk = languageStory('nn', 'In Nynorsk');
export const InSwedish = languageStory('sv', 'In Swedish');
export const InEnglish = languageStory('en', 'In English');

export const Accessibility: Story = {
  render: () =>
    html`${a11yNotes([
      'Each item is a fieldset with role="radiogroup" labelled by its legend, holding five native radios with visible labels; Tab moves between items, the arrow keys between options.',
      'Next and Back move focus to the new page’s heading, and a polite live region says the page and how many items are answered; delivery states are said in words.',
      'Every option and button is at least 44 × 44 px, and the survey reflows at 320 px.',
      'Caveats: an answered item cannot be cleared (enable cannot-answer for a way out); the title is an h2 and page headings h3, which a host cannot change yet.',
    ])}<balanse-survey survey-id="story-a11y" storage="none" cannot-answer .answers=${answers(4)}></balanse-survey>`,
  play: settled,
  parameters: describe(
    'Use this story to review the survey’s keyboard and screen-reader behaviour and its honest caveats.',
  ),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  render: () => html`<balanse-survey survey-id="story-dark" storage="none" .answers=${answers(5)}></balanse-survey>`,
  play: settled,
  parameters: describe('Use this story to check the survey on the default theme’s dark palette.'),
};

export const Theming: Story = {
  render: () => {
    const hooks = hookStyles(TAG, {
      '--balanse-survey-background': c.surface,
      '--balanse-survey-color': c.text,
      '--balanse-survey-muted-color': c.muted,
      '--balanse-survey-border-color': c.border,
      '--balanse-survey-radius': '12px',
      '--balanse-survey-padding': '2rem',
      '--balanse-survey-gap': '1.25rem',
      '--balanse-survey-item-background': c.raised,
      '--balanse-survey-option-background': c.surface,
      '--balanse-survey-option-radius': '999px',
      '--balanse-survey-option-size': '48px',
      '--balanse-survey-option-selected-background': c.accent,
      '--balanse-survey-option-selected-color': c.accentContrast,
      '--balanse-survey-accent': c.accent,
      '--balanse-survey-accent-contrast': c.accentContrast,
      '--balanse-survey-heading-size': '1.75rem',
      '--balanse-survey-danger': c.danger,
      '--balanse-survey-success': c.success,
      '--balanse-survey-warning': c.warning,
    });
    return html`<balanse-survey ${hooks} survey-id="story-theming" storage="none" .answers=${answers(6)}></balanse-survey>`;
  },
  play: settled,
  parameters: describe(
    'Use this story as the template for a client theme: it sets every public custom property of the survey.',
  ),
};
