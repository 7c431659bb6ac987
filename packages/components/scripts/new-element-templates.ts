/**
 * The files `pnpm new:element <name>` writes (scripts/new-element.ts): one element folder of the
 * shape of scripts/element-shape.ts. The element they make works as it is: it extends
 * BalanseElement, shows an optional heading and, until it is given something to show, a note in
 * the page's language; its tests, suite test, stories and page pass. What it shows is yours to add.
 */

/** The names one element goes by, from its folder name (`team-pulse`). */
export interface ElementNames {
  /** `team-pulse` */
  readonly folder: string;
  /** `balanse-team-pulse` */
  readonly tag: string;
  /** `BalanseTeamPulse` */
  readonly className: string;
  /** `teamPulse` */
  readonly camel: string;
  /** `TEAM_PULSE` */
  readonly constant: string;
  /** `TeamPulse` */
  readonly pascal: string;
  /** `Team pulse` */
  readonly title: string;
}

/** A folder name an element may have: lower-case words of letters and digits joined by hyphens. */
export const FOLDER_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The names of `folder`; throws when it is not a valid element folder name. */
export function namesOf(folder: string): ElementNames {
  if (!FOLDER_NAME.test(folder))
    throw new Error(
      `"${folder}" is not an element name: use lower-case words of letters and digits joined by hyphens (team-pulse); the tag becomes balanse-<name>`,
    );
  const words = folder.split('-');
  const pascal = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return {
    folder,
    tag: `balanse-${folder}`,
    className: `Balanse${pascal}`,
    camel: pascal.charAt(0).toLowerCase() + pascal.slice(1),
    constant: words.join('_').toUpperCase(),
    pascal,
    title: `${words.join(' ').charAt(0).toUpperCase()}${words.join(' ').slice(1)}`,
  };
}

export const elementSource = (n: ElementNames): string => `import { html, nothing, type TemplateResult } from 'lit';
import { BalanseElement } from '../base/balanse-element.js';
import { STRINGS } from './strings.js';
import { ${n.camel}Styles } from './${n.folder}.styles.js';

/**
 * @summary ${n.title}: a heading and, until it has something to show, a note that there is nothing
 * yet, in the language of the nearest \`lang\`.
 *
 * @csspart base - The section around everything.
 * @csspart heading - The heading, when \`heading\` is set.
 * @csspart empty - The note shown while there is nothing to show.
 *
 * @cssproperty --balanse-${n.folder}-gap - Space between the pieces.
 */
export class ${n.className} extends BalanseElement {
  static override styles = ${n.camel}Styles;

  static override properties = {
    ...BalanseElement.properties,
    heading: { type: String },
  };

  /** The heading, in the page's language; empty shows none. */
  declare heading: string;

  constructor() {
    super();
    this.heading = '';
  }

  override render(): TemplateResult {
    const s = STRINGS[this.locale];
    return html\`<section part="base" class="base">
      \${this.heading ? html\`<p part="heading" class="heading">\${this.heading}</p>\` : nothing}
      <p part="empty" class="empty">\${s.empty}</p>
    </section>\`;
  }
}
`;

export const stylesSource = (n: ElementNames): string => `import { css } from 'lit';
import { sharedStyles } from '../base/shared.styles.js';
import { hook, token } from '../base/tokens.js';

export const ${n.camel}Styles = [
  sharedStyles,
  css\`
    .base {
      display: grid;
      gap: \${hook('${n.folder}', 'gap', 'space-m')};
      background: \${token('color-surface')};
      color: \${token('color-text')};
    }
    p {
      margin: 0;
    }
    .heading {
      font-size: \${token('font-size-l')};
      font-weight: \${token('font-weight-strong')};
    }
  \`,
];
`;

export const stringsSource = (n: ElementNames): string => `import type { Locale } from '@balanse/core';

/**
 * The ${n.title.toLowerCase()}'s own UI strings. The keys of \`nb\` are the contract; a parity test
 * checks the other locales. The model's own words come from core's messages, not from here.
 */
const nb = {
  empty: 'Ingen resultat å vise ennå.',
};

export type ${n.pascal}Strings = typeof nb;

const nn: ${n.pascal}Strings = {
  empty: 'Ingen resultat å vise enno.',
};

const sv: ${n.pascal}Strings = {
  empty: 'Inget resultat att visa ännu.',
};

const en: ${n.pascal}Strings = {
  empty: 'No result to show yet.',
};

export const STRINGS: Readonly<Record<Locale, ${n.pascal}Strings>> = { nb, nn, sv, en };
`;

export const stringsTestSource = (
  n: ElementNames,
): string => `import { describeStringsParity } from '../../test/strings-parity.js';
import { STRINGS } from './strings.js';

describeStringsParity('${n.title.toLowerCase()}', STRINGS);
`;

export const defineSource = (
  n: ElementNames,
): string => `/** Registers \`<${n.tag}>\`. Import once per page: \`import '@balanse/components/define/${n.tag}';\` */
import { ${n.className} } from './${n.folder}.js';

${n.className}.define('${n.tag}');

declare global {
  interface HTMLElementTagNameMap {
    '${n.tag}': ${n.className};
  }
}
`;

export const indexSource = (n: ElementNames): string => `export { ${n.className} } from './${n.folder}.js';
export { STRINGS as ${n.constant}_STRINGS, type ${n.pascal}Strings } from './strings.js';
`;

export const testSource = (n: ElementNames): string => `import { LOCALES } from '@balanse/core';
import { describe, expect, it } from 'vitest';
import { $, mount, settle, shadowText } from '../../test/helpers.js';
import './define.js';
import { ${n.className} } from './${n.folder}.js';
import { STRINGS } from './strings.js';

describe('${n.tag}', () => {
  it('is registered and says that there is nothing to show yet', async () => {
    const el = await mount('${n.tag}');
    expect(el).toBeInstanceOf(${n.className});
    expect(shadowText(el)).toContain(STRINGS.nb.empty);
    expect(el.shadowRoot?.querySelector('[part="heading"]')).toBeNull();
  });

  it.each(LOCALES)('speaks %s when the nearest lang says so', async (locale) => {
    const el = await mount('${n.tag}', {}, locale);
    expect(shadowText(el)).toContain(STRINGS[locale].empty);
  });

  it('follows a change of lang on the page', async () => {
    const el = await mount('${n.tag}', {}, 'nb');
    el.parentElement?.setAttribute('lang', 'en');
    await settle(el);
    expect(shadowText(el)).toContain(STRINGS.en.empty);
  });

  it('shows its heading as text, never as markup', async () => {
    const heading = '<img src=x onerror="alert(1)">';
    const el = await mount('${n.tag}', { heading });
    expect($(el, '[part="heading"]').textContent).toBe(heading);
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
  });
});
`;

export const suiteTestSource = (n: ElementNames): string => `import { elementSuite } from '../../test/element-suite.js';
import { mount } from '../../test/helpers.js';
import './define.js';

elementSuite('${n.tag}', {
  props: () => ({ heading: '${n.title}' }),
  states: async () => {
    await mount('${n.tag}', {}, 'sv');
  },
});
`;

export const storiesSource = (
  n: ElementNames,
): string => `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { LOCALES } from '@balanse/core';
import { playgroundArgTypes, renderFromArgs, shadowIn } from '../../../../stories/helpers.js';

const TAG = '${n.tag}';

const meta = {
  title: 'Elements/${n.title}',
  component: TAG,
  parameters: {
    docs: {
      description: {
        component: '${n.title}. See packages/components/src/${n.folder}/README.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });

export const Playground: Story = {
  render: renderFromArgs(TAG),
  args: { heading: '${n.title}' },
  argTypes: playgroundArgTypes(TAG),
  parameters: describe('Use the Playground to try every property and hook from the manifest on one live element.'),
};

export const Empty: Story = {
  render: () => html\`<${n.tag}></${n.tag}>\`,
  play: async ({ canvasElement }) => {
    await expect(shadowIn(canvasElement, TAG).querySelector('[part="empty"]')).not.toBeNull();
  },
  parameters: describe('Use this state before there is anything to show.'),
};

export const Languages: Story = {
  render: () =>
    html\`\${LOCALES.map((lang) => html\`<div lang=\${lang}><${n.tag} heading=\${lang}></${n.tag}></div>\`)}\`,
  parameters: describe('The element in each of the four languages, from the nearest lang attribute.'),
};
`;

export const pageSource = (n: ElementNames): string => `# \`<${n.tag}>\`

${n.title}: a heading and, until it has something to show, a note that there is nothing yet.

\`\`\`html
<script type="module" src="https://unpkg.com/@balanse/components/dist/cdn/balanse.js"></script>
<${n.tag} lang="nb" heading="${n.title}"></${n.tag}>
\`\`\`

## Accessibility

Everything it shows is text in the language of the nearest \`lang\` attribute.

## API

## Install

\`\`\`ts no-run
import '@balanse/components/define/${n.tag}';
\`\`\`
`;

export const reactSource = (
  n: ElementNames,
): string => `import { ${n.className} as ${n.className}Element } from '@balanse/components';
import '@balanse/components/define/${n.tag}';
import type { ComponentProps } from 'react';
import { wrap } from './wrap.js';

/** \`<${n.tag}>\` for React. Prop: \`heading\`. */
export const ${n.className} = wrap({
  tagName: '${n.tag}',
  elementClass: ${n.className}Element,
  events: [],
  displayName: '${n.className}',
});

export type ${n.className}Props = ComponentProps<typeof ${n.className}>;
`;

/** The files of the folder, by name. */
export function folderFiles(n: ElementNames): Record<string, string> {
  return {
    [`${n.folder}.ts`]: elementSource(n),
    [`${n.folder}.styles.ts`]: stylesSource(n),
    'strings.ts': stringsSource(n),
    'strings.test.ts': stringsTestSource(n),
    'define.ts': defineSource(n),
    'index.ts': indexSource(n),
    [`${n.folder}.test.ts`]: testSource(n),
    [`${n.folder}.suite.test.ts`]: suiteTestSource(n),
    [`${n.folder}.stories.ts`]: storiesSource(n),
    'README.md': pageSource(n),
  };
}
