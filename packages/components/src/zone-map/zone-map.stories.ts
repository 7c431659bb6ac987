import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { ZONES, type Zone } from '@balanse/core';
import { borderlineTeam, centreTeam, clearTeam, selfZone, splitTeam } from '../../../../stories/data.js';
import {
  a11yNotes,
  hookStyles,
  playgroundArgTypes,
  renderFromArgs,
  shadowIn,
  THEMING_PALETTE as c,
} from '../../../../stories/helpers.js';

const TAG = 'balanse-zone-map';

const meta = {
  title: 'Elements/Zone map',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component:
          'The performance zone model as a map: psychological safety against perceived standard, the team as a point with its 80 % interval, and the leader’s own placement. See packages/components/src/zone-map/README.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
/** The parts of the map in the story with the name `part`. */
const parts = (root: HTMLElement, part: string) => shadowIn(root, TAG).querySelectorAll(`[part~="${part}"]`);
/** Checks what the map draws: the frame of a clear zone, or one dashed frame per candidate zone. */
const expectOutlines =
  (current: number, candidates: number) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expect(parts(canvasElement, 'current-outline')).toHaveLength(current);
    await expect(parts(canvasElement, 'candidate-outline')).toHaveLength(candidates);
  };

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
  parameters: describe(
    'Use the overview to see the map as a leader first meets it: a clear zone and their own placement.',
  ),
};

const zoneStory = (zone: Zone): Story => ({
  name: `Zone: ${zone}`,
  render: () => html`<balanse-zone-map .zone=${clearTeam(zone).zone}></balanse-zone-map>`,
  play: expectOutlines(1, 0),
  parameters: describe(`Use this state to see how a team clearly in the ${zone} zone is drawn and described.`),
});

export const Apathy = zoneStory(ZONES[0]);
export const Comfort = zoneStory(ZONES[1]);
export const Stress = zoneStory(ZONES[2]);
export const Performance = zoneStory(ZONES[3]);

export const Borderline: Story = {
  render: () => html`<balanse-zone-map .zone=${borderlineTeam().zone}></balanse-zone-map>`,
  play: expectOutlines(0, 2),
  parameters: describe(
    'Use this state when one axis’s interval contains the cut, so the team may be in either of two zones.',
  ),
};

export const NearTheCentre: Story = {
  name: 'Near the centre',
  render: () => html`<balanse-zone-map .zone=${centreTeam().zone}></balanse-zone-map>`,
  play: async ({ canvasElement }) => expect(parts(canvasElement, 'candidate-outline').length).toBeGreaterThanOrEqual(3),
  parameters: describe(
    'Use this state when both intervals contain the cut and the map cannot place the team in one zone.',
  ),
};

export const SplitAxis: Story = {
  name: 'Split axis',
  render: () => html`<balanse-zone-map .zone=${splitTeam().zone}></balanse-zone-map>`,
  parameters: describe(
    'Use this state when the team disagrees on an axis (low agreement or polarised answers), which the map says in words.',
  ),
};

export const WithLeaderMarker: Story = {
  name: 'With leader marker',
  render: () => {
    const team = clearTeam('comfort');
    return html`<balanse-zone-map .zone=${team.zone} .self=${selfZone(team)}></balanse-zone-map>`;
  },
  play: async ({ canvasElement }) => expect(parts(canvasElement, 'self-marker')).toHaveLength(1),
  parameters: describe(
    'Use this state to compare where the leader places the team (the diamond) with where the team places itself.',
  ),
};

export const Empty: Story = {
  render: () => html`<balanse-zone-map></balanse-zone-map>`,
  play: async ({ canvasElement }) => expect(parts(canvasElement, 'team-point')).toHaveLength(0),
  parameters: describe('Use the empty map to explain the model before there are any answers.'),
};

export const Languages: Story = {
  render: () =>
    html`${(['nb', 'nn', 'sv', 'en'] as const).map(
      (lang) => html`<div lang=${lang}><balanse-zone-map .zone=${borderlineTeam().zone}></balanse-zone-map></div>`,
    )}`,
  parameters: describe(
    'Use this story to check the map’s own texts in every language it speaks, each following the nearest lang.',
  ),
};

export const Accessibility: Story = {
  render: () =>
    html`${a11yNotes([
      'The map is one image (role="img") labelled by the title and the summary: where the team is, both values with their interval, any split axis, and the leader’s placement.',
      'A data table is always in the accessibility tree; the “show the figures as a table” button (aria-expanded) shows it on screen too, as here.',
      'Zones never rely on colour: names in the map and in the list, a solid frame for the team’s zone, dashed frames for candidates; forced-colours mode uses system colours.',
      'Caveat: the SVG scales with its width, so at 320 px its labels are about 9 px; everything in them is repeated as HTML text that does not shrink.',
    ])}<balanse-zone-map show-table .zone=${borderlineTeam().zone} .self=${selfZone(borderlineTeam())}></balanse-zone-map>`,
  parameters: describe(
    'Use this story to review what assistive technology gets: the labelled image, the summary sentences and the data table (shown here; always in the accessibility tree).',
  ),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  render: () =>
    html`<balanse-zone-map .zone=${clearTeam('stress').zone} .self=${selfZone(clearTeam('stress'))}></balanse-zone-map>`,
  // The story's globals reach the page, so axe checks the dark palette.
  play: async () => expect(document.documentElement.classList.contains('balanse-dark')).toBe(true),
  parameters: describe('Use this story to check the map on the default theme’s dark palette.'),
};

export const Theming: Story = {
  render: () => {
    const team = clearTeam('comfort');
    const hooks = hookStyles(TAG, {
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
    return html`<balanse-zone-map ${hooks} .zone=${team.zone} .self=${selfZone(team)}></balanse-zone-map>`;
  },
  parameters: describe(
    'Use this story as the template for a client theme: it sets every public custom property of the map.',
  ),
};
