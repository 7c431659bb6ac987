import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/admin/src/define/leader-elements.js';
import { leaderData, localeOf, refusal, serveFake, shows, TENANT_ID, type FakeRoutes } from './admin-data.js';

const TAG = 'balanse-leader-page';
const LINK = `/r/${TENANT_ID}/north-UmFwcG9ydA`;

const meta = {
  title: 'Leader page/Page',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component:
          'The page behind a leader’s report link: the unit’s report, the previous round’s beside it, last round’s plan, the style advisor (private to the browser) and this round’s action plan. See docs/admin/leader-page.en.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
const page = () => html`<balanse-leader-page link=${LINK}></balanse-leader-page>`;
/** The page makes its own client: the story's fake server answers the page's `fetch`. */
const serving = (routes: (context: StoryContext) => FakeRoutes) => (context: StoryContext) =>
  serveFake(routes(context));
const answered = (previous: boolean) =>
  serving((context) => {
    const data = leaderData(localeOf(context), previous);
    return { [`GET ${LINK}/report.json`]: { json: data.report }, [`GET ${LINK}/plan`]: { json: data.plan } };
  });

export const Populated: Story = {
  beforeEach: answered(false),
  render: page,
  play: shows(TAG, 'balanse-action-plan'),
  parameters: describe('Use this state for a leader’s first round: the report, the advisor and a plan to make.'),
};

export const WithPreviousRound: Story = {
  name: 'With the previous round',
  beforeEach: answered(true),
  render: page,
  play: shows(TAG, '[part="previous-plan"]'),
  parameters: describe(
    'Use this state for a second round: last round’s plan first (“did it change?”), and last round’s report after this one.',
  ),
};

export const Loading: Story = {
  beforeEach: serving(() => ({ [`GET ${LINK}/report.json`]: 'pending', [`GET ${LINK}/plan`]: 'pending' })),
  render: page,
  play: shows(TAG, '[data-status]:not(:empty)'),
  parameters: describe('Use this state while the report is on its way.'),
};

export const NotReleased: Story = {
  name: 'Not released yet',
  beforeEach: serving(() => ({
    [`GET ${LINK}/report.json`]: refusal(409, 'not_closed', 'the round is still open'),
    [`GET ${LINK}/plan`]: { json: { plan: null, previous: null } },
  })),
  render: page,
  play: shows(TAG, '[data-status]:not(:empty)'),
  parameters: describe('Use this state for a link opened before the round closed: the report comes at close.'),
};

export const UnknownLink: Story = {
  name: 'Unknown link',
  beforeEach: serving(() => ({})),
  render: page,
  play: shows(TAG, '[data-status]:not(:empty)'),
  parameters: describe('Use this state for a link that is wrong, replaced or deleted with its round.'),
};

export const NetworkDown: Story = {
  name: 'Network down',
  beforeEach: serving(() => ({ [`GET ${LINK}/report.json`]: 'offline', [`GET ${LINK}/plan`]: 'offline' })),
  render: page,
  play: shows(TAG, '[data-status]:not(:empty)'),
  parameters: describe('Use this state when the server could not be reached.'),
};
