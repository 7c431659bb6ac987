/**
 * Every product text of @balanse/core in Norwegian bokmål, the source locale. Its shape is the
 * contract: `Messages` is derived from it, and nn, sv and en must have exactly the same keys (a
 * parity test fails on any difference). Placeholders in braces, such as `{value}`, are filled by
 * `formatMessage`. Texts are ours, written for this product from the model's terms.
 */

export const nbScales = {
  relation: {
    name: 'Relasjonsledelse',
    term: 'relasjonsledelse',
    short: 'Relasjon',
    description: 'Å se og løfte mennesket: tillit, trygghet, mening og anerkjennelse av innsats.',
  },
  system: {
    name: 'Systemledelse',
    term: 'systemledelse',
    short: 'System',
    description: 'Å skape struktur og stille krav: tydelige forventninger, analyse, konkret tilbakemelding og rutiner.',
  },
  administration: {
    name: 'Administrasjon',
    term: 'administrasjon',
    short: 'Administrasjon',
    description: 'Fundamentet: oversikt over status og nøkkeltall, god informasjonsflyt og avtaler som holdes.',
  },
  safety: {
    name: 'Opplevd trygghet',
    term: 'opplevd trygghet',
    short: 'Trygghet',
    description: 'Teamet kan feile, si fra og be om hjelp uten at det koster dem noe.',
  },
  standard: {
    name: 'Opplevd standard',
    term: 'opplevd standard',
    short: 'Standard',
    description: 'Teamet merker at det stilles reelle krav, og at innsats og resultater betyr noe.',
  },
};

export const nbZones = {
  apathy: {
    name: 'Apatisonen',
    term: 'apatisonen',
    meaning: 'Lav trygghet og lave krav: likegyldighet, ingen bryr seg.',
  },
  comfort: {
    name: 'Komfortsonen',
    term: 'komfortsonen',
    meaning: 'Høy trygghet og lave krav: trivsel uten vekst. Den farligste sonen, fordi den føles god.',
  },
  stress: {
    name: 'Stressonen',
    term: 'stressonen',
    meaning: 'Lav trygghet og høye krav: press, utbrenthet og høy turnover.',
  },
  performance: {
    name: 'Prestasjonssonen',
    term: 'prestasjonssonen',
    meaning: 'Høy trygghet og høye krav: vekst, mestring og sterke resultater. Målet.',
  },
};

export const nbZoneMap = {
  title: 'Prestasjonssonemodellen',
  xAxis: 'Opplevd trygghet',
  yAxis: 'Opplevd standard',
  low: 'Lav',
  high: 'Høy',
  team: 'Teamet',
  self: 'Lederens egen plassering',
  cut: 'Grense ved {cut}',
  interval: '{confidence} % intervall',
  clear: 'Teamet ligger i {zone}.',
  borderline: 'Teamet ligger på grensen mellom {a} og {b}.',
  centre: 'Teamet ligger nær midten av kartet; alle fire soner er mulige.',
  split: 'Teamet er delt når det gjelder {axis}.',
  point: '{axis}: {value} (intervall {low}–{high})',
  selfPoint: 'Lederen plasserer teamet i {zone}.',
};

export const nbLevers = {
  relation: 'Relasjonsledelse',
  system: 'Systemledelse',
  administration: 'Administrasjon',
  both: 'Begge sider',
};

export const nbBalance = {
  title: 'Balansebrettet',
  foundation: {
    solid: 'Fundamentet er på plass: administrasjonen bærer brettet.',
    weak: 'Fundamentet er svakt. Uten administrasjon er det ingenting å balansere på, så start her.',
  },
  lean: {
    relation: 'Brettet heller mot relasjon: teamet opplever mer støtte enn krav.',
    system: 'Brettet heller mot system: teamet opplever mer krav enn støtte.',
    balanced: 'Brettet er i balanse mellom relasjon og system.',
  },
  force: {
    strong: 'Det presses godt på begge sider.',
    light: 'Trykket er lett på begge sider; brettet er flatt og stivt.',
    uneven: 'Trykket er ujevnt: én side er sterk, den andre svak.',
  },
  profile: {
    A: {
      name: 'Profil A: den naturlige relasjonslederen',
      text: 'Godt likt av teamet, men vanskelige samtaler og resultater tas sjelden opp direkte. Prisen er en avdeling som trives, men står stille, og gode selgere som går.',
    },
    B: {
      name: 'Profil B: den naturlige systemlederen',
      text: 'Analytisk og strukturert med tydelige forventninger, men selgerne føler seg ikke sett og opplever tilbakemelding som kritikk. Prisen er skjør tillit og høy turnover.',
    },
  },
  expectedZone: 'Team som ledes slik, havner gjerne i {zone}.',
  tilt: 'Helning (relasjon minus system): {value, plural, one {# poeng} other {# poeng}}',
};

export const nbStyles = {
  instructing: {
    name: 'Instruerende',
    situation: 'Ny og usikker',
    how: 'Vis hvordan, del opp oppgaven og følg tett opp. Mye støtte, krav innført gradvis.',
    phrases: [
      'Jeg viser deg hvordan jeg gjør det, så prøver du neste samtale selv.',
      'La oss ta én ting om gangen. Vi går gjennom uka sammen på fredag.',
      'Ring meg etter møtet, så ser vi på hva som fungerte.',
    ],
  },
  direct: {
    name: 'Direkte',
    situation: 'Kompetent, men umotivert',
    how: 'Si det du ser, spør hva som står i veien, og lytt. Mer relasjon enn system.',
    phrases: [
      'Jeg vet at du får dette til. Hva er det som holder deg igjen nå?',
      'Jeg ser at tallene dine har falt. Hvordan har du det egentlig?',
      'Hva trenger du fra meg for å få lysten tilbake?',
    ],
  },
  delegating: {
    name: 'Delegerende',
    situation: 'Kompetent og selvgående',
    how: 'Gi eierskap, be om forslag og juster sammen. Balansert trykk: like mye relasjon som system.',
    phrases: [
      'Dette er ditt. Kom med et forslag, så justerer vi sammen.',
      'Hvordan vil du legge opp kvartalet? Jeg stiller gjerne som sparringpartner.',
      'Du bestemmer hvordan; vi tar en kort status annenhver uke.',
    ],
  },
  challenging: {
    name: 'Utfordrende',
    situation: 'Erfaren, men i komfortsonen',
    how: 'Sett tydelige forventninger, gi konkret tilbakemelding og ansvarliggjør. Mer system.',
    phrases: [
      'Du leverer godt nok, men jeg vet at du kan mer. Hva er neste nivå for deg?',
      'Målet ditt dette kvartalet er høyere. La oss bli enige om hvordan du når det.',
      'Hva skal til for at du blir den beste i teamet på nye kunder?',
    ],
  },
};

export const nbPressure = 'Trykk: {relation} % relasjon, {system} % system';

export const nbStyleReasons = {
  'competence-low': 'Kompetansen er ennå ikke høy nok for oppgaven.',
  'competence-high': 'Kompetansen er høy.',
  'commitment-low': 'Motivasjonen eller tryggheten i rollen er lav.',
  'commitment-high': 'Motivasjonen og tryggheten i rollen er høye.',
  'new-in-role': 'Ny i rollen: trenger å bli sett og inkludert.',
  'comfort-zone': 'Presterer under eget nivå og mener selv at det går bra.',
  'comfort-not-will':
    'Den lave motivasjonen leses som komfort, ikke som et viljeproblem: det er standarden som må opp.',
  'below-level': 'Presterer under eget nivå uten kjent årsak: mer relasjon, for å finne årsaken sammen.',
  'below-level-explained': 'Presterer under eget nivå, og årsaken står over.',
  'low-energy': 'Lite energi eller trygghet: trykket flyttes mot relasjon.',
  'weak-foundation': 'Teamets administrative fundament er svakt.',
};

export const nbObservations = {
  competence: { name: 'Kompetanse', cause: 'Mangler ferdigheter eller kunnskap.' },
  will: { name: 'Vilje og ansvar', cause: 'Lav motivasjon eller unngår ansvar.' },
  structure: { name: 'Struktur', cause: 'Systemer, rutiner eller oversikt svikter.' },
  energy: { name: 'Energi og trygghet', cause: 'Utmattet, utrygg eller overveldet.' },
};

export const nbDiagnosis = '{observation} peker mot {lever}.';

export const nbCharacteristics = {
  clearExpectations: {
    name: 'Tydelige forventninger',
    term: 'tydelige forventninger',
    description: 'Alle vet hva som forventes. Uklare forventninger er en lederfeil.',
  },
  continuousFeedback: {
    name: 'Løpende tilbakemelding',
    term: 'løpende tilbakemelding',
    description: 'Tilbakemelding er et arbeidsverktøy i hverdagen, ikke en årlig hendelse.',
  },
  personalAccountability: {
    name: 'Personlig ansvar',
    term: 'personlig ansvar',
    description: 'Hver enkelt eier sin egen prosess, og det er trygt å ta ansvar.',
  },
  safetyAndStandard: {
    name: 'Trygghet og standard',
    term: 'trygghet og standard',
    description: 'Begge må være på plass: du kan feile uten at det definerer deg, og standarden gjelder alle.',
  },
  systematicFollowUp: {
    name: 'Systematisk oppfølging',
    term: 'systematisk oppfølging',
    description: 'Regelmessig og forutsigbar ledelse: omsorg gjort konkret, ikke kontroll.',
  },
};

export const nbGapLabels = {
  'blind-spot': {
    name: 'Blind flekk',
    text: 'Du vurderer deg selv høyere enn teamet gjør.',
  },
  'hidden-strength': {
    name: 'Skjult styrke',
    text: 'Teamet vurderer deg høyere enn du gjør selv.',
  },
  'agreement-strong': {
    name: 'Enige – styrke',
    text: 'Du og teamet ser det likt, og nivået er høyt.',
  },
  'agreement-development': {
    name: 'Enige – utviklingsområde',
    text: 'Du og teamet ser det likt, og her er det rom for utvikling.',
  },
};

export const nbAgreement = {
  high: 'Svarene ligger nær hverandre.',
  low: 'Svarene spriker: i snitt skiller de seg {ad} trinn fra teamets gjennomsnitt.',
  polarised: 'Teamet ser dette ulikt: en del svarer positivt og en del negativt.',
};

export const nbBands = {
  favourable: 'Positive',
  neutral: 'Nøytrale',
  unfavourable: 'Negative',
};

export const nbAdvice = {
  'weak-foundation': {
    title: 'Legg fundamentet først',
    text: 'Skaff deg løpende oversikt over status og nøkkeltall, kommuniser forventninger tydelig og sørg for at det som loves, skjer.',
  },
  'light-pressure': {
    title: 'Press mer på begge sider',
    text: 'Lett trykk på begge sider gir et flatt brett. Vær tydeligere både i støtten og i kravene; de beste lederne presser hardt på begge sider samtidig.',
  },
  'low-energy-or-friction': {
    title: 'Mer relasjonsledelse: bygg trygghet',
    text: 'Teamet opplever lite trygghet eller er delt. Gjør det trygt å si fra, be om hjelp og prøve nytt, og ta tak i friksjon tidlig.',
  },
  trust: {
    title: 'Mer relasjonsledelse: bygg tillit',
    text: 'Tillit er tapt eller aldri bygget. Vær åpen, hold det du lover, og se hver enkelt, ikke bare tallene.',
  },
  'seen-as-individuals': {
    title: 'Se hver enkelt',
    text: 'Teamet opplever relasjonsledelsen svært ulikt. Finn ut hvem som ikke føler seg sett, og hva som motiverer akkurat dem.',
  },
  'unclear-expectations': {
    title: 'Mer systemledelse: gjør forventningene tydelige',
    text: 'Selgerne er usikre på hva som faktisk forventes. Beskriv hva godt arbeid er, i resultat, atferd og innsats.',
  },
  'missing-structure': {
    title: 'Mer systemledelse: bygg struktur for oppfølging',
    text: 'Det mangler struktur rundt oppfølging og tilbakemelding. Innfør en fast rytme med korte, konkrete samtaler.',
  },
  'fine-without-numbers': {
    title: 'Mer systemledelse: la tallene vise vei',
    text: 'Teamet opplever lite systemledelse: få tydelige krav, lite analyse av resultatene og lite konkret tilbakemelding. Da er det lett å tro at det går bra uten at tallene viser det. Gå gjennom resultater og mønstre sammen med teamet jevnlig, og knytt tilbakemeldingen til dem.',
  },
  'drift-to-wellbeing': {
    title: 'Mer systemledelse: trivsel trenger krav',
    text: 'Kulturen har glidd mot trivsel uten krav. Behold tryggheten, men hev standarden og følg opp resultatene.',
  },
  'fair-standards': {
    title: 'Krav som gjelder alle, rettferdig',
    text: 'Teamet opplever kravene svært ulikt. Sørg for at de samme standardene gjelder alle, og at de følges opp likt.',
  },
};

export const nbAdviceReasons = {
  'below-cut': 'Verdien for {statistic} er {value}, under grensen på {cut}.',
  split: 'Teamet er delt når det gjelder {statistic}.',
  comfort: 'Tryggheten er høy, men verdien for {statistic} er {value}, under grensen på {cut}.',
};

export const nbReport = {
  title: 'Ledelse i balanse',
  subtitle: 'Rapport for {team}',
  audience: {
    team: 'Kan deles med teamet.',
    leader: 'Inneholder lederens private del. Del ikke denne versjonen med teamet.',
  },
  sections: {
    headline: 'Hovedfunn',
    zone: 'Kultursone',
    balance: 'Ledelse i balanse',
    linking: 'Ledelse og kultur',
    scales: 'Resultater per område',
    items: 'Spørsmål for spørsmål',
    previous: 'Endring siden forrige runde',
    gaps: 'Leder og team',
    characteristics: 'Fem kjennetegn på en prestasjonskultur',
    advice: 'Hva modellen anbefaler',
    participation: 'Deltakelse',
    flags: 'Datakvalitet',
    private: 'Kun for lederen: kommunikasjonsstil per selger',
    department: 'Avdelingen',
  },
  headlineBalance: {
    weak: 'Fundamentet er svakt, så administrasjonen må på plass før balansen justeres.',
    relation: 'Brettet heller mot relasjon (profil A): mer støtte enn krav.',
    system: 'Brettet heller mot system (profil B): mer krav enn støtte.',
    strong: 'Brettet er i balanse, med godt trykk på begge sider.',
    light: 'Brettet er i balanse, men med lett trykk på begge sider.',
    uneven: 'Brettet er i balanse, men trykket er ujevnt mellom sidene.',
  },
  participation: '{responded} av {invited} svarte.',
  participationUnknown: '{responded} svarte.',
  incomplete:
    '{count, plural, one {# besvarelse hadde} other {# besvarelser hadde}} for få svar til å gi resultater. {count, plural, one {Den er lagret} other {De er lagret}}, men er ikke med i tallene.',
  suppressed:
    'Resultatene vises når minst {required, plural, one {# person} other {# personer}} har svart. Til da vises ingen tall, slik at ingen enkeltperson kan kjennes igjen.',
  score: '{value} av 100',
  interval: 'Intervall {low}–{high}',
  intervalHelp: 'Intervallet viser hvor teamets verdi trolig ligger ({confidence} %). Jo færre svar, jo bredere.',
  respondents: '{n, plural, one {# svar} other {# svar}}',
  missing: '{percent} % av svarene mangler på dette området.',
  selfNote:
    'Lederens egenvurdering telles aldri med i teamets resultater. Relasjonsledelse, systemledelse og administrasjon er teamets vurdering av lederen; opplevd trygghet og opplevd standard beskriver klimaet i teamet.',
  gapHeader: { scale: 'Område', self: 'Leder', team: 'Team', gap: 'Forskjell', label: 'Tolkning' },
  gapValue: '{value, plural, one {# poeng} other {# poeng}}',
  itemGapsHigher: 'Størst forskjell: du vurderer deg selv høyere enn teamet gjør',
  itemGapsLower: 'Størst forskjell: teamet vurderer deg høyere enn du gjør selv',
  characteristicsNote: 'Beskrivende indekser som ennå ikke er validert; bruk dem til samtale, ikke som hovedtall.',
  characteristicPresent: 'På plass',
  characteristicDevelop: 'Utviklingsområde',
  noAdvice: 'Resultatene peker ikke mot noen bestemt justering. Hold trykket på begge sider.',
  flags:
    '{flagged, plural, one {# besvarelse har et mønster} other {# besvarelser har mønstre}} som kan tyde på lite gjennomtenkte svar. {flagged, plural, one {Den er} other {De er}} tatt med i resultatene.',
  sensitivity: 'Uten disse besvarelsene: {details}.',
  noFlags: 'Ingen besvarelser er flagget.',
  privateNotice:
    'Denne delen er privat for lederen. Den lagres bare der du selv velger, og skal ikke deles med teamet.',
  seller: 'Selger',
  style: 'Stil',
  reasons: 'Begrunnelse',
  phrases: 'Eksempler på hva du kan si',
  lever: 'Juster mot',
  unitZone: '{unit}: {zone}',
  generated: 'Laget {date}',
  instrument: 'Spørreskjema {id}, versjon {version}',
  versionNote:
    'Spørreskjemaet er endret siden forrige runde ({from} → {to}): {changed, plural, one {# spørsmål er} other {# spørsmål er}} skrevet om eller byttet ut. Les derfor endringen som en pekepinn.',
  download: { json: 'Last ned resultater (JSON)', csv: 'Last ned resultater (CSV)', print: 'Skriv ut' },
};

/** The item detail (§8.5): every item the release rules show, with the strongest and weakest per scale. */
export const nbItems = {
  note: 'Spørsmålene vises ett for ett når nok av dem som er med i resultatene, har svart på dem. Verdien går fra 0 til 100 i samme retning som området. De sterkeste og svakeste spørsmålene viser hvilke handlinger som trekker området opp og ned.',
  strongest: 'Sterkest',
  weakest: 'Svakest',
  strongestList: 'Trekker opp',
  weakestList: 'Trekker ned',
  mean: 'Snitt {value} av 5',
  distribution: 'Svar fordelt: positive {favourable}, nøytrale {neutral}, negative {unfavourable}',
  cannotAnswer: '«{label}»: {count, plural, one {# person} other {# personer}} ({percent} %)',
  none: 'Ingen av spørsmålene på dette området kan vises ett for ett.',
};

/** The linking table as explanation: the zone a leadership tends to lead to beside the team's own. */
export const nbLinking = {
  same: 'Teamet er i {zone}, der team som ledes slik, gjerne havner. Ledelsen og kulturen henger sammen slik modellen beskriver.',
  different: 'Team som ledes slik, havner gjerne i {expected}, men dette teamet er i {zone}.',
  withinUncertainty:
    'Team som ledes slik, havner gjerne i {expected}. Dette teamet ligger på en grense, og {expected} er en av sonene det kan være i.',
  supportWithoutSafety:
    'Teamet gir relasjonsledelsen en høy score, men opplever mindre trygghet enn det skulle tilsi. Noe annet enn ledelsen kan holde tryggheten nede: press utenfra, friksjon mellom kolleger eller tidligere erfaringer. Spør teamet hva som gjør det vanskelig å si fra.',
  safetyWithoutSupport:
    'Teamet opplever trygghet selv om relasjonsledelsen får en lav score. Tryggheten kan hvile mer på kollegene enn på lederen. Bygg videre på den, og ikke overlat den til tilfeldighetene.',
  demandsWithoutStandard:
    'Systemledelsen får en høy score, men teamet opplever ikke en tydelig standard. Kravene blir kanskje ikke fulgt opp, eller de gjelder ikke alle likt.',
  standardWithoutDemands:
    'Teamet opplever en høy standard selv om systemledelsen får en lav score. Standarden kan komme fra teamet selv eller utenfra, for eksempel fra mål og kunder. Forankre den i tydelige forventninger og fast oppfølging.',
};

/** The change since the previous round of the same unit. */
export const nbPrevious = {
  intro: 'Sammenlignet med {round}.',
  introUnnamed: 'Sammenlignet med forrige runde.',
  note: 'De to rundene har ulike deltakere og regnes hver for seg. En endring er tydelig når den er større enn usikkerheten i de to målingene ({confidence} %); ellers står det «ingen tydelig endring».',
  clearCount:
    '{count, plural, =0 {Ingen områder har endret seg tydelig.} one {# område har endret seg tydelig.} other {# områder har endret seg tydelig.}}',
  up: 'Opp {value, plural, one {# poeng} other {# poeng}}',
  down: 'Ned {value, plural, one {# poeng} other {# poeng}}',
  unclear: 'Ingen tydelig endring',
  change: '{sign}{value, plural, one {# poeng} other {# poeng}}',
  interval: 'Intervall {low} til {high}',
  zoneSame: 'Teamet er fortsatt i {zone}.',
  zoneMoved: 'Teamet har flyttet seg fra {from} til {to}.',
  zoneMovedUnclear: 'Teamet ligger nå i {to} og lå sist i {from}, men flyttingen er innenfor usikkerheten.',
  notComparable:
    'Forrige runde brukte et annet spørreskjema ({id}, versjon {version}), så resultatene kan ikke sammenlignes.',
  suppressed: 'Forrige runde viste ingen resultater for denne enheten, så det er ingenting å sammenligne med.',
};

/** The department view: the units below the report's unit. */
export const nbDepartment = {
  note: 'Avdelingens eget punkt på kartet er regnet ut fra alle som svarte i avdelingen, ikke fra et snitt av teamene.',
  spread: '{count, plural, one {# team vises} other {# team vises}}: {zones}.',
  zoneIn: '{count} i {zone}',
  noneShown: 'Ingen av teamene kan vises.',
  hidden: '{count, plural, one {# team vises ikke} other {# team vises ikke}}, slik at ingen kan kjennes igjen.',
  borderline: 'på grensen',
  rate: '{percent} %',
};

/** Why a result is not shown (ANONYMITY.md R1–R5): said to the reader instead of a figure. */
export const nbHidden = {
  unit: {
    'below-threshold': 'Færre enn {required} har svart, så ingen resultater vises.',
    differencing: 'Resultatene vises ikke, slik at ingen kan kjennes igjen ved å sammenligne med andre grupper.',
    ledger:
      'Resultatene vises ikke på nytt med andre deltakere enn sist, slik at ingen kan kjennes igjen ved å sammenligne de to.',
  },
  figure: {
    'below-threshold': 'Vises ikke: færre enn {required} har svart på dette.',
    'comparable-sets':
      'Vises ikke: noen få av dem som er med i resultatene, svarte ikke på dette, og en sammenligning med de andre resultatene kunne avsløre svarene deres.',
    differencing: 'Vises ikke: trekker man fra gruppene under, blir det igjen færre enn {required} personer.',
    ledger: 'Vises ikke: det ville skilt seg fra en tidligere rapport med færre enn {required} personer.',
  },
  sensitivity:
    'Resultatene uten de flaggede svarene vises bare når minst {required} svar er flagget og minst {required} ikke er det.',
  items: 'Noen spørsmål sammenlignes ikke enkeltvis, slik at ingen kan kjennes igjen.',
};

export const nb = {
  scales: nbScales,
  zones: nbZones,
  zoneMap: nbZoneMap,
  levers: nbLevers,
  balance: nbBalance,
  styles: nbStyles,
  pressure: nbPressure,
  styleReasons: nbStyleReasons,
  observations: nbObservations,
  diagnosis: nbDiagnosis,
  characteristics: nbCharacteristics,
  gapLabels: nbGapLabels,
  agreement: nbAgreement,
  bands: nbBands,
  advice: nbAdvice,
  adviceReasons: nbAdviceReasons,
  report: nbReport,
  hidden: nbHidden,
  items: nbItems,
  linking: nbLinking,
  previous: nbPrevious,
  department: nbDepartment,
};

/** The shape every locale's messages must have, derived from the source locale. */
export type Messages = typeof nb;
