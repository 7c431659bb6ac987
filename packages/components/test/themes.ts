/**
 * Loads the theme stylesheets into the test document, the way a host page would, so tests and
 * axe checks run in every theme: default (light), dark, and the two client themes.
 */
import defaultTheme from '../src/themes/default.css?raw';
import emberTheme from '../src/themes/ember.css?raw';
import fjordTheme from '../src/themes/fjord.css?raw';

export const THEMES = ['none', 'default', 'dark', 'fjord', 'ember'] as const;
export type ThemeName = (typeof THEMES)[number];

const STYLE_ID = 'balanse-test-theme';

/** Applies a theme to the document; `none` tests the elements' own fallbacks. */
export function useTheme(theme: ThemeName): void {
  document.getElementById(STYLE_ID)?.remove();
  document.documentElement.classList.remove('balanse-dark', 'balanse-light');
  if (theme === 'none') return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent =
    theme === 'fjord' ? defaultTheme + fjordTheme : theme === 'ember' ? defaultTheme + emberTheme : defaultTheme;
  document.head.append(style);
  document.documentElement.classList.add(theme === 'dark' ? 'balanse-dark' : 'balanse-light');
}
