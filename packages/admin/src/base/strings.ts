import type { Locale } from '@balanse/core';
import { ApiError } from '../api/client.js';
import { fmt } from './format.js';

/** Texts every screen shares: what went wrong when a call failed. nb is the contract. */
const nb = {
  network: 'Fikk ikke kontakt med serveren. Sjekk nettverket og prøv igjen.',
  unauthorized: 'Økten er over. Logg inn på nytt.',
  forbidden: 'Denne nøkkelen har ikke tilgang til dette.',
  notFound: 'Fant det ikke. Det kan være slettet.',
  conflict: 'Det går ikke akkurat nå: {message}',
  invalid: 'Noe må rettes: {message}',
  server: 'Noe gikk galt på serveren (feil {status}). Prøv igjen om litt.',
  retry: 'Prøv igjen',
  loading: 'Laster …',
  copy: 'Kopier',
  copied: 'Kopiert.',
  copyFailed: 'Nettleseren lot oss ikke kopiere. Merk teksten og kopier den selv.',
  cancel: 'Avbryt',
  save: 'Lagre',
  saved: 'Lagret.',
};

export type SharedStrings = Record<keyof typeof nb, string>;

const nn: SharedStrings = {
  network: 'Fekk ikkje kontakt med serveren. Sjekk nettverket og prøv igjen.',
  unauthorized: 'Økta er over. Logg inn på nytt.',
  forbidden: 'Denne nøkkelen har ikkje tilgang til dette.',
  notFound: 'Fann det ikkje. Det kan vere sletta.',
  conflict: 'Det går ikkje akkurat no: {message}',
  invalid: 'Noko må rettast: {message}',
  server: 'Noko gjekk gale på serveren (feil {status}). Prøv igjen om litt.',
  retry: 'Prøv igjen',
  loading: 'Lastar …',
  copy: 'Kopier',
  copied: 'Kopiert.',
  copyFailed: 'Nettlesaren lét oss ikkje kopiere. Merk teksten og kopier han sjølv.',
  cancel: 'Avbryt',
  save: 'Lagre',
  saved: 'Lagra.',
};

const sv: SharedStrings = {
  network: 'Fick ingen kontakt med servern. Kontrollera nätverket och försök igen.',
  unauthorized: 'Sessionen har tagit slut. Logga in igen.',
  forbidden: 'Den här nyckeln har inte behörighet till detta.',
  notFound: 'Hittades inte. Det kan ha tagits bort.',
  conflict: 'Det går inte just nu: {message}',
  invalid: 'Något behöver rättas: {message}',
  server: 'Något gick fel på servern (fel {status}). Försök igen om en stund.',
  retry: 'Försök igen',
  loading: 'Laddar …',
  copy: 'Kopiera',
  copied: 'Kopierat.',
  copyFailed: 'Webbläsaren lät oss inte kopiera. Markera texten och kopiera den själv.',
  cancel: 'Avbryt',
  save: 'Spara',
  saved: 'Sparat.',
};

const en: SharedStrings = {
  network: 'Could not reach the server. Check your connection and try again.',
  unauthorized: 'Your session has ended. Sign in again.',
  forbidden: 'This token has no access to that.',
  notFound: 'Not found. It may have been deleted.',
  conflict: 'Not possible right now: {message}',
  invalid: 'Something needs fixing: {message}',
  server: 'Something went wrong on the server (error {status}). Try again in a moment.',
  retry: 'Try again',
  loading: 'Loading…',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'The browser would not let us copy. Select the text and copy it yourself.',
  cancel: 'Cancel',
  save: 'Save',
  saved: 'Saved.',
};

export const SHARED_STRINGS: Record<Locale, SharedStrings> = { nb, nn, sv, en };

/** What to tell the person about a failed call, in their language (the server's rule in its own words). */
export function errorText(error: unknown, locale: Locale): string {
  const s = SHARED_STRINGS[locale];
  if (!(error instanceof ApiError)) return fmt(s.server, { status: '?' }, locale);
  if (error.status === 0) return s.network;
  if (error.status === 401) return s.unauthorized;
  if (error.status === 403) return s.forbidden;
  if (error.status === 404) return s.notFound;
  if (error.status === 409) return fmt(s.conflict, { message: error.message }, locale);
  if (error.status >= 400 && error.status < 500) return fmt(s.invalid, { message: error.message }, locale);
  return fmt(s.server, { status: error.status }, locale);
}
