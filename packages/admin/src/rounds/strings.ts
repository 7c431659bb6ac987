import type { Locale } from '@balanse/core';

/** A tenant's rounds: the list and a new round. nb is the contract. */
const nb = {
  title: 'Runder',
  intro:
    'En runde er én undersøkelse av organisasjonen: utkast mens du forbereder, åpen mens folk svarer, avsluttet når rapportene kommer.',
  empty: 'Ingen runder ennå. Opprett den første nedenfor.',
  name: 'Navn',
  status: 'Status',
  draft: 'Utkast',
  open: 'Åpen',
  closed: 'Avsluttet',
  k: 'k',
  language: 'Språk',
  created: 'Opprettet',
  createTitle: 'Ny runde',
  nameHint: 'For eksempel «Vår 2027».',
  languageHint: 'Språket undersøkelsen vises på der enheten ikke har et eget.',
  kLabel: 'Minste gruppe (k)',
  kHint:
    'Ingen tall vises for færre enn så mange. Organisasjonen bruker {k}. Du kan heve det senere, men aldri senke det når svar finnes.',
  selfForm: 'Lederne svarer på sitt eget skjema (egenvurdering)',
  selfFormHint: 'Da ser hver leder sitt eget syn ved siden av teamets i rapporten.',
  create: 'Opprett runde',
};

export type RoundsStrings = Record<keyof typeof nb, string>;

const nn: RoundsStrings = {
  title: 'Rundar',
  intro:
    'Ein runde er éi undersøking av organisasjonen: utkast medan du førebur, open medan folk svarer, avslutta når rapportane kjem.',
  empty: 'Ingen rundar enno. Opprett den første nedanfor.',
  name: 'Namn',
  status: 'Status',
  draft: 'Utkast',
  open: 'Open',
  closed: 'Avslutta',
  k: 'k',
  language: 'Språk',
  created: 'Oppretta',
  createTitle: 'Ny runde',
  nameHint: 'Til dømes «Vår 2027».',
  languageHint: 'Språket undersøkinga blir vist på der eininga ikkje har eit eige.',
  kLabel: 'Minste gruppe (k)',
  kHint:
    'Ingen tal blir viste for færre enn så mange. Organisasjonen bruker {k}. Du kan heve det seinare, men aldri senke det når svar finst.',
  selfForm: 'Leiarane svarer på sitt eige skjema (eigenvurdering)',
  selfFormHint: 'Då ser kvar leiar sitt eige syn ved sida av teamet sitt i rapporten.',
  create: 'Opprett runde',
};

const sv: RoundsStrings = {
  title: 'Omgångar',
  intro:
    'En omgång är en enkät i organisationen: utkast medan du förbereder, öppen medan folk svarar, avslutad när rapporterna kommer.',
  empty: 'Inga omgångar än. Skapa den första nedan.',
  name: 'Namn',
  status: 'Status',
  draft: 'Utkast',
  open: 'Öppen',
  closed: 'Avslutad',
  k: 'k',
  language: 'Språk',
  created: 'Skapad',
  createTitle: 'Ny omgång',
  nameHint: 'Till exempel ”Våren 2027”.',
  languageHint: 'Språket som enkäten visas på där enheten inte har ett eget.',
  kLabel: 'Minsta grupp (k)',
  kHint:
    'Inga siffror visas för färre än så många. Organisationen använder {k}. Du kan höja det senare, men aldrig sänka det när svar finns.',
  selfForm: 'Cheferna svarar på ett eget formulär (självskattning)',
  selfFormHint: 'Då ser varje chef sin egen bild bredvid teamets i rapporten.',
  create: 'Skapa omgång',
};

const en: RoundsStrings = {
  title: 'Rounds',
  intro:
    'A round is one survey of the organisation: a draft while you prepare it, open while people answer, closed when the reports appear.',
  empty: 'No rounds yet. Create the first one below.',
  name: 'Name',
  status: 'Status',
  draft: 'Draft',
  open: 'Open',
  closed: 'Closed',
  k: 'k',
  language: 'Language',
  created: 'Created',
  createTitle: 'New round',
  nameHint: 'For example “Spring 2027”.',
  languageHint: 'The survey’s language wherever a unit has none of its own.',
  kLabel: 'Smallest group (k)',
  kHint:
    'No figure is shown for fewer people than this. The organisation uses {k}. You can raise it later, but never lower it once answers exist.',
  selfForm: 'Leaders answer their own form (self-assessment)',
  selfFormHint: 'Each leader then sees their own view beside their team’s in the report.',
  create: 'Create round',
};

export const STRINGS: Record<Locale, RoundsStrings> = { nb, nn, sv, en };
