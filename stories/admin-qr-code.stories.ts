import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/admin/src/define/admin-elements.js';
import { SURVEY_LINKS } from './admin-data.js';
import { settled } from './helpers.js';

const meta = {
  title: 'Admin app/QR code',
  component: 'balanse-qr-code',
  parameters: {
    docs: {
      description: {
        component:
          'A QR code of a survey link, drawn as SVG in the browser: the link, a secret, never leaves the page. Show the link as text beside it: not everyone can scan. See docs/admin/elements.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
const link = SURVEY_LINKS[0]?.url ?? 'https://balanse.example/s/';

export const SurveyLink: Story = {
  name: 'Survey link',
  render: () => html`<balanse-qr-code value=${link} label="QR code of the Salg team’s survey link"></balanse-qr-code>`,
  play: settled,
  parameters: describe('Use this element beside a link that people open on their phones, as the round screen does.'),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  render: () => html`<balanse-qr-code value=${link} label="QR code of the Salg team’s survey link"></balanse-qr-code>`,
  play: settled,
  parameters: describe('Use this story to check the code on the dark palette: light modules stay light, so it scans.'),
};
