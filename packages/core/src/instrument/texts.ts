import type { Instrument } from './instrument-schema.js';

/**
 * The own texts of the built-in instrument, `balanse@1.1.0`: title, instructions with the recall
 * frame ("the last three months", §8.2) and the fully labelled 5-point agreement scale. Whether
 * questions may be skipped is the survey's to say (the host sets `required`), not the instructions'.
 */
export const BUILT_IN_TEXTS = {
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
      sv: 'Tänk på de senaste tre månaderna. Svara utifrån det du själv har upplevt med din chef och i ditt team. Dina svar visas bara sammanslagna med andras, i grupper som är stora nog för att ingen ska kunna identifieras.',
      en: 'Think about the last three months. Answer from what you have experienced with your manager and in your team. Your answers are only shown combined with others’, in groups large enough that nobody can be identified.',
    },
    self: {
      nb: 'Tenk på de siste tre månedene. Svar ut fra hva du faktisk har gjort som leder, og hvordan du tror teamet ditt har opplevd det. Egenvurderingen din telles aldri med i teamets resultater; den vises ved siden av dem.',
      nn: 'Tenk på dei siste tre månadene. Svar ut frå kva du faktisk har gjort som leiar, og korleis du trur teamet ditt har opplevd det. Eigenvurderinga di blir aldri rekna med i resultata til teamet; ho blir vist ved sida av dei.',
      sv: 'Tänk på de senaste tre månaderna. Svara utifrån vad du faktiskt har gjort som chef och hur du tror att ditt team har upplevt det. Din självskattning räknas aldrig in i teamets resultat; den visas bredvid dem.',
      en: 'Think about the last three months. Answer from what you have actually done as a manager, and how you believe your team has experienced it. Your self-assessment is never counted in the team’s results; it is shown beside them.',
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
