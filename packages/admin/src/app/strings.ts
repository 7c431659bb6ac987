import type { Locale } from '@balanse/core';

/** The app's frame: header, navigation, language. nb is the contract. */
const nb = {
  product: 'Balanse',
  appName: 'Administrasjon',
  language: 'Språk',
  signedInOperator: 'Logget inn som operatør',
  signedInAdmin: 'Logget inn som administrator for {tenant}',
  expires: 'Nøkkelen gjelder til {date}.',
  signOut: 'Logg ut',
  breadcrumbs: 'Du er her',
  tenants: 'Organisasjoner',
  units: 'Organisasjonskart',
  rounds: 'Runder',
  theme: 'Utseende',
  tenantNav: 'Organisasjonen',
  checking: 'Sjekker nøkkelen …',
  noTenant: 'Denne organisasjonen finnes ikke, eller nøkkelen din gjelder en annen.',
};

export type AppStrings = Record<keyof typeof nb, string>;

const nn: AppStrings = {
  product: 'Balanse',
  appName: 'Administrasjon',
  language: 'Språk',
  signedInOperator: 'Logga inn som operatør',
  signedInAdmin: 'Logga inn som administrator for {tenant}',
  expires: 'Nøkkelen gjeld til {date}.',
  signOut: 'Logg ut',
  breadcrumbs: 'Du er her',
  tenants: 'Organisasjonar',
  units: 'Organisasjonskart',
  rounds: 'Rundar',
  theme: 'Utsjånad',
  tenantNav: 'Organisasjonen',
  checking: 'Sjekkar nøkkelen …',
  noTenant: 'Denne organisasjonen finst ikkje, eller nøkkelen din gjeld ein annan.',
};

const sv: AppStrings = {
  product: 'Balanse',
  appName: 'Administration',
  language: 'Språk',
  signedInOperator: 'Inloggad som operatör',
  signedInAdmin: 'Inloggad som administratör för {tenant}',
  expires: 'Nyckeln gäller till {date}.',
  signOut: 'Logga ut',
  breadcrumbs: 'Du är här',
  tenants: 'Organisationer',
  units: 'Organisationsschema',
  rounds: 'Omgångar',
  theme: 'Utseende',
  tenantNav: 'Organisationen',
  checking: 'Kontrollerar nyckeln …',
  noTenant: 'Organisationen finns inte, eller så gäller din nyckel en annan.',
};

const en: AppStrings = {
  product: 'Balanse',
  appName: 'Administration',
  language: 'Language',
  signedInOperator: 'Signed in as the operator',
  signedInAdmin: 'Signed in as an administrator of {tenant}',
  expires: 'The token is valid until {date}.',
  signOut: 'Sign out',
  breadcrumbs: 'You are here',
  tenants: 'Organisations',
  units: 'Organisation chart',
  rounds: 'Rounds',
  theme: 'Look',
  tenantNav: 'The organisation',
  checking: 'Checking the token…',
  noTenant: 'This organisation does not exist, or your token belongs to another.',
};

export const STRINGS: Record<Locale, AppStrings> = { nb, nn, sv, en };

/** Each language by its own name, for the language switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  sv: 'Svenska',
  en: 'English',
};
