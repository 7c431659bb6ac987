import type { Instrument } from './instrument-schema.js';

/**
 * The own texts of `balanse@1.0.0` (title, instructions, labels), frozen with its items. The
 * instructions lost one sentence before 1.1.0 replaced them: "every question is optional", which
 * the survey now says itself, for the mode the host chose.
 */
export const TEXTS_1_0_0 = {
  title: {
    nb: 'Ledelse i balanse',
    nn: 'Leiing i balanse',
    sv: 'Ledarskap i balans',
    en: 'Leadership in balance',
  },
  instructions: {
    team: {
      nb: 'Tenk på de siste tre månedene. Svar ut fra det du selv har opplevd med lederen din og i teamet ditt. Svarene dine vises bare samlet med andres, i grupper store nok til at ingen kan kjennes igjen.',
      nn: 'Tenk på dei siste tre månadene. Svar ut frå det du sjølv har opplevd med leiaren din og i teamet ditt. Svara dine blir berre viste samla med andre sine, i grupper store nok til at ingen kan kjennast att.',
      sv: 'Tänk på de senaste tre månaderna. Svara utifrån det du själv har upplevt med din chef och i ditt team. Dina svar visas bara sammanslagna med andras, i grupper som är stora nog för att ingen ska kunna kännas igen.',
      en: 'Think about the last three months. Answer from what you have experienced with your leader and in your team. Your answers are only shown combined with others’, in groups large enough that nobody can be recognised.',
    },
    self: {
      nb: 'Tenk på de siste tre månedene. Svar ut fra hva du faktisk har gjort som leder, og hvordan du tror teamet ditt har opplevd det. Egenvurderingen din telles aldri med i teamets resultater; den vises ved siden av dem.',
      nn: 'Tenk på dei siste tre månadene. Svar ut frå kva du faktisk har gjort som leiar, og korleis du trur teamet ditt har opplevd det. Eigenvurderinga di blir aldri rekna med i resultata til teamet; ho blir vist ved sida av dei.',
      sv: 'Tänk på de senaste tre månaderna. Svara utifrån vad du faktiskt har gjort som chef och hur du tror att ditt team har upplevt det. Din självskattning räknas aldrig in i teamets resultat; den visas bredvid dem.',
      en: 'Think about the last three months. Answer from what you have actually done as a leader, and how you believe your team has experienced it. Your self-assessment is never counted in the team’s results; it is shown beside them.',
    },
  },
  responseLabels: {
    nb: ['Helt uenig', 'Uenig', 'Verken enig eller uenig', 'Enig', 'Helt enig'],
    nn: ['Heilt ueinig', 'Ueinig', 'Verken einig eller ueinig', 'Einig', 'Heilt einig'],
    sv: ['Instämmer inte alls', 'Instämmer inte', 'Varken eller', 'Instämmer', 'Instämmer helt'],
    en: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
  },
  cannotAnswerLabel: {
    nb: 'Kan ikke svare',
    nn: 'Kan ikkje svare',
    sv: 'Kan inte svara',
    en: 'Cannot answer',
  },
} as const satisfies Pick<Instrument, 'title' | 'instructions' | 'responseLabels' | 'cannotAnswerLabel'>;
