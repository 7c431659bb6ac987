import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ZONES, type Zone } from '@balanse/core';
import { borderlineTeam, centreTeam, clearTeam, selfZone, splitTeam } from './data.js';
import { hookStyle, playgroundArgTypes, renderFromArgs, THEMING_PALETTE as c } from './helpers.js';

const TAG = 'balanse-zone-map';

const meta = {
  title: 'Elements/Zone map',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component:
          'The performance zone model as a map: perceived safety against perceived standard, the team as a point with its 80 % interval, and the leader’s own placement. See docs/elements/balanse-zone-map.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });

export const Playground: Story = {
  render: renderFromArgs(TAG),
  args: { zone: clearTeam('comfort').zone, showTable: false },
  argTypes: playgroundArgTypes(TAG),
  parameters: describe('Use the Playground to try every property and hook from the manifest on one live map.'),
};

export const Overview: Story = {
  render: () => {
    const team = clearTeam('performance');
    return html`<balanse-zone-map .zone=${team.zone} .self=${selfZone(team)}></balanse-zone-map>`;
  },
  parameters: describe('Use the overview to see the map as a leader first meets it: a clear zone and their own placement.'),
};

const zoneStory = (zone: Zone): Story => ({
  name: `Zone: ${zone}`,
  render: () => html`<balanse-zone-map .zone=${clearTeam(zone).zone}></balanse-zone-map>`,
  parameters: describe(`Use this state to see how a team clearly in the ${zone} zone is drawn and described.`),
});

export const Apathy = zoneStory(ZONES[0]);
export const Comfort = zoneStory(ZONES[1]);
export const Stress = zoneStory(ZONES[2]);
export const Performance = zoneStory(ZONES[3]);

export const Borderline: Story = {
  render: () => html`<balanse-zone-map .zone=${borderlineTeam().zone}></balanse-zone-map>`,
  parameters: describe('Use this state when one axis’s interval contains the cut, so the team may be in either of two zones.'),
};

export const NearTheCentre: Story = {
  name: 'Near the centre',
  render: () => html`<balanse-zone-map .zone=${centreTeam().zone}></balanse-zone-map>`,
  parameters: describe('Use this state when both intervals contain the cut and the map cannot place the team in one zone.'),
};

export const SplitAxis: Story = {
  name: 'Split axis',
  render: () => html`<balanse-zone-map .zone=${splitTeam().zone}></balanse-zone-map>`,
  parameters: describe('Use this state when the team disagrees on an axis (low agreement or polarised answers), which the map says in words.'),
};

export const WithLeaderMarker: Story = {
  name: 'With leader marker',
  render: () => {
    const team = clearTeam('comfort');
    return html`<balanse-zone-map .zone=${team.zone} .self=${selfZone(team)}></balanse-zone-map>`;
  },
  parameters: describe('Use this state to compare where the leader places the team (the diamond) with where the team places itself.'),
};

export const Empty: Story = {
  render: () => html`<balanse-zone-map></balanse-zone-map>`,
  parameters: describe('Use the empty map to explain the model before there are any answers.'),
};

export const Languages: Story = {
  render: () => html`${(['nb', 'nn', 'sv', 'en'] as const).map(
    (lang) => html`<div lang=${lang}><balanse-zone-map .zone=${borderlineTeam().zone}></balanse-zone-map></div>`,
  )}`,
  parameters: describe('Use this story to check the map’s own texts in every language it speaks, each following the nearest lang.'),
};

export const Accessibility: Story = {
  render: () => html`<balanse-zone-map show-table .zone=${borderlineTeam().zone} .self=${selfZone(borderlineTeam())}></balanse-zone-map>`,
  parameters: describe(
    'Use this story to review what assistive technology gets: the labelled image, the summary sentences and the data table (shown here; always in the accessibility tree).',
  ),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  render: () => html`<balanse-zone-map .zone=${clearTeam('stress').zone} .self=${selfZone(clearTeam('stress'))}></balanse-zone-map>`,
  parameters: describe('Use this story to check the map on the default theme’s dark palette.'),
};

export const Theming: Story = {
  render: () => {
    const team = clearTeam('comfort');
    const style = hookStyle(TAG, {
      '--balanse-zone-map-max-width': '40rem',
      '--balanse-zone-map-gap': '1.5rem',
      '--balanse-zone-map-apathy-fill': '#ece6dc',
      '--balanse-zone-map-comfort-fill': '#e6efd8',
      '--balanse-zone-map-stress-fill': '#f6dccf',
      '--balanse-zone-map-performance-fill': '#d6ece6',
      '--balanse-zone-map-line-color': c.border,
      '--balanse-zone-map-team-color': c.text,
      '--balanse-zone-map-self-color': c.accent,
    });
    return html`<balanse-zone-map style=${style} .zone=${team.zone} .self=${selfZone(team)}></balanse-zone-map>`;
  },
  parameters: describe('Use this story as the template for a client theme: it sets every public custom property of the map.'),
};
