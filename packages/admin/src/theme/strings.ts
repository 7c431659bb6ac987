import type { Locale } from '@balanse/core';

/** A tenant's look. nb is the contract. */
const nb = {
  title: 'Utseende',
  intro:
    'Velg et ferdig tema for organisasjonen, og lim eventuelt inn egne verdier for fargene og formene. Undersøkelsen, rapportsidene og denne appen bruker det.',
  base: 'Tema',
  tokens: 'Egne verdier (JSON)',
  tokensHint: 'Et JSON-objekt med tokennavn og CSS-verdier, for eksempel {example}. Tokenene er: {names}.',
  preview: 'Forhåndsvis',
  previewTitle: 'Slik ser undersøkelsen ut',
  previewNote: 'Forhåndsvisningen sender ingenting.',
  save: 'Lagre utseendet',
  saved: 'Utseendet er lagret. Undersøkelsen og rapportsidene bruker det fra nå.',
  notJson: 'Dette er ikke gyldig JSON: {message}',
  notObject: 'Verdiene må være et JSON-objekt med tokennavn og verdier.',
  unsaved: 'Forhåndsvisningen viser endringer som ikke er lagret.',
};

export type ThemeStrings = Record<keyof typeof nb, string>;

const nn: ThemeStrings = {
  title: 'Utsjånad',
  intro:
    'Vel eit ferdig tema for organisasjonen, og lim eventuelt inn eigne verdiar for fargane og formene. Undersøkinga, rapportsidene og denne appen bruker det.',
  base: 'Tema',
  tokens: 'Eigne verdiar (JSON)',
  tokensHint: 'Eit JSON-objekt med tokennamn og CSS-verdiar, til dømes {example}. Tokena er: {names}.',
  preview: 'Førehandsvis',
  previewTitle: 'Slik ser undersøkinga ut',
  previewNote: 'Førehandsvisinga sender ingenting.',
  save: 'Lagre utsjånaden',
  saved: 'Utsjånaden er lagra. Undersøkinga og rapportsidene bruker han frå no.',
  notJson: 'Dette er ikkje gyldig JSON: {message}',
  notObject: 'Verdiane må vere eit JSON-objekt med tokennamn og verdiar.',
  unsaved: 'Førehandsvisinga viser endringar som ikkje er lagra.',
};

const sv: ThemeStrings = {
  title: 'Utseende',
  intro:
    'Välj ett färdigt tema för organisationen, och klistra vid behov in egna värden för färger och former. Enkäten, rapportsidorna och den här appen använder det.',
  base: 'Tema',
  tokens: 'Egna värden (JSON)',
  tokensHint: 'Ett JSON-objekt med tokennamn och CSS-värden, till exempel {example}. Tokenerna är: {names}.',
  preview: 'Förhandsgranska',
  previewTitle: 'Så här ser enkäten ut',
  previewNote: 'Förhandsgranskningen skickar ingenting.',
  save: 'Spara utseendet',
  saved: 'Utseendet har sparats. Enkäten och rapportsidorna använder det från och med nu.',
  notJson: 'Det här är inte giltig JSON: {message}',
  notObject: 'Värdena måste vara ett JSON-objekt med tokennamn och värden.',
  unsaved: 'Förhandsgranskningen visar ändringar som inte har sparats.',
};

const en: ThemeStrings = {
  title: 'Look',
  intro:
    'Choose a ready-made theme for the organisation, and paste values of your own for its colours and shapes if you like. The survey, the report pages and this app use it.',
  base: 'Theme',
  tokens: 'Your own values (JSON)',
  tokensHint: 'A JSON object of token names and CSS values, for example {example}. The tokens are: {names}.',
  preview: 'Preview',
  previewTitle: 'How the survey looks',
  previewNote: 'The preview sends nothing.',
  save: 'Save the look',
  saved: 'The look has been saved. The survey and the report pages use it from now on.',
  notJson: 'This is not valid JSON: {message}',
  notObject: 'The values must be a JSON object of token names and values.',
  unsaved: 'The preview shows changes that are not saved.',
};

export const STRINGS: Record<Locale, ThemeStrings> = { nb, nn, sv, en };
