import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/admin/src/define/admin-elements.js';
import { CATALOGUE, refusal, shows, storyApi, TENANT, tenantRoute, THEME, type FakeRoutes } from './admin-data.js';

const TAG = 'balanse-admin-theme';

const meta = {
  title: 'Admin app/Theme',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component:
          'A tenant’s look: a shipped theme and tokens pasted as JSON, checked by the server and previewed on the survey before saving. The survey pages, report pages and the app then use it. See docs/admin/running-a-round.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
const theme = (routes: FakeRoutes) =>
  html`<balanse-admin-theme .api=${storyApi(routes)} .tenant=${TENANT}></balanse-admin-theme>`;
const loaded: FakeRoutes = {
  'GET /v1/themes': { json: CATALOGUE },
  [tenantRoute('GET', 'theme')]: { json: THEME },
  [tenantRoute('POST', 'theme', 'preview')]: { json: { tokens: { ...CATALOGUE.tokens, ...THEME.tokens } } },
};

export const Populated: Story = {
  render: () => theme(loaded),
  play: shows(TAG, '.preview balanse-survey'),
  parameters: describe(
    'Use this state for a tenant with a theme: the base, the tokens set over it and the survey in that look.',
  ),
};

export const TokenRefused: Story = {
  name: 'Token refused',
  render: () =>
    theme({
      ...loaded,
      [tenantRoute('POST', 'theme', 'preview')]: ({ call }) =>
        call === 1
          ? { json: { tokens: CATALOGUE.tokens } }
          : refusal(422, 'invalid', 'tokens.color-accent must be a colour', {
              field: 'tokens.color-accent',
              rule: 'must be a colour',
            }),
    }),
  play: async (context) => {
    await shows(TAG, '#theme-tokens')(context);
    const root = context.canvasElement.querySelector(TAG)?.shadowRoot;
    const field = root?.querySelector<HTMLTextAreaElement>('#theme-tokens');
    if (!field) throw new Error('the tokens field is not in the story');
    field.value = '{ "color-accent": "url(https://example.com/x)" }';
    field.dispatchEvent(new Event('input'));
    root?.querySelector<HTMLButtonElement>('.actions button.secondary')?.click();
    await shows(TAG, '#theme-tokens[aria-invalid="true"]')(context);
  },
  parameters: describe('Use this state when the server refuses a token’s value: the field says which token and why.'),
};

export const NotJson: Story = {
  name: 'Not JSON',
  render: () => theme(loaded),
  play: async (context) => {
    await shows(TAG, '#theme-tokens')(context);
    const root = context.canvasElement.querySelector(TAG)?.shadowRoot;
    const field = root?.querySelector<HTMLTextAreaElement>('#theme-tokens');
    if (!field) throw new Error('the tokens field is not in the story');
    field.value = '{ "color-accent": ';
    field.dispatchEvent(new Event('input'));
    root?.querySelector<HTMLButtonElement>('.actions button.secondary')?.click();
    await shows(TAG, '#theme-tokens[aria-invalid="true"]')(context);
  },
  parameters: describe(
    'Use this state for pasted text that is not JSON: the browser says so before asking the server.',
  ),
};

export const Loading: Story = {
  render: () => theme({ ...loaded, 'GET /v1/themes': 'pending' }),
  play: shows(TAG, 'p[role="status"]'),
  parameters: describe('Use this state while the themes are on their way.'),
};

export const LoadFailed: Story = {
  name: 'Load failed',
  render: () => theme({ ...loaded, [tenantRoute('GET', 'theme')]: 'offline' }),
  play: shows(TAG, '.message.error'),
  parameters: describe('Use this state when the server could not be reached: what happened, and a retry.'),
};
