import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { STYLES, type Style } from '@balanse/core';
import { sellerFor } from '../../../../stories/data.js';
import {
  a11yNotes,
  blockLocalStorage,
  hookStyles,
  playgroundArgTypes,
  renderFromArgs,
  THEMING_PALETTE as c,
} from '../../../../stories/helpers.js';

const TAG = 'balanse-style-advisor';

const meta = {
  title: 'Elements/Style advisor',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component:
          'The leader’s private style advisor: rate each seller’s competence and commitment, and core’s recommendStyle gives the communication style, the pressure, the reasons and example phrases. See packages/components/src/style-advisor/README.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
const allSellers = () => STYLES.map((style) => sellerFor(style));

export const Playground: Story = {
  render: renderFromArgs(TAG),
  args: { sellers: allSellers(), weakFoundation: false, storage: 'none', headingLevel: 2 },
  argTypes: playgroundArgTypes(TAG, { storage: ['none', 'local', 'session'] }),
  parameters: describe('Use the Playground to try every property and hook from the manifest on one live advisor.'),
};

export const Overview: Story = {
  render: () => html`<balanse-style-advisor .sellers=${allSellers()}></balanse-style-advisor>`,
  parameters: describe(
    'Use the overview to see the advisor as a leader uses it: several sellers, each with the style core recommends.',
  ),
};

export const Empty: Story = {
  render: () => html`<balanse-style-advisor></balanse-style-advisor>`,
  parameters: describe('Use this state for a leader who opens the advisor for the first time, before adding a seller.'),
};

const styleStory = (style: Style): Story => ({
  name: `Style: ${style}`,
  render: () => html`<balanse-style-advisor .sellers=${[sellerFor(style)]}></balanse-style-advisor>`,
  parameters: describe(
    `Use this state to see the ${style} style: the seller’s ratings that lead to it, its pressure, reasons and phrases.`,
  ),
});

export const Instructing = styleStory(STYLES[0]);
export const Direct = styleStory(STYLES[1]);
export const Delegating = styleStory(STYLES[2]);
export const Challenging = styleStory(STYLES[3]);

export const WeakFoundation: Story = {
  name: 'Weak foundation',
  render: () =>
    html`<balanse-style-advisor weak-foundation .sellers=${[sellerFor('delegating')]}></balanse-style-advisor>`,
  parameters: describe(
    'Use this option when the team’s administration foundation is weak, which adds the structure lever to each seller.',
  ),
};

export const StorageNotice: Story = {
  name: 'Storage notice',
  beforeEach: () => blockLocalStorage(),
  render: () => html`<balanse-style-advisor storage="local" advisor-id="story-blocked"></balanse-style-advisor>`,
  parameters: describe(
    'Use this state to see what the leader is told when the host asked to keep entries but the browser refuses storage.',
  ),
};

export const Languages: Story = {
  render: () =>
    html`${(['nb', 'nn', 'sv', 'en'] as const).map(
      (lang) =>
        html`<div lang=${lang}><balanse-style-advisor heading-level="3" .sellers=${[sellerFor('instructing')]}></balanse-style-advisor></div>`,
    )}`,
  parameters: describe(
    'Use this story to check the advisor’s texts in every language, each following the nearest lang.',
  ),
};

export const Accessibility: Story = {
  render: () =>
    html`${a11yNotes([
      'Native controls: a labelled name field, one radio group per rating in a fieldset with a legend, checkboxes for the circumstances; every target is at least 44 × 44 px.',
      'Adding a seller moves focus to their name; removing one moves it on; the delete confirmation takes focus on Cancel and gives it back.',
      'A polite status region announces a new recommendation, a removal and a deletion; the pressure bar is hidden from assistive technology and repeated as text.',
      'Caveats: Web Storage is not encrypted, so keep storage at none on shared computers; removing a seller has no undo; a chosen rating can be changed but not cleared.',
    ])}<balanse-style-advisor .sellers=${[sellerFor('direct')]}></balanse-style-advisor>`,
  parameters: describe(
    'Use this story to review the advisor’s keyboard, focus and announcement behaviour and its honest caveats.',
  ),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  render: () => html`<balanse-style-advisor .sellers=${allSellers()}></balanse-style-advisor>`,
  parameters: describe('Use this story to check the advisor on the default theme’s dark palette.'),
};

export const Theming: Story = {
  render: () => {
    const hooks = hookStyles(TAG, {
      '--balanse-style-advisor-gap': '1.25rem',
      '--balanse-style-advisor-card-background': c.raised,
      '--balanse-style-advisor-accent': c.accent,
      '--balanse-style-advisor-accent-contrast': c.accentContrast,
      '--balanse-style-advisor-relation-color': c.relation,
      '--balanse-style-advisor-system-color': c.system,
      '--balanse-style-advisor-danger': c.danger,
      '--balanse-style-advisor-privacy-border': c.border,
    });
    return html`<balanse-style-advisor ${hooks} .sellers=${allSellers()}></balanse-style-advisor>`;
  },
  parameters: describe(
    'Use this story as the template for a client theme: it sets every public custom property of the advisor.',
  ),
};
