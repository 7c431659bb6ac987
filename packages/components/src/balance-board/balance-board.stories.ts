import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { balanceWhere, clearTeam } from '../../../../stories/data.js';
import {
  a11yNotes,
  hookStyles,
  playgroundArgTypes,
  renderFromArgs,
  shadowIn,
  THEMING_PALETTE as c,
} from '../../../../stories/helpers.js';

const TAG = 'balanse-balance-board';

const meta = {
  title: 'Elements/Balance board',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component:
          'The balance board: relational leadership against system leadership, resting on the administration foundation, tilted by core’s tilt. See packages/components/src/balance-board/README.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
const board = (key: string, where: Parameters<typeof balanceWhere>[1]) => () =>
  html`<balanse-balance-board .balance=${balanceWhere(key, where)}></balanse-balance-board>`;

export const Playground: Story = {
  render: renderFromArgs(TAG),
  args: { balance: clearTeam('comfort').balance },
  argTypes: playgroundArgTypes(TAG),
  parameters: describe(
    'Use the Playground to try the board’s property and every hook from the manifest on one live board.',
  ),
};

export const Overview: Story = {
  render: () => html`<balanse-balance-board .balance=${clearTeam('performance').balance}></balanse-balance-board>`,
  parameters: describe(
    'Use the overview to see the board as a leader first meets it: firm pressure on both sides of a solid foundation.',
  ),
};

export const LeansToRelation: Story = {
  name: 'Leans to relation',
  render: board('relation', (b) => b.lean === 'relation' && b.foundation === 'solid'),
  parameters: describe(
    'Use this state for a leader who leads mostly through relation (profile A): the board tips to the relation side.',
  ),
};

export const LeansToSystem: Story = {
  name: 'Leans to system',
  render: board('system', (b) => b.lean === 'system' && b.foundation === 'solid'),
  parameters: describe(
    'Use this state for a leader who leads mostly through system and demands (profile B): the board tips to the system side.',
  ),
};

export const Balanced: Story = {
  render: board('balanced', (b) => b.lean === 'balanced' && b.foundation === 'solid'),
  parameters: describe('Use this state when the tilt is too small to count, so the board lies level.'),
};

export const LightForce: Story = {
  name: 'Light force',
  render: board('light', (b) => b.force === 'light'),
  parameters: describe('Use this state when both sides are below the cut: little pressure of either kind.'),
};

export const StrongForce: Story = {
  name: 'Strong force',
  render: board('strong', (b) => b.force === 'strong' && b.foundation === 'solid'),
  parameters: describe('Use this state when both sides are at or above the cut: firm pressure of both kinds.'),
};

export const UnevenForce: Story = {
  name: 'Uneven force',
  render: board('uneven', (b) => b.force === 'uneven' && b.foundation === 'solid'),
  parameters: describe('Use this state when one side is above the cut and the other below it.'),
};

export const WeakFoundation: Story = {
  name: 'Weak foundation',
  render: board('weak', (b) => b.foundation === 'weak'),
  play: async ({ canvasElement }) => {
    const root = shadowIn(canvasElement, TAG);
    await expect(root.querySelector('[part~="foundation-notice"]')).not.toBeNull();
    await expect(root.querySelector('[part~="crack"]')).not.toBeNull();
  },
  parameters: describe(
    'Use this state when administration is below the cut: the weak foundation is said first and drawn cracked.',
  ),
};

export const Empty: Story = {
  render: () => html`<balanse-balance-board></balanse-balance-board>`,
  parameters: describe('Use the empty board to explain the model before there are any answers.'),
};

export const Languages: Story = {
  render: () =>
    html`${(['nb', 'nn', 'sv', 'en'] as const).map(
      (lang) =>
        html`<div lang=${lang}><balanse-balance-board .balance=${clearTeam('comfort').balance}></balanse-balance-board></div>`,
    )}`,
  parameters: describe('Use this story to check the board’s texts in every language, each following the nearest lang.'),
};

export const Accessibility: Story = {
  render: () =>
    html`${a11yNotes([
      'The picture is one image (role="img") labelled by the title and the lean and pressure sentences; the three scores are a list, the model’s sentences another.',
      'Pressure is shown by arrow length and thickness and said in words; a weak foundation is a sentence, an icon and a shape change, never a colour alone.',
      'The board turns with a transition only when prefers-reduced-motion allows it.',
      'Caveats: the angle is illustrative and stops growing at 40 points of tilt (read the tilt in the text); upright side labels rely on CSS transforms of SVG.',
    ])}${board('weak', (b) => b.foundation === 'weak')()}`,
  parameters: describe(
    'Use this story to review the text alternative: the image is labelled by the title and the sentences, and the scores are a list, so nothing relies on the picture or its colours.',
  ),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  render: () => html`<balanse-balance-board .balance=${clearTeam('stress').balance}></balanse-balance-board>`,
  parameters: describe('Use this story to check the board on the default theme’s dark palette.'),
};

export const Theming: Story = {
  render: () => {
    const hooks = hookStyles(TAG, {
      '--balanse-balance-board-max-width': '36rem',
      '--balanse-balance-board-gap': '1.25rem',
      '--balanse-balance-board-relation-color': c.relation,
      '--balanse-balance-board-system-color': c.system,
      '--balanse-balance-board-foundation-color': c.foundation,
      '--balanse-balance-board-plank-color': c.muted,
      '--balanse-balance-board-warning-color': c.warning,
      '--balanse-balance-board-duration': '400ms',
    });
    return html`<balanse-balance-board ${hooks} .balance=${balanceWhere('weak', (b) => b.foundation === 'weak')}></balanse-balance-board>`;
  },
  parameters: describe(
    'Use this story as the template for a client theme: it sets every public custom property of the board.',
  ),
};
