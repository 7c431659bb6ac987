import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/admin/src/define/admin-elements.js';
import { refusal, shows, storyApi, TENANTS, type FakeRoutes } from './admin-data.js';

const TAG = 'balanse-admin-tenants';

const meta = {
  title: 'Admin app/Organisations',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component:
          'The operator’s organisations (tenants): the list, a form for a new one, and an admin token for each, shown once. See docs/admin/running-a-round.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
const tenants = (routes: FakeRoutes) => html`<balanse-admin-tenants .api=${storyApi(routes)}></balanse-admin-tenants>`;

export const Populated: Story = {
  render: () => tenants({ 'GET /v1/tenants': { json: TENANTS } }),
  play: shows(TAG, 'table[part="list"]'),
  parameters: describe('Use this state for an operator with several client organisations.'),
};

export const Empty: Story = {
  render: () => tenants({ 'GET /v1/tenants': { json: [] } }),
  play: shows(TAG, '#create'),
  parameters: describe('Use this state on a new server: no organisation yet, only the form for the first.'),
};

export const Loading: Story = {
  render: () => tenants({ 'GET /v1/tenants': 'pending' }),
  play: shows(TAG, 'p[role="status"]'),
  parameters: describe('Use this state while the list is on its way.'),
};

export const LoadFailed: Story = {
  name: 'Load failed',
  render: () => tenants({ 'GET /v1/tenants': 'offline' }),
  play: shows(TAG, '.message.error'),
  parameters: describe('Use this state when the server could not be reached: what happened, and a retry.'),
};

export const TokenShown: Story = {
  name: 'Token shown once',
  render: () =>
    tenants({
      'GET /v1/tenants': { json: TENANTS },
      [`POST /v1/tenants/${TENANTS[0]?.id ?? ''}/tokens`]: {
        status: 201,
        json: { id: 't1', role: 'admin', token: 'bal_adm_Jm3kQ9vX2pL7sT4wY8zA1cE5', expiresAt: '2026-06-30' },
      },
    }),
  play: async (context) => {
    await shows(TAG, 'table[part="list"]')(context);
    const root = context.canvasElement.querySelector(TAG)?.shadowRoot;
    root?.querySelector<HTMLButtonElement>('tbody button')?.click();
    await shows(TAG, '.token-form')(context);
    root?.querySelector<HTMLFormElement>('.token-form')?.requestSubmit();
    await shows(TAG, '.message.success .mono')(context);
  },
  parameters: describe('Use this state right after making an admin token: it is shown this once, with a copy button.'),
};

export const CreateRefused: Story = {
  name: 'Create refused',
  render: () =>
    tenants({
      'GET /v1/tenants': { json: TENANTS },
      'POST /v1/tenants': refusal(422, 'invalid', 'k must be at least 3', { field: 'k', rule: 'must be at least 3' }),
    }),
  play: async (context) => {
    await shows(TAG, '#create')(context);
    const root = context.canvasElement.querySelector(TAG)?.shadowRoot;
    root?.querySelector<HTMLFormElement>('#create')?.requestSubmit();
    await shows(TAG, '[aria-invalid="true"]')(context);
  },
  parameters: describe('Use this state when the server refuses a field: it is marked, named and focused.'),
};
