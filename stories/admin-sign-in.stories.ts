import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/admin/src/define/admin-elements.js';
import type { SignInMessage } from '../packages/admin/src/sign-in/sign-in.js';
import { settled } from './helpers.js';

const meta = {
  title: 'Admin app/Sign-in',
  component: 'balanse-admin-sign-in',
  parameters: {
    docs: {
      description: {
        component:
          'The first screen of the administrators’ app: an operator or tenant admin token, and why a token was refused. See docs/admin/elements.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
const signIn = (message: SignInMessage, busy = false) =>
  html`<balanse-admin-sign-in
    message=${message}
    ?busy=${busy}
    .networkText=${'Could not reach the server. Check your connection and try again.'}
  ></balanse-admin-sign-in>`;

export const Empty: Story = {
  render: () => signIn(''),
  play: settled,
  parameters: describe('Use this state for a first visit: the token field and where a token comes from.'),
};

export const Checking: Story = {
  render: () => signIn('', true),
  play: settled,
  parameters: describe('Use this state while the server checks the token: the button says so and waits.'),
};

export const Expired: Story = {
  render: () => signIn('expired'),
  play: settled,
  parameters: describe('Use this state for a token past its expiry date: the administrator needs a new one.'),
};

export const Revoked: Story = {
  render: () => signIn('revoked'),
  play: settled,
  parameters: describe('Use this state for a token that was withdrawn.'),
};

export const Refused: Story = {
  render: () => signIn('invalid'),
  play: settled,
  parameters: describe('Use this state for a token the server does not know (mistyped, or from another server).'),
};

export const RawToken: Story = {
  name: 'Raw-export token',
  render: () => signIn('raw'),
  play: settled,
  parameters: describe('Use this state for a raw-export token, which cannot sign in to the app.'),
};

export const NetworkDown: Story = {
  name: 'Network down',
  render: () => signIn('network'),
  play: settled,
  parameters: describe('Use this state when the server could not be reached: the token is kept, try again.'),
};

export const SignedOut: Story = {
  name: 'Signed out',
  render: () => signIn('signedOut'),
  play: settled,
  parameters: describe('Use this state after signing out: the token has left this tab.'),
};

export const Languages: Story = {
  render: () =>
    html`${(['nb', 'nn', 'sv', 'en'] as const).map(
      (lang) => html`<div lang=${lang}><balanse-admin-sign-in message="expired"></balanse-admin-sign-in></div>`,
    )}`,
  play: settled,
  parameters: describe(
    'Use this story to check the screen’s texts in every language, each following the nearest lang; every screen does the same, and the toolbar’s language switches them all.',
  ),
};
