import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/admin/src/define/admin-elements.js';
import { ROUNDS, shows, storyApi, TENANT, tenantRoute, type FakeRoutes } from './admin-data.js';

const TAG = 'balanse-admin-rounds';

const meta = {
  title: 'Admin app/Rounds',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component:
          'A tenant’s survey rounds with their status, and the form for a new one (name, default language, k, whether leaders answer the self form). See docs/admin/running-a-round.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
const rounds = (routes: FakeRoutes) =>
  html`<balanse-admin-rounds .api=${storyApi(routes)} .tenant=${TENANT}></balanse-admin-rounds>`;

export const Populated: Story = {
  render: () => rounds({ [tenantRoute('GET', 'rounds')]: { json: ROUNDS } }),
  play: shows(TAG, 'table[part="list"]'),
  parameters: describe('Use this state for a tenant with an earlier, closed round and one open now.'),
};

export const Empty: Story = {
  render: () => rounds({ [tenantRoute('GET', 'rounds')]: { json: [] } }),
  play: shows(TAG, '#create'),
  parameters: describe('Use this state before the first round: the form, with the tenant’s k as the default.'),
};

export const Loading: Story = {
  render: () => rounds({ [tenantRoute('GET', 'rounds')]: 'pending' }),
  play: shows(TAG, 'p[role="status"]'),
  parameters: describe('Use this state while the list is on its way.'),
};

export const LoadFailed: Story = {
  name: 'Load failed',
  render: () => rounds({ [tenantRoute('GET', 'rounds')]: 'offline' }),
  play: shows(TAG, '.message.error'),
  parameters: describe('Use this state when the server could not be reached: what happened, and a retry.'),
};
