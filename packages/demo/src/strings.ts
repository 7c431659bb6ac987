/** The demo page's own texts, in the four languages of the product. */
import type { Locale } from '@balanse/core';

const nb = {
  title: 'Balanse: demo',
  lead: 'Ledelse i balanse for salgsavdelinger. Dette er en eksempelavdeling med oppdiktede svar. Prøv undersøkelsen som selger eller som leder, og se rapporten endre seg.',
  language: 'Språk',
  theme: 'Tema',
  team: 'Team',
  themes: { default: 'Standard', dark: 'Mørkt', fjord: 'Kundetema «Fjord»', ember: 'Kundetema «Ember»' },
  surveyHeading: 'Prøv undersøkelsen',
  surveyIntro: 'Svar som en i teamet, eller som lederen (egenvurdering). Svarene lagres bare i denne nettleseren.',
  asMember: 'Som selger i teamet',
  asLeader: 'Som leder (egenvurdering)',
  added: 'Svarene dine er lagt til for {team}. Rapporten under er oppdatert.',
  again: 'Svar på nytt',
  reportHeading: 'Rapporten',
  reportIntro:
    'Slik ser teamets rapport ut. Før {k, plural, one {# person} other {# personer}} har svart, viser den bare deltakelsen.',
  includePrivate: 'Ta med lederens private del (kommunikasjonsstil per selger)',
  advisorHeading: 'Stilrådgiver (privat for lederen)',
  advisorIntro: 'Lederens eget verktøy: vurder hver selger og få anbefalt kommunikasjonsstil. Lagres bare lokalt.',
  footer:
    'Alle svar i demoen er oppdiktet, laget av et skript som gir de samme svarene hver gang. Ingenting sendes noe sted.',
  startOver: 'Start på nytt',
};

export type DemoStrings = typeof nb;

const nn: DemoStrings = {
  title: 'Balanse: demo',
  lead: 'Leiing i balanse for salsavdelingar. Dette er ei eksempelavdeling med oppdikta svar. Prøv undersøkinga som seljar eller som leiar, og sjå rapporten endre seg.',
  language: 'Språk',
  theme: 'Tema',
  team: 'Team',
  themes: { default: 'Standard', dark: 'Mørkt', fjord: 'Kundetema «Fjord»', ember: 'Kundetema «Ember»' },
  surveyHeading: 'Prøv undersøkinga',
  surveyIntro: 'Svar som ein i teamet, eller som leiaren (eigenvurdering). Svara blir berre lagra i denne nettlesaren.',
  asMember: 'Som seljar i teamet',
  asLeader: 'Som leiar (eigenvurdering)',
  added: 'Svara dine er lagde til for {team}. Rapporten under er oppdatert.',
  again: 'Svar på nytt',
  reportHeading: 'Rapporten',
  reportIntro:
    'Slik ser rapporten til teamet ut. Før {k, plural, one {# person} other {# personar}} har svara, viser han berre deltakinga.',
  includePrivate: 'Ta med den private delen til leiaren (kommunikasjonsstil per seljar)',
  advisorHeading: 'Stilrådgjevar (privat for leiaren)',
  advisorIntro:
    'Leiaren sitt eige verktøy: vurder kvar seljar og få tilrådd kommunikasjonsstil. Blir berre lagra lokalt.',
  footer:
    'Alle svar i demoen er oppdikta, laga av eit skript som gjev dei same svara kvar gong. Ingenting blir sendt nokon stad.',
  startOver: 'Start på nytt',
};

const sv: DemoStrings = {
  title: 'Balanse: demo',
  lead: 'Ledarskap i balans för säljavdelningar. Det här är en exempelavdelning med påhittade svar. Prova enkäten som säljare eller som chef och se rapporten förändras.',
  language: 'Språk',
  theme: 'Tema',
  team: 'Team',
  themes: { default: 'Standard', dark: 'Mörkt', fjord: 'Kundtema ”Fjord”', ember: 'Kundtema ”Ember”' },
  surveyHeading: 'Prova enkäten',
  surveyIntro: 'Svara som någon i teamet eller som chefen (självskattning). Svaren sparas bara i den här webbläsaren.',
  asMember: 'Som säljare i teamet',
  asLeader: 'Som chef (självskattning)',
  added: 'Dina svar har lagts till för {team}. Rapporten nedan är uppdaterad.',
  again: 'Svara igen',
  reportHeading: 'Rapporten',
  reportIntro:
    'Så här ser teamets rapport ut. Innan {k, plural, one {# person} other {# personer}} har svarat visar den bara deltagandet.',
  includePrivate: 'Ta med chefens privata del (kommunikationsstil per säljare)',
  advisorHeading: 'Stilrådgivare (privat för chefen)',
  advisorIntro:
    'Chefens eget verktyg: skatta varje säljare och få en rekommenderad kommunikationsstil. Sparas bara lokalt.',
  footer:
    'Alla svar i demon är påhittade, skapade av ett skript som ger samma svar varje gång. Ingenting skickas någonstans.',
  startOver: 'Börja om',
};

const en: DemoStrings = {
  title: 'Balanse: demo',
  lead: 'Leadership in balance for sales departments. This is a sample department with made-up answers. Try the survey as a seller or as the manager, and watch the report change.',
  language: 'Language',
  theme: 'Theme',
  team: 'Team',
  themes: { default: 'Default', dark: 'Dark', fjord: 'Client theme “Fjord”', ember: 'Client theme “Ember”' },
  surveyHeading: 'Try the survey',
  surveyIntro:
    'Answer as someone in the team, or as the manager (self-assessment). Your answers are stored in this browser only.',
  asMember: 'As a seller in the team',
  asLeader: 'As the manager (self-assessment)',
  added: 'Your answers were added to {team}. The report below is updated.',
  again: 'Answer again',
  reportHeading: 'The report',
  reportIntro:
    'This is the team’s report. Until {k, plural, one {# person has} other {# people have}} answered, it shows participation only.',
  includePrivate: 'Include the manager’s private section (communication style per seller)',
  advisorHeading: 'Style advisor (private to the manager)',
  advisorIntro:
    'The manager’s own tool: rate each seller and get a recommended communication style. Stored locally only.',
  footer:
    'Every answer in the demo is made up, by a script that gives the same answers every time. Nothing is sent anywhere.',
  startOver: 'Start over',
};

export const STRINGS: Readonly<Record<Locale, DemoStrings>> = { nb, nn, sv, en };
