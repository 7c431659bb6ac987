import type { Locale } from '@balanse/core';

/**
 * The balance board's own UI strings. The model's sentences (foundation, lean, force, profile,
 * expected zone, tilt) come from core's `balanceTexts`, the side names from `scalesTexts`.
 * The keys of `nb` are the contract; a parity test checks the other locales.
 */
const nb = {
  empty: 'Ingen resultat å vise ennå.',
  scoresLabel: 'Verdiene bak brettet',
  scoreValue: '{value} av 100',
  foundationWeak: 'Svakt fundament',
};

export type BalanceBoardStrings = typeof nb;

const nn: BalanceBoardStrings = {
  empty: 'Ingen resultat å vise enno.',
  scoresLabel: 'Verdiane bak brettet',
  scoreValue: '{value} av 100',
  foundationWeak: 'Svakt fundament',
};

const sv: BalanceBoardStrings = {
  empty: 'Inget resultat att visa ännu.',
  scoresLabel: 'Värdena bakom brädan',
  scoreValue: '{value} av 100',
  foundationWeak: 'Svag grund',
};

const en: BalanceBoardStrings = {
  empty: 'No result to show yet.',
  scoresLabel: 'The scores behind the board',
  scoreValue: '{value} of 100',
  foundationWeak: 'Weak foundation',
};

export const STRINGS: Readonly<Record<Locale, BalanceBoardStrings>> = { nb, nn, sv, en };
