import type { Locale } from '@balanse/core';

/** The leader's page around the report. nb is the contract. */
const nb = {
  language: 'Språk',
  loading: 'Laster rapporten …',
  failed: 'Rapporten kunne ikke lastes: {message}',
  unreleased: 'Rapporten kommer her når runden er avsluttet.',
  missing: 'Denne lenken finnes ikke lenger. Be administratoren om en ny.',
  round: 'Runde: {name}',
  previous: 'Forrige runde: {name}',
  previousIntro: 'Rapporten fra forrige runde for den samme enheten, til sammenligning.',
  advisor: 'Stilrådgiver',
  advisorIntro: 'Bare i denne nettleseren: det du skriver om medarbeiderne dine, sendes aldri til serveren.',
  contents: 'På denne siden',
  report: 'Rapporten',
  plan: 'Handlingsplan',
};

export type LeaderStrings = Record<keyof typeof nb, string>;

const nn: LeaderStrings = {
  language: 'Språk',
  loading: 'Lastar rapporten …',
  failed: 'Rapporten kunne ikkje lastast: {message}',
  unreleased: 'Rapporten kjem her når runden er avslutta.',
  missing: 'Denne lenkja finst ikkje lenger. Be administratoren om ei ny.',
  round: 'Runde: {name}',
  previous: 'Førre runde: {name}',
  previousIntro: 'Rapporten frå førre runde for den same eininga, til samanlikning.',
  advisor: 'Stilrådgjevar',
  advisorIntro: 'Berre i denne nettlesaren: det du skriv om medarbeidarane dine, blir aldri sendt til serveren.',
  contents: 'På denne sida',
  report: 'Rapporten',
  plan: 'Handlingsplan',
};

const sv: LeaderStrings = {
  language: 'Språk',
  loading: 'Laddar rapporten …',
  failed: 'Rapporten kunde inte laddas: {message}',
  unreleased: 'Rapporten kommer hit när omgången har avslutats.',
  missing: 'Länken finns inte längre. Be administratören om en ny.',
  round: 'Omgång: {name}',
  previous: 'Förra omgången: {name}',
  previousIntro: 'Rapporten från förra omgången för samma enhet, för jämförelse.',
  advisor: 'Stilrådgivare',
  advisorIntro: 'Bara i den här webbläsaren: det du skriver om dina medarbetare skickas aldrig till servern.',
  contents: 'På den här sidan',
  report: 'Rapporten',
  plan: 'Handlingsplan',
};

const en: LeaderStrings = {
  language: 'Language',
  loading: 'Loading the report…',
  failed: 'The report could not be loaded: {message}',
  unreleased: 'The report will be here once the round has closed.',
  missing: 'This link no longer exists. Ask the administrator for a new one.',
  round: 'Round: {name}',
  previous: 'Previous round: {name}',
  previousIntro: 'The previous round’s report for the same unit, to compare with.',
  advisor: 'Style advisor',
  advisorIntro: 'In this browser only: what you write about your team members is never sent to the server.',
  contents: 'On this page',
  report: 'The report',
  plan: 'Action plan',
};

export const STRINGS: Record<Locale, LeaderStrings> = { nb, nn, sv, en };
