import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/admin/src/define/admin-elements.js';
import {
  CLOSED_ROUND,
  DRAFT_ROUND,
  localeOf,
  OPEN_ROUND,
  PARTICIPATION,
  ROUND_ID,
  roundRoute,
  roundRoutes,
  shows,
  storyApi,
  TENANT,
  type FakeRoutes,
} from './admin-data.js';

const TAG = 'balanse-admin-round';

const meta = {
  title: 'Admin app/Round',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component:
          'One round from draft to its reports: open it, hand out the survey links (copy, QR code, CSV, personal links), watch participation (responded against expected, which units are still below k and nothing more), close it, read every unit’s report beside the previous round’s, and hand each leader their report link. See docs/admin/running-a-round.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
const round = (routes: FakeRoutes, refresh = 5000) =>
  html`<balanse-admin-round
    .api=${storyApi(routes)}
    .tenant=${TENANT}
    round-id=${ROUND_ID}
    refresh-interval=${refresh}
  ></balanse-admin-round>`;
const inStatus = (status: typeof OPEN_ROUND) => (_args: unknown, context: StoryContext) =>
  round(roundRoutes(status, localeOf(context)));

export const Draft: Story = {
  render: inStatus(DRAFT_ROUND),
  play: shows(TAG, '[data-action="open"]'),
  parameters: describe('Use this state for a round that is set up but not open: nobody can answer yet.'),
};

export const Open: Story = {
  render: inStatus(OPEN_ROUND),
  play: shows(TAG, 'table[part="participation"]'),
  parameters: describe(
    'Use this state while the round is open: the links to hand out, and participation per unit, fetched again every few seconds; units below k are named, nothing else about them.',
  ),
};

export const StaleParticipation: Story = {
  name: 'Stale participation',
  render: (_args, context) =>
    round(
      {
        ...roundRoutes(OPEN_ROUND, localeOf(context)),
        // The first count arrives; every refresh after it finds the network gone.
        [roundRoute('GET', 'participation')]: ({ call }) => (call === 1 ? { json: PARTICIPATION } : 'offline'),
      },
      50,
    ),
  play: shows(TAG, '[data-stale]'),
  parameters: describe(
    'Use this state when a refresh failed: the figures shown are said to be from the last time they could be fetched, never passed off as live.',
  ),
};

export const ConfirmClose: Story = {
  name: 'Confirm close',
  render: inStatus(OPEN_ROUND),
  play: async (context) => {
    await shows(TAG, '[data-action="close"]')(context);
    context.canvasElement
      .querySelector(TAG)
      ?.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="close"]')
      ?.click();
    await shows(TAG, '[role="alertdialog"]')(context);
  },
  parameters: describe('Use this state to see the question asked before closing: closing cannot be undone.'),
};

export const Closed: Story = {
  render: inStatus(CLOSED_ROUND),
  play: shows(TAG, 'balanse-report'),
  parameters: describe(
    'Use this state after close: every unit’s report beside the previous round’s, the downloads, the leaders’ report links and the plans leaders chose to share.',
  ),
};

export const Loading: Story = {
  render: () => round({ [roundRoute('GET')]: 'pending' }),
  play: shows(TAG, 'p[role="status"]'),
  parameters: describe('Use this state while the round is on its way.'),
};

export const LoadFailed: Story = {
  name: 'Load failed',
  render: () => round({ [roundRoute('GET')]: 'offline' }),
  play: shows(TAG, '.message.error'),
  parameters: describe('Use this state when the server could not be reached: what happened, and a retry.'),
};
