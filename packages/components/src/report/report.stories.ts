import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import type { Locale, Report } from '@balanse/core';
import {
  borderlineReport,
  departmentReport,
  departmentWithPreviousReport,
  hiddenFiguresReport,
  leaderReport,
  suppressedReport,
  teamReport,
  weakFoundationReport,
} from '../../../../stories/data.js';
import {
  a11yNotes,
  hookStyles,
  playgroundArgTypes,
  renderFromArgs,
  shadowIn,
  settled,
  THEMING_PALETTE as c,
} from '../../../../stories/helpers.js';

const TAG = 'balanse-report';

const meta = {
  title: 'Elements/Report',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component:
          'The department report: renders a core Report from buildReport as a readable, printable document with the zone map, the balance board, results per area, gaps, advice and participation. See packages/components/src/report/README.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });
/** Reports are written in one language by core: the stories build them in the toolbar's language. */
const localeOf = (context: StoryContext): Locale => (context.globals.locale as Locale | undefined) ?? 'nb';
const report = (build: (locale: Locale) => Report) => (_args: unknown, context: StoryContext) =>
  html`<balanse-report .report=${build(localeOf(context))}></balanse-report>`;
const shadow = (root: HTMLElement, selector: string) => shadowIn(root, TAG).querySelector(selector);

const renderPlayground = renderFromArgs(TAG);

export const Playground: Story = {
  render: (args, context) => renderPlayground({ report: teamReport(localeOf(context)), ...args }, context),
  args: { headingLevel: 2 },
  argTypes: playgroundArgTypes(TAG),
  play: settled,
  parameters: describe('Use the Playground to try every property and hook from the manifest on one live report.'),
};

export const Overview: Story = {
  render: report(teamReport),
  play: settled,
  parameters: describe('Use the overview to see a report as a team reads it after a survey round.'),
};

export const FullLeaderReport: Story = {
  name: 'Full leader report',
  render: report(leaderReport),
  play: async (context) => {
    await settled(context);
    await expect(shadow(context.canvasElement, '[part~="private"]')).not.toBeNull();
  },
  parameters: describe(
    'Use the leader’s version for the leader alone: it adds the self-form comparison and the private style-advisor section.',
  ),
};

export const TeamReport: Story = {
  name: 'Team report',
  render: report(teamReport),
  play: async (context) => {
    await settled(context);
    await expect(shadow(context.canvasElement, '[part~="private"]')).toBeNull();
  },
  parameters: describe(
    'Use the team’s version to share results with the team: aggregated results only, no private section.',
  ),
};

export const Suppressed: Story = {
  render: report(suppressedReport),
  play: async (context) => {
    await settled(context);
    await expect(shadow(context.canvasElement, '[part~="suppressed"]')).not.toBeNull();
  },
  parameters: describe(
    'Use this state when fewer than k = 5 have answered: the report shows participation only, to protect anonymity.',
  ),
};

export const Borderline: Story = {
  render: report(borderlineReport),
  play: settled,
  parameters: describe(
    'Use this state when the team’s zone is uncertain: the report names both candidate zones instead of picking one.',
  ),
};

export const WeakFoundation: Story = {
  name: 'Weak foundation',
  render: report(weakFoundationReport),
  play: settled,
  parameters: describe(
    'Use this state when the administration foundation is weak, which the report says before any balance statement.',
  ),
};

export const HiddenFigures: Story = {
  name: 'Hidden figures',
  render: report(hiddenFiguresReport),
  play: async (context) => {
    await settled(context);
    await expect(shadow(context.canvasElement, 'tr[data-hidden]')).not.toBeNull();
  },
  parameters: describe(
    'Use it to see how the report says why a figure is left out: a characteristic, some questions and the line without flagged responses, each hidden so that nobody can be recognised.',
  ),
};

export const DepartmentOverview: Story = {
  name: 'Department overview',
  render: report(departmentReport),
  play: async (context) => {
    await settled(context);
    await expect(shadow(context.canvasElement, '[part~="unit"]')).not.toBeNull();
  },
  parameters: describe('Use the department overview to compare the units of a department, with units below k hidden.'),
};

export const DepartmentWithPreviousRound: Story = {
  name: 'Department with the previous round',
  render: report(departmentWithPreviousReport),
  play: async (context) => {
    await settled(context);
    for (const section of ['items', 'linking', 'previous', 'department'])
      await expect(shadow(context.canvasElement, `[data-section="${section}"]`)).not.toBeNull();
    await expect(shadowIn(context.canvasElement, TAG).querySelectorAll('tr[data-status="ok"]')).toHaveLength(4);
  },
  parameters: describe(
    'Use it to read the detailed report of a department: every question per area with the strongest and weakest, the linking table as explanation, the change since the previous round, and the table of its four teams (one in each zone) with how many sit in each zone. Switch the language in the toolbar.',
  ),
};

export const Empty: Story = {
  render: () => html`<balanse-report></balanse-report>`,
  play: settled,
  parameters: describe('Use this state for a page that has not loaded its report yet.'),
};

const languageStory = (locale: 'nn' | 'sv' | 'en', name: string): Story => ({
  name,
  globals: { locale },
  render: report(teamReport),
  play: settled,
  parameters: describe(`Use this story to read a report written by core in ${name.replace('In ', '')}.`),
});

export const InNynorsk = languageStory('nn', 'In Nynorsk');
export const InSwedish = languageStory('sv', 'In Swedish');
export const InEnglish = languageStory('en', 'In English');

export const Accessibility: Story = {
  render: (_args, context) =>
    html`${a11yNotes([
      'A document with real headings (heading-level sets the title’s level), tables with row and column headers, and lists.',
      'The zone map and the balance board bring their own text summaries and data table; every figure on a track or bar is also text.',
      'The report’s language is set on the document, and status is never colour alone (“Private” is a labelled badge, hidden units say so).',
      'Caveats: the composed map’s and board’s parts are not forwarded (theme them with their hooks); the report is long and has no table of contents yet.',
    ])}<balanse-report heading-level="3" .report=${leaderReport(localeOf(context))}></balanse-report>`,
  play: settled,
  parameters: describe(
    'Use this story to review the report’s document structure for assistive technology and its honest caveats.',
  ),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  render: report(leaderReport),
  play: settled,
  parameters: describe(
    'Use this story to check the report, with its map and board, on the default theme’s dark palette.',
  ),
};

export const Theming: Story = {
  render: (_args, context) => {
    const hooks = hookStyles(TAG, {
      '--balanse-report-gap': '2rem',
      '--balanse-report-max-width': '56rem',
      '--balanse-report-section-background': c.raised,
      '--balanse-report-section-border': c.border,
      '--balanse-report-accent': c.accent,
      '--balanse-report-accent-contrast': c.accentContrast,
      '--balanse-report-private-color': c.system,
      '--balanse-report-heading-size': '2rem',
    });
    return html`<balanse-report ${hooks} .report=${leaderReport(localeOf(context))}></balanse-report>`;
  },
  play: settled,
  parameters: describe(
    'Use this story as the template for a client theme: it sets every public custom property of the report.',
  ),
};
