import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/admin/src/define/admin-elements.js';
import { localeOf, OPERATOR, refusal, serveFake, TENANTS, type FakeRoutes } from './admin-data.js';
import { settled, until } from './helpers.js';

const TAG = 'balanse-admin-app';
// The app's own keys in the tab's sessionStorage (api/token-store.ts, app/admin-app.ts).
const TOKEN_KEY = 'balanse-admin-token';
const LANGUAGE_KEY = 'balanse-admin-language';

const meta = {
  title: 'Admin app/The whole app',
  component: TAG,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The administrators’ app as /admin serves it: sign-in with a token, then the screens, addressed by the URL’s # part. Each screen has its own stories. See docs/admin/running-a-round.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });

/**
 * The tab as the app finds it: the toolbar's language chosen, a token kept or not, the start
 * screen's address, and the fake server answering the app's own client. The cleanup puts all back.
 */
const tab = (token: string | null, routes: FakeRoutes) => (context: StoryContext) => {
  sessionStorage.setItem(LANGUAGE_KEY, localeOf(context));
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
  const address = location.pathname + location.search;
  history.replaceState(null, '', address);
  const restore = serveFake(routes);
  return () => {
    restore();
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(LANGUAGE_KEY);
    history.replaceState(null, '', address);
  };
};
const app = () => html`<balanse-admin-app></balanse-admin-app>`;
const showing =
  (...selectors: string[]) =>
  async (context: StoryContext): Promise<void> => {
    await until(() => {
      let node: Element | null | undefined = context.canvasElement.querySelector(TAG);
      for (const selector of selectors) node = node?.shadowRoot?.querySelector(selector);
      return Boolean(node);
    });
    await settled(context);
  };

export const SignIn: Story = {
  name: 'Sign-in',
  beforeEach: tab(null, {}),
  render: app,
  play: showing('balanse-admin-sign-in'),
  parameters: describe('Use this state for a first visit: nothing works before a token is given.'),
};

export const Operator: Story = {
  name: 'Signed in (operator)',
  beforeEach: tab('story-operator-token', {
    'GET /v1/session': { json: OPERATOR },
    'GET /v1/tenants': { json: TENANTS },
  }),
  render: app,
  play: showing('balanse-admin-tenants', 'table[part="list"]'),
  parameters: describe('Use this state for an operator: who is signed in, the language, and the organisations.'),
};

export const SessionExpired: Story = {
  name: 'Session expired',
  beforeEach: tab('story-expired-token', {
    'GET /v1/session': refusal(401, 'unauthorized', 'the token has expired', { reason: 'expired' }),
  }),
  render: app,
  play: showing('balanse-admin-sign-in'),
  parameters: describe('Use this state when the kept token has expired since the last visit: sign in again.'),
};
