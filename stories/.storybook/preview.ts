// What every story shares: the element definitions, the manifest behind the controls, the theme
// CSS and the locale and theme toolbars, and axe checks that fail the test run on any violation.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '@balanse/components/custom-elements.json';
import defaultTheme from '@balanse/components/themes/default.css?raw';
import emberTheme from '@balanse/components/themes/ember.css?raw';
import fjordTheme from '@balanse/components/themes/fjord.css?raw';
import { LOCALES, type Locale } from '@balanse/core';
import { publicManifest } from '../manifest.js';

// Every element, from each element folder's define file (a new folder is registered without an edit here).
import.meta.glob('../../packages/components/src/*/define.ts', { eager: true });

setCustomElementsManifest(publicManifest(manifest));

const THEMES = ['default', 'dark', 'fjord', 'ember', 'none'] as const;
type Theme = (typeof THEMES)[number];

const LOCALE_NAMES: Record<Locale, string> = { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', sv: 'Svenska', en: 'English' };
const THEME_NAMES: Record<Theme, string> = {
  default: 'Default (light)',
  dark: 'Default, dark',
  fjord: 'Client theme “Fjord”',
  ember: 'Client theme “Ember”',
  none: 'No theme CSS (the elements’ fallbacks)',
};

/** Puts the chosen theme's CSS in the page, as an intranet would with a <link>. */
function applyTheme(theme: Theme): void {
  let style = document.getElementById('balanse-theme');
  if (!style) {
    style = document.createElement('style');
    style.id = 'balanse-theme';
    document.head.prepend(style);
  }
  const client = theme === 'fjord' ? fjordTheme : theme === 'ember' ? emberTheme : '';
  style.textContent = theme === 'none' ? '' : defaultTheme + client;
  const root = document.documentElement;
  root.classList.toggle('balanse-dark', theme === 'dark');
  root.classList.toggle('balanse-light', theme !== 'dark');
  // The canvas takes the theme's surface, so a dark theme is seen (and checked by axe) on dark.
  document.body.style.background = theme === 'none' ? '' : 'var(--balanse-color-surface)';
  document.body.style.color = theme === 'none' ? '' : 'var(--balanse-color-text)';
}

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'The page language (<html lang>), which every element follows',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map((value) => ({ value, title: LOCALE_NAMES[value] })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The theme CSS loaded in the page',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEMES.map((value) => ({ value, title: THEME_NAMES[value] })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nb', theme: 'default' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals.locale as Locale | undefined) ?? 'nb';
      applyTheme((context.globals.theme as Theme | undefined) ?? 'default');
      return story();
    },
  ],
  parameters: {
    // The elements in the order a round meets them: the survey, then what its answers show; then
    // the administrators' app screen by screen, and the leader's page.
    options: {
      storySort: {
        order: [
          'Elements',
          ['Survey', 'Zone map', 'Balance board', 'Style advisor', 'Report'],
          'Admin app',
          ['The whole app', 'Sign-in', 'Organisations', 'Units', 'Rounds', 'Round', 'Theme', 'QR code'],
          'Leader page',
          ['Page', 'Action plan'],
        ],
      },
    },
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Every story is checked with axe in the test run; a violation fails it.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
