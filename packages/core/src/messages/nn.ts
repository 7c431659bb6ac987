import type { Messages } from './nb.js';

/** Every product text of @balanse/core in Norwegian nynorsk. Keys mirror `nb` exactly. */

export const nnScales: Messages['scales'] = {
  relation: {
    name: 'Relasjonsleiing',
    term: 'relasjonsleiing',
    short: 'Relasjon',
    description: 'Å sjå og løfte mennesket: tillit, tryggleik, meining og anerkjenning av innsats.',
  },
  system: {
    name: 'Systemleiing',
    term: 'systemleiing',
    short: 'System',
    description: 'Å skape struktur og stille krav: tydelege forventningar, analyse, konkret tilbakemelding og rutinar.',
  },
  administration: {
    name: 'Administrasjon',
    term: 'administrasjon',
    short: 'Administrasjon',
    description: 'Fundamentet: oversikt over status og nøkkeltal, god informasjonsflyt og avtalar som blir haldne.',
  },
  safety: {
    name: 'Opplevd tryggleik',
    term: 'opplevd tryggleik',
    short: 'Tryggleik',
    description: 'Teamet kan feile, seie frå og be om hjelp utan at det kostar dei noko.',
  },
  standard: {
    name: 'Opplevd standard',
    term: 'opplevd standard',
    short: 'Standard',
    description: 'Teamet merkar at det blir stilt reelle krav, og at innsats og resultat betyr noko.',
  },
};

export const nnZones: Messages['zones'] = {
  apathy: {
    name: 'Apatisona',
    term: 'apatisona',
    meaning: 'Låg tryggleik og låge krav: likegyldigheit, ingen bryr seg.',
  },
  comfort: {
    name: 'Komfortsona',
    term: 'komfortsona',
    meaning: 'Høg tryggleik og låge krav: trivsel utan vekst. Den farlegaste sona, fordi ho kjennest god.',
  },
  stress: {
    name: 'Stressona',
    term: 'stressona',
    meaning: 'Låg tryggleik og høge krav: press, utbrentheit og høg turnover.',
  },
  performance: {
    name: 'Prestasjonssona',
    term: 'prestasjonssona',
    meaning: 'Høg tryggleik og høge krav: vekst, meistring og sterke resultat. Målet.',
  },
};

export const nnZoneMap: Messages['zoneMap'] = {
  title: 'Prestasjonssonemodellen',
  xAxis: 'Opplevd tryggleik',
  yAxis: 'Opplevd standard',
  low: 'Låg',
  high: 'Høg',
  team: 'Teamet',
  self: 'Leiaren si eiga plassering',
  cut: 'Grense ved {cut}',
  interval: '{confidence} % intervall',
  clear: 'Teamet ligg i {zone}.',
  borderline: 'Teamet ligg på grensa mellom {a} og {b}.',
  centre: 'Teamet ligg nær midten av kartet; alle dei fire sonene er moglege.',
  split: 'Teamet er delt når det gjeld {axis}.',
  point: '{axis}: {value} (intervall {low}–{high})',
  selfPoint: 'Leiaren plasserer teamet i {zone}.',
};

export const nnLevers: Messages['levers'] = {
  relation: 'Relasjonsleiing',
  system: 'Systemleiing',
  administration: 'Administrasjon',
  both: 'Begge sider',
};

export const nnBalance: Messages['balance'] = {
  title: 'Balansebrettet',
  foundation: {
    solid: 'Fundamentet er på plass: administrasjonen ber brettet.',
    weak: 'Fundamentet er svakt. Utan administrasjon er det ingenting å balansere på, så start her.',
  },
  lean: {
    relation: 'Brettet hallar mot relasjon: teamet opplever meir støtte enn krav.',
    system: 'Brettet hallar mot system: teamet opplever meir krav enn støtte.',
    balanced: 'Brettet er i balanse mellom relasjon og system.',
  },
  force: {
    strong: 'Det blir pressa godt på begge sider.',
    light: 'Trykket er lett på begge sider; brettet er flatt og stivt.',
    uneven: 'Trykket er ujamt: den eine sida er sterk, den andre svak.',
  },
  profile: {
    A: {
      name: 'Profil A: den naturlege relasjonsleiaren',
      text: 'Godt likt av teamet, men vanskelege samtalar og resultat blir sjeldan tekne opp direkte. Prisen er ei avdeling som trivst, men står stille, og gode seljarar som sluttar.',
    },
    B: {
      name: 'Profil B: den naturlege systemleiaren',
      text: 'Analytisk og strukturert med tydelege forventningar, men seljarane kjenner seg ikkje sedde og opplever tilbakemeldingar som kritikk. Prisen er skjør tillit og høg turnover.',
    },
  },
  expectedZone: 'Team som blir leidde slik, hamnar gjerne i {zone}.',
  tilt: 'Helling (relasjon minus system): {value, plural, one {# poeng} other {# poeng}}',
};

export const nnStyles: Messages['styles'] = {
  instructing: {
    name: 'Instruerande',
    situation: 'Ny og usikker',
    how: 'Vis korleis, del opp oppgåva og følg tett opp. Mykje støtte, og krava kjem gradvis.',
    phrases: [
      'Eg viser deg korleis eg gjer det, så tek du den neste samtalen sjølv.',
      'Vi tek éin ting om gongen. På fredag går vi gjennom veka saman.',
      'Ring meg etter møtet, så ser vi på kva som fungerte.',
    ],
  },
  direct: {
    name: 'Direkte',
    situation: 'Kompetent, men umotivert',
    how: 'Sei det du ser, spør kva som står i vegen, og lytt. Meir relasjon enn system.',
    phrases: [
      'Eg veit at du får dette til. Kva er det som held deg att no?',
      'Eg ser at tala dine har gått ned. Korleis har du det eigentleg?',
      'Kva treng du frå meg for å finne att gleda i jobben?',
    ],
  },
  delegating: {
    name: 'Delegerande',
    situation: 'Kompetent og sjølvgåande',
    how: 'Gje eigarskap, be om forslag og juster saman. Balansert trykk: like mykje relasjon som system.',
    phrases: [
      'Dette er ditt. Kom med eit forslag, så justerer vi saman.',
      'Korleis vil du leggje opp kvartalet? Eg stiller gjerne som sparringpartnar.',
      'Du bestemmer korleis; vi tek ein kort statusprat annakvar veke.',
    ],
  },
  challenging: {
    name: 'Utfordrande',
    situation: 'Erfaren, men i komfortsona',
    how: 'Set tydelege forventningar, gje konkret tilbakemelding og ansvarleggjer. Meir system.',
    phrases: [
      'Du leverer godt nok, men eg veit at du kan meir. Kva er det neste nivået for deg?',
      'Målet ditt er høgare dette kvartalet. La oss bli einige om korleis du skal nå det.',
      'Kva skal til for at du blir den beste i teamet på nye kundar?',
    ],
  },
};

export const nnPressure: Messages['pressure'] = 'Trykk: {relation} % relasjon, {system} % system';

export const nnStyleReasons: Messages['styleReasons'] = {
  'competence-low': 'Kompetansen er enno ikkje høg nok for oppgåva.',
  'competence-high': 'Kompetansen er høg.',
  'commitment-low': 'Motivasjonen eller tryggleiken i rolla er låg.',
  'commitment-high': 'Motivasjonen og tryggleiken i rolla er høge.',
  'new-in-role': 'Ny i rolla: treng å bli sedd og inkludert.',
  'comfort-zone': 'Presterer under eige nivå og meiner sjølv at det går bra.',
  'comfort-not-will':
    'Den låge motivasjonen blir lesen som komfort, ikkje som eit viljeproblem: det er standarden som må opp.',
  'below-level': 'Presterer under eige nivå utan kjend årsak: meir relasjon, for å finne årsaka saman.',
  'below-level-explained': 'Presterer under eige nivå, og årsaka står over.',
  'low-energy': 'Lite energi eller tryggleik: trykket blir flytt mot relasjon.',
  'weak-foundation': 'Det administrative fundamentet i teamet er svakt.',
};

export const nnObservations: Messages['observations'] = {
  competence: { name: 'Kompetanse', cause: 'Manglar ferdigheiter eller kunnskap.' },
  will: { name: 'Vilje og ansvar', cause: 'Låg motivasjon eller unngår ansvar.' },
  structure: { name: 'Struktur', cause: 'System, rutinar eller oversikt sviktar.' },
  energy: { name: 'Energi og tryggleik', cause: 'Utmatta, utrygg eller overvelda.' },
};

export const nnDiagnosis: Messages['diagnosis'] = '{observation} peikar mot {lever}.';

export const nnCharacteristics: Messages['characteristics'] = {
  clearExpectations: {
    name: 'Tydelege forventningar',
    term: 'tydelege forventningar',
    description: 'Alle veit kva som er venta. Uklare forventningar er ein leiarfeil.',
  },
  continuousFeedback: {
    name: 'Løpande tilbakemelding',
    term: 'løpande tilbakemelding',
    description: 'Tilbakemelding er eit arbeidsverktøy i kvardagen, ikkje ei årleg hending.',
  },
  personalAccountability: {
    name: 'Personleg ansvar',
    term: 'personleg ansvar',
    description: 'Kvar einskild eig sin eigen prosess, og det er trygt å ta ansvar.',
  },
  safetyAndStandard: {
    name: 'Tryggleik og standard',
    term: 'tryggleik og standard',
    description: 'Begge må vere på plass: du kan feile utan at det definerer deg, og standarden gjeld alle.',
  },
  systematicFollowUp: {
    name: 'Systematisk oppfølging',
    term: 'systematisk oppfølging',
    description: 'Regelmessig og føreseieleg leiing: omsorg gjort konkret, ikkje kontroll.',
  },
};

export const nnGapLabels: Messages['gapLabels'] = {
  'blind-spot': {
    name: 'Blind flekk',
    text: 'Du vurderer deg sjølv høgare enn teamet gjer.',
  },
  'hidden-strength': {
    name: 'Skjult styrke',
    text: 'Teamet vurderer deg høgare enn du gjer sjølv.',
  },
  'agreement-strong': {
    name: 'Einige – styrke',
    text: 'Du og teamet ser likt på det, og nivået er høgt.',
  },
  'agreement-development': {
    name: 'Einige – utviklingsområde',
    text: 'Du og teamet ser likt på det, og her er det rom for utvikling.',
  },
};

export const nnAgreement: Messages['agreement'] = {
  high: 'Svara ligg nær kvarandre.',
  low: 'Svara er spreidde: i snitt skil dei seg {ad} trinn frå gjennomsnittet i teamet.',
  polarised: 'Teamet ser ulikt på dette: ein del svarar positivt og ein del negativt.',
};

export const nnBands: Messages['bands'] = {
  favourable: 'Positive',
  neutral: 'Nøytrale',
  unfavourable: 'Negative',
};

export const nnAdvice: Messages['advice'] = {
  'weak-foundation': {
    title: 'Legg fundamentet først',
    text: 'Skaff deg løpande oversikt over status og nøkkeltal, kommuniser forventningar tydeleg og syt for at det som blir lova, blir gjort.',
  },
  'light-pressure': {
    title: 'Press meir på begge sider',
    text: 'Lett trykk på begge sider gjev eit flatt brett. Ver tydelegare både når du støttar og når du stiller krav; dei beste leiarane pressar hardt på begge sider på same tid.',
  },
  'low-energy-or-friction': {
    title: 'Meir relasjonsleiing: bygg tryggleik',
    text: 'Teamet opplever lite tryggleik eller er delt. Gjer det trygt å seie frå, be om hjelp og prøve nye ting, og ta tak i friksjon tidleg.',
  },
  trust: {
    title: 'Meir relasjonsleiing: bygg tillit',
    text: 'Tilliten er tapt eller aldri bygd opp. Ver open, hald det du lovar, og sjå kvar einskild, ikkje berre tala.',
  },
  'seen-as-individuals': {
    title: 'Sjå kvar einskild',
    text: 'Teamet opplever relasjonsleiinga di svært ulikt. Finn ut kven som ikkje kjenner seg sedd, og kva som motiverer akkurat dei.',
  },
  'unclear-expectations': {
    title: 'Meir systemleiing: gjer forventningane tydelege',
    text: 'Seljarane er usikre på kva som faktisk er venta. Gjer det klart kva godt arbeid er, i resultat, åtferd og innsats.',
  },
  'missing-structure': {
    title: 'Meir systemleiing: bygg struktur for oppfølging',
    text: 'Det manglar struktur rundt oppfølging og tilbakemelding. Innfør ein fast rytme med korte, konkrete samtalar.',
  },
  'fine-without-numbers': {
    title: 'Meir systemleiing: la tala vise veg',
    text: 'Teamet opplever lite systemleiing: få tydelege krav, lite analyse av resultata og lite konkret tilbakemelding. Då er det lett å tru at det går bra utan at tala viser det. Gå gjennom resultat og mønster saman med teamet jamleg, og knyt tilbakemeldingane til dei.',
  },
  'drift-to-wellbeing': {
    title: 'Meir systemleiing: trivsel treng krav',
    text: 'Kulturen har glidd mot trivsel utan krav. Ta vare på tryggleiken, men hev standarden og følg opp resultata.',
  },
  'fair-standards': {
    title: 'Krav som gjeld alle, rettferdig',
    text: 'Teamet opplever krava svært ulikt. Syt for at dei same standardane gjeld alle, og at dei blir følgde opp likt.',
  },
};

export const nnAdviceReasons: Messages['adviceReasons'] = {
  'below-cut': 'Verdien for {statistic} er {value}, under grensa på {cut}.',
  split: 'Teamet er delt når det gjeld {statistic}.',
  comfort: 'Tryggleiken er høg, men verdien for {statistic} er {value}, under grensa på {cut}.',
};

export const nnReport: Messages['report'] = {
  title: 'Leiing i balanse',
  subtitle: 'Rapport for {team}',
  audience: {
    team: 'Kan delast med teamet.',
    leader: 'Inneheld den private delen til leiaren. Ikkje del denne versjonen med teamet.',
  },
  sections: {
    headline: 'Hovudfunn',
    zone: 'Kultursone',
    balance: 'Leiing i balanse',
    linking: 'Leiing og kultur',
    scales: 'Resultat per område',
    items: 'Spørsmål for spørsmål',
    previous: 'Endring sidan førre runde',
    gaps: 'Leiar og team',
    characteristics: 'Fem kjenneteikn på ein prestasjonskultur',
    advice: 'Kva modellen tilrår',
    participation: 'Deltaking',
    flags: 'Datakvalitet',
    private: 'Berre for leiaren: kommunikasjonsstil per seljar',
    department: 'Avdelinga',
  },
  headlineBalance: {
    weak: 'Fundamentet er svakt, så administrasjonen må kome på plass før balansen blir justert.',
    relation: 'Brettet hallar mot relasjon (profil A): meir støtte enn krav.',
    system: 'Brettet hallar mot system (profil B): meir krav enn støtte.',
    strong: 'Brettet er i balanse, med godt trykk på begge sider.',
    light: 'Brettet er i balanse, men med lett trykk på begge sider.',
    uneven: 'Brettet er i balanse, men trykket er ujamt fordelt mellom sidene.',
  },
  participation: '{responded} av {invited} svarte.',
  participationUnknown: '{responded} svarte.',
  incomplete:
    '{count, plural, one {# svar var for ufullstendig} other {# svar var for ufullstendige}} til å gje resultat. {count, plural, one {Det er lagra} other {Dei er lagra}}, men er ikkje med i tala.',
  suppressed:
    'Resultata blir viste når minst {required, plural, one {# person} other {# personar}} har svara. Til då blir ingen tal viste, slik at ingen enkeltperson kan kjennast att.',
  score: '{value} av 100',
  interval: 'Intervall {low}–{high}',
  intervalHelp:
    'Intervallet viser kvar verdien for teamet truleg ligg ({confidence} %). Di færre svar, di breiare er det.',
  respondents: '{n, plural, one {# svar} other {# svar}}',
  missing: '{percent} % av svara manglar på dette området.',
  selfNote:
    'Eigenvurderinga til leiaren blir aldri rekna med i resultata til teamet. Relasjonsleiing, systemleiing og administrasjon er vurderinga teamet gjer av leiaren; opplevd tryggleik og opplevd standard skildrar klimaet i teamet.',
  gapHeader: { scale: 'Område', self: 'Leiar', team: 'Team', gap: 'Skilnad', label: 'Tolking' },
  gapValue: '{value, plural, one {# poeng} other {# poeng}}',
  itemGapsHigher: 'Størst skilnad: du vurderer deg sjølv høgare enn teamet gjer',
  itemGapsLower: 'Størst skilnad: teamet vurderer deg høgare enn du gjer sjølv',
  characteristicsNote: 'Skildrande indeksar som enno ikkje er validerte; bruk dei i samtalar, ikkje som hovudtal.',
  characteristicPresent: 'På plass',
  characteristicDevelop: 'Utviklingsområde',
  noAdvice: 'Resultata peikar ikkje mot nokon bestemt justering. Hald trykket oppe på begge sider.',
  flags:
    '{flagged, plural, one {# svar har eit mønster} other {# svar har mønster}} som kan tyde på lite gjennomtenkt utfylling. {flagged, plural, one {Det er teke} other {Dei er tekne}} med i resultata.',
  sensitivity: 'Utan desse svara: {details}.',
  noFlags: 'Ingen svar er flagga.',
  privateNotice:
    'Denne delen er privat for leiaren. Innhaldet blir berre lagra der du sjølv vel, og skal ikkje delast med teamet.',
  seller: 'Seljar',
  style: 'Stil',
  reasons: 'Grunngjeving',
  phrases: 'Døme på kva du kan seie',
  lever: 'Juster mot',
  unitZone: '{unit}: {zone}',
  generated: 'Laga {date}',
  instrument: 'Spørjeskjema {id}, versjon {version}',
  versionNote:
    'Spørjeskjemaet er endra sidan førre runde ({from} → {to}): {changed, plural, one {# spørsmål er skrive om eller bytt ut} other {# spørsmål er skrivne om eller bytte ut}}. Les difor endringa som ein peikepinn.',
  download: { json: 'Last ned resultata (JSON)', csv: 'Last ned resultata (CSV)', print: 'Skriv ut' },
};

export const nnItems: Messages['items'] = {
  note: 'Spørsmåla blir viste eitt for eitt når nok av dei som er med i resultata, har svart på dei. Verdien går frå 0 til 100 i same retning som området. Dei sterkaste og svakaste spørsmåla viser kva handlingar som trekkjer området opp og ned.',
  strongest: 'Sterkast',
  weakest: 'Svakast',
  strongestList: 'Trekkjer opp',
  weakestList: 'Trekkjer ned',
  mean: 'Snitt {value} av 5',
  distribution: 'Svar fordelte: positive {favourable}, nøytrale {neutral}, negative {unfavourable}',
  cannotAnswer: '«{label}»: {count, plural, one {# person} other {# personar}} ({percent} %)',
  none: 'Ingen av spørsmåla på dette området kan visast eitt for eitt.',
};

export const nnLinking: Messages['linking'] = {
  same: 'Teamet er i {zone}, der team som blir leidde slik, gjerne hamnar. Leiinga og kulturen heng saman slik modellen skildrar.',
  different: 'Team som blir leidde slik, hamnar gjerne i {expected}, men dette teamet er i {zone}.',
  withinUncertainty:
    'Team som blir leidde slik, hamnar gjerne i {expected}. Dette teamet ligg på ei grense, og {expected} er ei av sonene det kan vere i.',
  supportWithoutSafety:
    'Teamet gjev relasjonsleiinga ein høg skår, men opplever mindre tryggleik enn det skulle tilseie. Noko anna enn leiinga kan halde tryggleiken nede: press utanfrå, friksjon mellom kollegaer eller tidlegare erfaringar. Spør teamet kva som gjer det vanskeleg å seie frå.',
  safetyWithoutSupport:
    'Teamet opplever tryggleik sjølv om relasjonsleiinga får ein låg skår. Tryggleiken kan kvile meir på kollegaene enn på leiaren. Bygg vidare på han, og ikkje overlat han til tilfeldigheitene.',
  demandsWithoutStandard:
    'Systemleiinga får ein høg skår, men teamet opplever ikkje ein tydeleg standard. Krava blir kanskje ikkje følgde opp, eller dei gjeld ikkje alle likt.',
  standardWithoutDemands:
    'Teamet opplever ein høg standard sjølv om systemleiinga får ein låg skår. Standarden kan kome frå teamet sjølv eller utanfrå, til dømes frå mål og kundar. Forankre han i tydelege forventningar og fast oppfølging.',
};

export const nnPrevious: Messages['previous'] = {
  intro: 'Samanlikna med {round}.',
  introUnnamed: 'Samanlikna med førre runde.',
  note: 'Dei to rundane har ulike deltakarar og blir rekna kvar for seg. Ei endring er tydeleg når ho er større enn uvissa i dei to målingane ({confidence} %); elles står det «inga tydeleg endring».',
  clearCount:
    '{count, plural, =0 {Ingen område har endra seg tydeleg.} one {# område har endra seg tydeleg.} other {# område har endra seg tydeleg.}}',
  up: 'Opp {value, plural, one {# poeng} other {# poeng}}',
  down: 'Ned {value, plural, one {# poeng} other {# poeng}}',
  unclear: 'Inga tydeleg endring',
  change: '{sign}{value, plural, one {# poeng} other {# poeng}}',
  interval: 'Intervall {low} til {high}',
  zoneSame: 'Teamet er framleis i {zone}.',
  zoneMoved: 'Teamet har flytt seg frå {from} til {to}.',
  zoneMovedUnclear: 'Teamet ligg no i {to} og låg sist i {from}, men flyttinga er innanfor uvissa.',
  notComparable:
    'Førre runde brukte eit anna spørjeskjema ({id}, versjon {version}), så resultata kan ikkje samanliknast.',
  suppressed: 'Førre runde viste ingen resultat for denne eininga, så det er ingenting å samanlikne med.',
};

export const nnDepartment: Messages['department'] = {
  note: 'Punktet til avdelinga på kartet er rekna ut frå alle som svarte i avdelinga, ikkje frå eit snitt av teama.',
  spread: '{count, plural, one {# team blir vist} other {# team blir viste}}: {zones}.',
  zoneIn: '{count} i {zone}',
  noneShown: 'Ingen av teama kan visast.',
  hidden:
    '{count, plural, one {# team blir ikkje vist} other {# team blir ikkje viste}}, slik at ingen kan kjennast att.',
  borderline: 'på grensa',
  rate: '{percent} %',
};

/** Why a result is not shown (ANONYMITY.md R1–R5): said to the reader instead of a figure. */
export const nnHidden: Messages['hidden'] = {
  unit: {
    'below-threshold': 'Færre enn {required} har svart, så ingen resultat blir viste.',
    differencing: 'Resultata blir ikkje viste, slik at ingen kan kjennast att ved å samanlikne med andre grupper.',
    ledger:
      'Resultata blir ikkje viste på nytt med andre deltakarar enn sist, slik at ingen kan kjennast att ved å samanlikne dei to.',
  },
  figure: {
    'below-threshold': 'Blir ikkje vist: færre enn {required} har svart på dette.',
    'comparable-sets':
      'Blir ikkje vist: nokre få av dei som er med i resultata, svarte ikkje på dette, og ei samanlikning med dei andre resultata kunne avsløre svara deira.',
    differencing: 'Blir ikkje vist: trekkjer ein frå gruppene under, blir det att færre enn {required} personar.',
    ledger: 'Blir ikkje vist: det ville skilt seg frå ein tidlegare rapport med færre enn {required} personar.',
  },
  sensitivity:
    'Resultata utan dei flagga svara blir berre viste når minst {required} svar er flagga og minst {required} ikkje er det.',
  items: 'Nokre spørsmål blir ikkje samanlikna kvar for seg, slik at ingen kan kjennast att.',
};

export const nn: Messages = {
  scales: nnScales,
  zones: nnZones,
  zoneMap: nnZoneMap,
  levers: nnLevers,
  balance: nnBalance,
  styles: nnStyles,
  pressure: nnPressure,
  styleReasons: nnStyleReasons,
  observations: nnObservations,
  diagnosis: nnDiagnosis,
  characteristics: nnCharacteristics,
  gapLabels: nnGapLabels,
  agreement: nnAgreement,
  bands: nnBands,
  advice: nnAdvice,
  adviceReasons: nnAdviceReasons,
  report: nnReport,
  hidden: nnHidden,
  items: nnItems,
  linking: nnLinking,
  previous: nnPrevious,
  department: nnDepartment,
};
