import type { Locale } from '@balanse/core';

/** The sign-in screen. nb is the contract; a parity test checks the others. */
const nb = {
  title: 'Logg inn',
  intro:
    'Lim inn nøkkelen din: operatørnøkkelen serveren skrev ut ved første start, eller en administratornøkkel for en organisasjon.',
  token: 'Nøkkel',
  tokenHint: 'Begynner med bal_. Den huskes bare i denne fanen, til du logger ut eller lukker den.',
  submit: 'Logg inn',
  busy: 'Logger inn …',
  empty: 'Lim inn en nøkkel først.',
  missing: 'Lim inn en nøkkel først.',
  invalid: 'Denne nøkkelen kjenner serveren ikke. Sjekk at hele nøkkelen er med.',
  expired: 'Denne nøkkelen har gått ut. Be operatøren om en ny.',
  revoked: 'Denne nøkkelen er trukket tilbake. Be operatøren om en ny.',
  raw: 'Dette er en nøkkel for rådata. Logg inn med en administratornøkkel.',
  signedOut: 'Du er logget ut.',
  demo: 'Prøver du eksempelet? `pnpm start` skriver ut en nøkkel du kan lime inn her.',
};

export type SignInStrings = Record<keyof typeof nb, string>;

const nn: SignInStrings = {
  title: 'Logg inn',
  intro:
    'Lim inn nøkkelen din: operatørnøkkelen serveren skreiv ut ved første start, eller ein administratornøkkel for ein organisasjon.',
  token: 'Nøkkel',
  tokenHint: 'Byrjar med bal_. Han blir berre hugsa i denne fana, til du loggar ut eller lukkar henne.',
  submit: 'Logg inn',
  busy: 'Loggar inn …',
  empty: 'Lim inn ein nøkkel først.',
  missing: 'Lim inn ein nøkkel først.',
  invalid: 'Denne nøkkelen kjenner ikkje serveren. Sjekk at heile nøkkelen er med.',
  expired: 'Denne nøkkelen har gått ut. Be operatøren om ein ny.',
  revoked: 'Denne nøkkelen er trekt tilbake. Be operatøren om ein ny.',
  raw: 'Dette er ein nøkkel for rådata. Logg inn med ein administratornøkkel.',
  signedOut: 'Du er logga ut.',
  demo: 'Prøver du dømet? `pnpm start` skriv ut ein nøkkel du kan lime inn her.',
};

const sv: SignInStrings = {
  title: 'Logga in',
  intro:
    'Klistra in din nyckel: operatörsnyckeln som servern skrev ut vid första starten, eller en administratörsnyckel för en organisation.',
  token: 'Nyckel',
  tokenHint: 'Börjar med bal_. Den sparas bara i den här fliken, tills du loggar ut eller stänger den.',
  submit: 'Logga in',
  busy: 'Loggar in …',
  empty: 'Klistra in en nyckel först.',
  missing: 'Klistra in en nyckel först.',
  invalid: 'Servern känner inte igen nyckeln. Kontrollera att hela nyckeln kom med.',
  expired: 'Nyckeln har gått ut. Be operatören om en ny.',
  revoked: 'Nyckeln har återkallats. Be operatören om en ny.',
  raw: 'Det här är en nyckel för rådata. Logga in med en administratörsnyckel.',
  signedOut: 'Du är utloggad.',
  demo: 'Provar du exemplet? `pnpm start` skriver ut en nyckel som du kan klistra in här.',
};

const en: SignInStrings = {
  title: 'Sign in',
  intro:
    'Paste your token: the operator token the server printed at its first start, or an admin token for one organisation.',
  token: 'Token',
  tokenHint: 'It starts with bal_. It is kept in this tab only, until you sign out or close it.',
  submit: 'Sign in',
  busy: 'Signing in…',
  empty: 'Paste a token first.',
  missing: 'Paste a token first.',
  invalid: 'The server does not know this token. Check that all of it was pasted.',
  expired: 'This token has expired. Ask the operator for a new one.',
  revoked: 'This token has been revoked. Ask the operator for a new one.',
  raw: 'This is a raw-data token. Sign in with an admin token.',
  signedOut: 'You are signed out.',
  demo: 'Trying the sample? `pnpm start` prints a token you can paste here.',
};

export const STRINGS: Record<Locale, SignInStrings> = { nb, nn, sv, en };
