import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/admin/src/define/admin-elements.js';
import { BAD_CSV, BAD_PREVIEW, shows, storyApi, TENANT, tenantRoute, UNITS, type FakeRoutes } from './admin-data.js';

const TAG = 'balanse-admin-units';

const meta = {
  title: 'Admin app/Units',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component:
          'A tenant’s organisation chart: the tree with expected headcounts, editing one unit, and importing a CSV file with a preview that marks each bad row and why before anything is saved. See docs/admin/running-a-round.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
const units = (routes: FakeRoutes) =>
  html`<balanse-admin-units .api=${storyApi(routes)} .tenant=${TENANT}></balanse-admin-units>`;

export const Populated: Story = {
  render: () => units({ [tenantRoute('GET', 'units')]: { json: UNITS } }),
  play: shows(TAG, 'table[part="tree"]'),
  parameters: describe('Use this state for a tenant whose chart is in place: the tree in reading order.'),
};

export const Empty: Story = {
  render: () => units({ [tenantRoute('GET', 'units')]: { json: [] } }),
  play: shows(TAG, '#file'),
  parameters: describe('Use this state for a new tenant: no units yet, only the import.'),
};

export const Loading: Story = {
  render: () => units({ [tenantRoute('GET', 'units')]: 'pending' }),
  play: shows(TAG, 'p[role="status"]'),
  parameters: describe('Use this state while the chart is on its way.'),
};

export const LoadFailed: Story = {
  name: 'Load failed',
  render: () => units({ [tenantRoute('GET', 'units')]: { status: 503, json: {} } }),
  play: shows(TAG, '.message.error'),
  parameters: describe('Use this state when the server failed: what happened, and a retry.'),
};

export const ImportWithBadRows: Story = {
  name: 'Import with bad rows',
  render: () =>
    units({
      [tenantRoute('GET', 'units')]: { json: UNITS.slice(0, 2) },
      [tenantRoute('POST', 'units', 'preview')]: {
        status: 422,
        json: { error: { code: 'invalid' }, preview: BAD_PREVIEW },
      },
    }),
  play: async (context) => {
    await shows(TAG, '#file')(context);
    const input = context.canvasElement.querySelector(TAG)?.shadowRoot?.querySelector<HTMLInputElement>('#file');
    if (!input) throw new Error('the file field is not in the story');
    const files = new DataTransfer();
    files.items.add(new File([BAD_CSV], 'units.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await shows(TAG, '.preview [aria-invalid="true"]')(context);
  },
  parameters: describe(
    'Use this state after choosing a file with mistakes: each bad row is a row of fields to fix, with the rule it broke; nothing is saved yet.',
  ),
};
