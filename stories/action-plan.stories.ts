import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/admin/src/define/leader-elements.js';
import type { Plan } from '../packages/admin/src/api/types.js';
import { localeOf, PLAN, refusal, shows, storyApi, TENANT_ID, type FakeRoutes } from './admin-data.js';
import { leaderReport } from './data.js';

const TAG = 'balanse-action-plan';
const ENDPOINT = `/r/${TENANT_ID}/north-UmFwcG9ydA/plan`;
const DRAFT_KEY = `balanse-plan-draft:${ENDPOINT}`;

const meta = {
  title: 'Leader page/Action plan',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component:
          'The leader’s action plan: one to three actions from the report’s advice or their own, each with a next step and a follow-up date, kept on the server behind the report link and shown beside the next round’s report. Shared with the administrators only if the leader says so. See docs/admin/elements.md.',
      },
    },
  },
  // Each story starts without a draft in the tab (the element keeps one across reloads).
  beforeEach: () => {
    sessionStorage.removeItem(DRAFT_KEY);
    return () => sessionStorage.removeItem(DRAFT_KEY);
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
const plan =
  (saved: Plan | null, routes: FakeRoutes = {}) =>
  (_args: unknown, context: StoryContext) =>
    html`<balanse-action-plan
    endpoint=${ENDPOINT}
    .api=${storyApi(routes)}
    .advice=${leaderReport(localeOf(context)).advice}
    .plan=${saved}
  ></balanse-action-plan>`;
const click = (context: StoryContext, selector: string) =>
  context.canvasElement.querySelector(TAG)?.shadowRoot?.querySelector<HTMLElement>(selector)?.click();

export const Empty: Story = {
  render: plan(null),
  play: shows(TAG, '[data-start]'),
  parameters: describe('Use this state for a leader who has not made a plan for this round yet.'),
};

export const Writing: Story = {
  render: plan(null),
  play: async (context) => {
    await shows(TAG, '[data-start]')(context);
    click(context, '[data-start]');
    await shows(TAG, 'form[part="form"]')(context);
  },
  parameters: describe(
    'Use this state while the leader writes: pick from the advice or write your own, a next step, a date.',
  ),
};

export const Saved: Story = {
  render: plan(PLAN),
  play: shows(TAG, '[part="plan"]'),
  parameters: describe('Use this state for a saved plan, shared with the administrators.'),
};

export const SaveRefused: Story = {
  name: 'Save refused',
  render: plan(PLAN, {
    [`PUT ${ENDPOINT}`]: refusal(422, 'invalid', 'actions[0].followUp must be a date after today', {
      field: 'actions[0].followUp',
      rule: 'must be a date after today',
    }),
  }),
  play: async (context) => {
    await shows(TAG, '[data-edit]')(context);
    click(context, '[data-edit]');
    await shows(TAG, 'form[part="form"]')(context);
    context.canvasElement.querySelector(TAG)?.shadowRoot?.querySelector<HTMLFormElement>('form')?.requestSubmit();
    await shows(TAG, '#a0-date[aria-invalid="true"]')(context);
  },
  parameters: describe('Use this state when the server refuses a field: it is marked, named and focused.'),
};

export const SaveFailed: Story = {
  name: 'Save failed (network)',
  render: plan(PLAN, { [`PUT ${ENDPOINT}`]: 'offline' }),
  play: async (context) => {
    await shows(TAG, '[data-edit]')(context);
    click(context, '[data-edit]');
    await shows(TAG, 'form[part="form"]')(context);
    context.canvasElement.querySelector(TAG)?.shadowRoot?.querySelector<HTMLFormElement>('form')?.requestSubmit();
    await shows(TAG, '.error-text:not(:empty)')(context);
  },
  parameters: describe(
    'Use this state when the network is gone while saving: the leader is told, and what they wrote stays in the form (and in the tab, across a reload).',
  ),
};

export const DraftRestored: Story = {
  name: 'Draft restored',
  beforeEach: () => {
    sessionStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        drafts: [
          { source: 'own', topic: '', title: 'Ukentlig en-til-en', nextStep: 'Fredager', followUp: '2026-05-01' },
        ],
        shared: false,
      }),
    );
  },
  render: plan(null),
  play: shows(TAG, '[data-restored]'),
  parameters: describe('Use this state after a reload mid-writing: the unsaved draft comes back, and says so.'),
};

export const ConfirmDelete: Story = {
  name: 'Confirm delete',
  render: plan(PLAN),
  play: async (context) => {
    await shows(TAG, '[part="plan"]')(context);
    click(context, '[part="plan"] .actions button.secondary');
    await shows(TAG, '[data-confirm]')(context);
  },
  parameters: describe('Use this state to see the question asked before deleting a plan.'),
};

export const Languages: Story = {
  render: (_args, context) =>
    html`${(['nb', 'nn', 'sv', 'en'] as const).map(
      (lang) =>
        html`<div lang=${lang}>
          <balanse-action-plan
            heading-level="3"
            endpoint=${`${ENDPOINT}-${lang}`}
            .api=${storyApi({})}
            .advice=${leaderReport(localeOf(context)).advice}
            .plan=${PLAN}
          ></balanse-action-plan>
        </div>`,
    )}`,
  play: shows(TAG, '[part="plan"]'),
  parameters: describe(
    'Use this story to check the plan’s texts in every language, each following the nearest lang (the advice is the report’s, in the toolbar’s language).',
  ),
};
