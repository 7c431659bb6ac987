import type { Messages } from './nb.js';

/** Every product text of @balanse/core in Swedish. Keys mirror `nb` exactly. */

export const svScales: Messages['scales'] = {
  relation: {
    name: 'Relationsledarskap',
    term: 'relationsledarskap',
    short: 'Relation',
    description: 'Att se människan bakom säljaren: förtroende, trygghet, mening och uppskattning av insatser.',
  },
  system: {
    name: 'Systemledarskap',
    term: 'systemledarskap',
    short: 'System',
    description: 'Att skapa struktur och ställa krav: tydliga förväntningar, analys, konkret återkoppling och rutiner.',
  },
  administration: {
    name: 'Administration',
    term: 'administration',
    short: 'Administration',
    description:
      'Grunden: överblick över läget och nyckeltalen, ett bra informationsflöde och överenskommelser som hålls.',
  },
  safety: {
    name: 'Upplevd trygghet',
    term: 'upplevd trygghet',
    short: 'Trygghet',
    description: 'Teamet kan göra misstag, säga vad de tycker och be om hjälp utan att det kostar dem något.',
  },
  standard: {
    name: 'Upplevd standard',
    term: 'upplevd standard',
    short: 'Standard',
    description: 'Teamet märker att det ställs krav på riktigt och att insats och resultat spelar roll.',
  },
};

export const svZones: Messages['zones'] = {
  apathy: {
    name: 'Apatizonen',
    term: 'apatizonen',
    meaning: 'Låg trygghet och låga krav: likgiltighet, ingen bryr sig.',
  },
  comfort: {
    name: 'Komfortzonen',
    term: 'komfortzonen',
    meaning: 'Hög trygghet och låga krav: trivsel utan utveckling. Den farligaste zonen, eftersom den känns bra.',
  },
  stress: {
    name: 'Stresszonen',
    term: 'stresszonen',
    meaning: 'Låg trygghet och höga krav: press, utbrändhet och hög personalomsättning.',
  },
  performance: {
    name: 'Prestationszonen',
    term: 'prestationszonen',
    meaning: 'Hög trygghet och höga krav: utveckling, känslan av att lyckas och starka resultat. Målet.',
  },
};

export const svZoneMap: Messages['zoneMap'] = {
  title: 'Prestationszonsmodellen',
  xAxis: 'Upplevd trygghet',
  yAxis: 'Upplevd standard',
  low: 'Låg',
  high: 'Hög',
  team: 'Teamet',
  self: 'Chefens egen placering',
  cut: 'Gräns vid {cut}',
  interval: '{confidence}-procentigt intervall',
  clear: 'Teamet befinner sig i {zone}.',
  borderline: 'Teamet befinner sig på gränsen mellan {a} och {b}.',
  centre: 'Teamet ligger nära kartans mitt; alla fyra zoner är möjliga.',
  split: 'Teamet är splittrat när det gäller {axis}.',
  point: '{axis}: {value} (intervall {low}–{high})',
  selfPoint: 'Chefen placerar teamet i {zone}.',
};

export const svLevers: Messages['levers'] = {
  relation: 'Relationsledarskap',
  system: 'Systemledarskap',
  administration: 'Administration',
  both: 'Båda sidor',
};

export const svBalance: Messages['balance'] = {
  title: 'Balansbrädan',
  foundation: {
    solid: 'Grunden är på plats: administrationen bär upp brädan.',
    weak: 'Grunden är svag. Utan administration finns det inget att balansera på, så börja här.',
  },
  lean: {
    relation: 'Brädan lutar åt relation: teamet upplever mer stöd än krav.',
    system: 'Brädan lutar åt system: teamet upplever mer krav än stöd.',
    balanced: 'Brädan är i balans mellan relation och system.',
  },
  force: {
    strong: 'Trycket är starkt på båda sidor.',
    light: 'Trycket är lätt på båda sidor; brädan är platt och stel.',
    uneven: 'Trycket är ojämnt: den ena sidan är stark, den andra svag.',
  },
  profile: {
    A: {
      name: 'Profil A: den naturliga relationsledaren',
      text: 'Omtyckt av teamet, men svåra samtal och resultat tas sällan upp direkt. Priset är en avdelning som trivs men står still, och duktiga säljare som slutar.',
    },
    B: {
      name: 'Profil B: den naturliga systemledaren',
      text: 'Analytisk och strukturerad med tydliga förväntningar, men säljarna känner sig inte sedda och upplever återkoppling som kritik. Priset är ett skört förtroende och hög personalomsättning.',
    },
  },
  expectedZone: 'Team som leds så här hamnar ofta i {zone}.',
  tilt: 'Lutning (relation minus system): {value, plural, one {# poäng} other {# poäng}}',
};

export const svStyles: Messages['styles'] = {
  instructing: {
    name: 'Instruerande',
    situation: 'Ny och osäker',
    how: 'Visa hur, dela upp uppgiften och följ upp tätt. Mycket stöd, och kraven införs stegvis.',
    phrases: [
      'Jag visar dig hur jag gör, sedan tar du nästa samtal själv.',
      'Vi tar en sak i taget. På fredag går vi igenom veckan tillsammans.',
      'Ring mig efter mötet, så tittar vi på vad som fungerade.',
    ],
  },
  direct: {
    name: 'Direkt',
    situation: 'Kompetent men omotiverad',
    how: 'Säg vad du ser, fråga vad som står i vägen och lyssna. Mer relation än system.',
    phrases: [
      'Jag vet att du klarar det här. Vad är det som håller dig tillbaka just nu?',
      'Jag ser att dina siffror har gått ner. Hur mår du egentligen?',
      'Vad behöver du av mig för att hitta glädjen i jobbet igen?',
    ],
  },
  delegating: {
    name: 'Delegerande',
    situation: 'Kompetent och självgående',
    how: 'Låt säljaren äga uppgiften, be om förslag och justera tillsammans. Balanserat tryck: lika mycket relation som system.',
    phrases: [
      'Det här är ditt ansvar. Kom med ett förslag, så justerar vi det tillsammans.',
      'Hur vill du lägga upp kvartalet? Jag ställer gärna upp som bollplank.',
      'Du bestämmer hur, så stämmer vi av en kort stund varannan vecka.',
    ],
  },
  challenging: {
    name: 'Utmanande',
    situation: 'Erfaren men i komfortzonen',
    how: 'Sätt tydliga förväntningar, ge konkret återkoppling och kräv att personen tar ansvar. Mer system.',
    phrases: [
      'Du levererar helt okej, men jag vet att du kan mer. Vad är nästa nivå för dig?',
      'Ditt mål är högre det här kvartalet. Nu bestämmer vi tillsammans hur du ska nå det.',
      'Vad krävs för att du ska bli bäst i teamet på att vinna nya kunder?',
    ],
  },
};

export const svPressure: Messages['pressure'] = 'Tryck: {relation} % relation, {system} % system';

export const svStyleReasons: Messages['styleReasons'] = {
  'competence-low': 'Kompetensen räcker ännu inte till för uppgiften.',
  'competence-high': 'Kompetensen är hög.',
  'commitment-low': 'Motivationen eller självförtroendet brister.',
  'commitment-high': 'Motivationen och självförtroendet är höga.',
  'new-in-role': 'Ny i rollen: behöver bli sedd och inkluderad.',
  'comfort-zone': 'Presterar under sin egen nivå och tycker själv att det går bra.',
  'comfort-not-will':
    'Den låga motivationen tolkas som bekvämlighet, inte som ett viljeproblem: det är standarden som behöver höjas.',
  'below-level': 'Presterar under sin egen nivå utan känd orsak: mer relation, för att hitta orsaken tillsammans.',
  'below-level-explained': 'Presterar under sin egen nivå, och orsaken står ovan.',
  'low-energy': 'Låg energi eller trygghet: trycket flyttas mot relation.',
  'weak-foundation': 'Teamets administrativa grund är svag.',
};

export const svObservations: Messages['observations'] = {
  competence: { name: 'Kompetens', cause: 'Saknar färdigheter eller kunskap.' },
  will: { name: 'Vilja och ansvar', cause: 'Låg motivation eller undviker ansvar.' },
  structure: { name: 'Struktur', cause: 'System, rutiner eller överblick brister.' },
  energy: { name: 'Energi och trygghet', cause: 'Utmattad, otrygg eller överväldigad.' },
};

export const svDiagnosis: Messages['diagnosis'] = '{observation} pekar mot {lever}.';

export const svCharacteristics: Messages['characteristics'] = {
  clearExpectations: {
    name: 'Tydliga förväntningar',
    term: 'tydliga förväntningar',
    description: 'Alla vet vad som förväntas. Otydliga förväntningar är chefens misstag.',
  },
  continuousFeedback: {
    name: 'Löpande återkoppling',
    term: 'löpande återkoppling',
    description: 'Återkoppling är ett arbetsverktyg i vardagen, inte en årlig händelse.',
  },
  personalAccountability: {
    name: 'Personligt ansvar',
    term: 'personligt ansvar',
    description: 'Var och en tar ansvar för sitt eget arbetssätt, och det är tryggt att göra det.',
  },
  safetyAndStandard: {
    name: 'Trygghet och standard',
    term: 'trygghet och standard',
    description:
      'Båda måste finnas på plats: du kan misslyckas utan att det definierar dig, och standarden gäller alla.',
  },
  systematicFollowUp: {
    name: 'Systematisk uppföljning',
    term: 'systematisk uppföljning',
    description: 'Regelbundet och förutsägbart ledarskap: omtanke som blir konkret, inte kontroll.',
  },
};

export const svGapLabels: Messages['gapLabels'] = {
  'blind-spot': {
    name: 'Blind fläck',
    text: 'Du skattar dig själv högre än teamet gör.',
  },
  'hidden-strength': {
    name: 'Dold styrka',
    text: 'Teamet skattar dig högre än du själv gör.',
  },
  'agreement-strong': {
    name: 'Överens – styrka',
    text: 'Du och teamet ser likadant på det, och nivån är hög.',
  },
  'agreement-development': {
    name: 'Överens – utvecklingsområde',
    text: 'Du och teamet ser likadant på det, och här finns utrymme för utveckling.',
  },
};

export const svAgreement: Messages['agreement'] = {
  high: 'Svaren ligger nära varandra.',
  low: 'Svaren spretar: i genomsnitt skiljer de sig {ad} steg från teamets medelvärde.',
  polarised: 'Teamet ser olika på det här: en del svarar positivt och en del negativt.',
};

export const svBands: Messages['bands'] = {
  favourable: 'Positiva',
  neutral: 'Neutrala',
  unfavourable: 'Negativa',
};

export const svAdvice: Messages['advice'] = {
  'weak-foundation': {
    title: 'Lägg grunden först',
    text: 'Skaffa dig en löpande överblick över läget och nyckeltalen, kommunicera förväntningar tydligt och se till att det som lovas också blir av.',
  },
  'light-pressure': {
    title: 'Tryck hårdare på båda sidor',
    text: 'Lätt tryck på båda sidor ger en platt bräda. Var tydligare både i stödet och i kraven; de bästa cheferna trycker hårt på båda sidor samtidigt.',
  },
  'low-energy-or-friction': {
    title: 'Mer relationsledarskap: bygg trygghet',
    text: 'Teamet upplever låg trygghet eller är splittrat. Gör det tryggt att säga vad man tycker, be om hjälp och prova nytt, och ta tag i konflikter tidigt.',
  },
  trust: {
    title: 'Mer relationsledarskap: bygg förtroende',
    text: 'Förtroendet har gått förlorat eller har aldrig byggts upp. Var öppen, håll det du lovar och se var och en, inte bara siffrorna.',
  },
  'seen-as-individuals': {
    title: 'Se var och en',
    text: 'Teamet upplever ditt relationsledarskap väldigt olika. Ta reda på vem som inte känner sig sedd och vad just de motiveras av.',
  },
  'unclear-expectations': {
    title: 'Mer systemledarskap: gör förväntningarna tydliga',
    text: 'Säljarna är osäkra på vad som faktiskt förväntas. Beskriv hur bra arbete ser ut: vilka resultat, vilket beteende och vilken insats du förväntar dig.',
  },
  'missing-structure': {
    title: 'Mer systemledarskap: bygg struktur för uppföljning',
    text: 'Det saknas struktur kring uppföljning och återkoppling. Inför en fast rytm med korta, konkreta samtal.',
  },
  'fine-without-numbers': {
    title: 'Mer systemledarskap: låt siffrorna visa vägen',
    text: 'Teamet upplever lite systemledarskap: få tydliga krav, lite analys av resultaten och lite konkret återkoppling. Då är det lätt att tro att det går bra utan att siffrorna visar det. Gå regelbundet igenom resultat och mönster tillsammans med teamet, och koppla återkopplingen till dem.',
  },
  'drift-to-wellbeing': {
    title: 'Mer systemledarskap: trivsel behöver krav',
    text: 'Kulturen har glidit mot trivsel utan krav. Behåll tryggheten, men höj standarden och följ upp resultaten.',
  },
  'fair-standards': {
    title: 'Krav som gäller alla, rättvist',
    text: 'Teamet upplever kraven väldigt olika. Se till att samma standard gäller för alla och följs upp på samma sätt.',
  },
};

export const svAdviceReasons: Messages['adviceReasons'] = {
  'below-cut': 'Värdet för {statistic} är {value}, under gränsen på {cut}.',
  split: 'Teamet är splittrat när det gäller {statistic}.',
  comfort: 'Tryggheten är hög, men värdet för {statistic} är {value}, under gränsen på {cut}.',
};

export const svReport: Messages['report'] = {
  title: 'Ledarskap i balans',
  subtitle: 'Rapport för {team}',
  audience: {
    team: 'Kan delas med teamet.',
    leader: 'Innehåller chefens privata del. Dela inte den här versionen med teamet.',
  },
  sections: {
    headline: 'Huvudresultat',
    zone: 'Kulturzon',
    balance: 'Ledarskap i balans',
    linking: 'Ledarskap och kultur',
    scales: 'Resultat per område',
    items: 'Fråga för fråga',
    previous: 'Förändring sedan förra omgången',
    gaps: 'Chef och team',
    characteristics: 'Fem kännetecken på en prestationskultur',
    advice: 'Vad modellen rekommenderar',
    participation: 'Deltagande',
    flags: 'Datakvalitet',
    private: 'Endast för chefen: kommunikationsstil per säljare',
    department: 'Avdelningen',
  },
  headlineBalance: {
    weak: 'Grunden är svag, så administrationen måste komma på plats innan balansen justeras.',
    relation: 'Brädan lutar åt relation (profil A): mer stöd än krav.',
    system: 'Brädan lutar åt system (profil B): mer krav än stöd.',
    strong: 'Brädan är i balans, med starkt tryck på båda sidor.',
    light: 'Brädan är i balans, men med lätt tryck på båda sidor.',
    uneven: 'Brädan är i balans, men trycket är ojämnt fördelat mellan sidorna.',
  },
  participation: '{responded} av {invited} svarade.',
  participationUnknown: '{responded} svarade.',
  incomplete:
    '{count, plural, one {# enkätsvar var för ofullständigt} other {# enkätsvar var för ofullständiga}} för att ge resultat. {count, plural, one {Det är sparat} other {De är sparade}} men ingår inte i siffrorna.',
  suppressed:
    'Resultaten visas när minst {required, plural, one {# person} other {# personer}} har svarat. Innan dess visas inga siffror, så att ingen enskild person kan identifieras.',
  score: '{value} av 100',
  interval: 'Intervall {low}–{high}',
  intervalHelp:
    'Intervallet visar var teamets värde troligen ligger ({confidence} %). Ju färre svar, desto bredare intervall.',
  respondents: '{n, plural, one {# svar} other {# svar}}',
  missing: '{percent} % av svaren saknas inom det här området.',
  selfNote:
    'Chefens självskattning räknas aldrig in i teamets resultat. Relationsledarskap, systemledarskap och administration är teamets skattning av chefen; upplevd trygghet och upplevd standard beskriver klimatet i teamet.',
  gapHeader: { scale: 'Område', self: 'Chef', team: 'Team', gap: 'Skillnad', label: 'Tolkning' },
  gapValue: '{value, plural, one {# poäng} other {# poäng}}',
  itemGapsHigher: 'Störst skillnad: du skattar dig själv högre än teamet gör',
  itemGapsLower: 'Störst skillnad: teamet skattar dig högre än du själv gör',
  characteristicsNote:
    'Beskrivande index som ännu inte är validerade; använd dem som samtalsunderlag, inte som huvudsiffror.',
  characteristicPresent: 'På plats',
  characteristicDevelop: 'Utvecklingsområde',
  noAdvice: 'Resultaten pekar inte mot någon särskild justering. Håll uppe trycket på båda sidor.',
  flags:
    '{flagged, plural, one {# enkätsvar har ett mönster som kan tyda på att det fyllts i utan eftertanke} other {# enkätsvar har mönster som kan tyda på att de fyllts i utan eftertanke}}. {flagged, plural, one {Det ingår} other {De ingår}} i resultaten.',
  sensitivity: 'Utan dessa enkätsvar: {details}.',
  noFlags: 'Inga enkätsvar är flaggade.',
  privateNotice:
    'Den här delen är privat för chefen. Den sparas bara där du själv väljer och ska inte delas med teamet.',
  seller: 'Säljare',
  style: 'Stil',
  reasons: 'Motivering',
  phrases: 'Exempel på vad du kan säga',
  lever: 'Justera mot',
  unitZone: '{unit}: {zone}',
  generated: 'Skapad {date}',
  instrument: 'Enkät {id}, version {version}',
  versionNote:
    'Enkäten har ändrats sedan förra omgången ({from} → {to}): {changed, plural, one {# fråga har} other {# frågor har}} skrivits om eller bytts ut. Se därför förändringen som en fingervisning.',
  download: { json: 'Ladda ner resultat (JSON)', csv: 'Ladda ner resultat (CSV)', print: 'Skriv ut' },
};

export const svItems: Messages['items'] = {
  note: 'Frågorna visas en och en när tillräckligt många av dem som ingår i resultaten har svarat på dem. Värdet går från 0 till 100 i samma riktning som området. De starkaste och svagaste frågorna visar vilka beteenden som drar området uppåt och nedåt.',
  strongest: 'Starkast',
  weakest: 'Svagast',
  strongestList: 'Drar uppåt',
  weakestList: 'Drar nedåt',
  mean: 'Medel {value} av 5',
  distribution: 'Svaren fördelade: positiva {favourable}, neutrala {neutral}, negativa {unfavourable}',
  cannotAnswer: '”{label}”: {count, plural, one {# person} other {# personer}} ({percent} %)',
  none: 'Ingen av frågorna inom det här området kan visas en och en.',
};

export const svLinking: Messages['linking'] = {
  same: 'Teamet befinner sig i {zone}, där team som leds så här ofta hamnar. Ledarskapet och kulturen hänger ihop så som modellen beskriver.',
  different: 'Team som leds så här hamnar ofta i {expected}, men det här teamet befinner sig i {zone}.',
  withinUncertainty:
    'Team som leds så här hamnar ofta i {expected}. Det här teamet ligger på en gräns, och {expected} är en av zonerna det kan befinna sig i.',
  supportWithoutSafety:
    'Teamet ger relationsledarskapet ett högt värde, men upplever mindre trygghet än det borde innebära. Något annat än ledarskapet kan hålla tryggheten nere: tryck utifrån, friktion mellan kollegor eller tidigare erfarenheter. Fråga teamet vad som gör det svårt att säga vad man tycker.',
  safetyWithoutSupport:
    'Teamet upplever trygghet trots att relationsledarskapet får ett lågt värde. Tryggheten kan vila mer på kollegorna än på chefen. Bygg vidare på den i stället för att lämna den åt slumpen.',
  demandsWithoutStandard:
    'Systemledarskapet får ett högt värde, men teamet upplever ingen tydlig standard. Kraven kanske inte följs upp, eller gäller inte alla lika.',
  standardWithoutDemands:
    'Teamet upplever en hög standard trots att systemledarskapet får ett lågt värde. Standarden kan komma från teamet självt eller utifrån, till exempel från mål och kunder. Förankra den i tydliga förväntningar och regelbunden uppföljning.',
};

export const svPrevious: Messages['previous'] = {
  intro: 'Jämfört med {round}.',
  introUnnamed: 'Jämfört med förra omgången.',
  note: 'De två omgångarna har olika deltagare och räknas var för sig. En förändring är tydlig när den är större än osäkerheten i de två mätningarna ({confidence} %); annars står det ”ingen tydlig förändring”.',
  clearCount:
    '{count, plural, =0 {Inget område har förändrats tydligt.} one {# område har förändrats tydligt.} other {# områden har förändrats tydligt.}}',
  up: 'Upp {value, plural, one {# poäng} other {# poäng}}',
  down: 'Ned {value, plural, one {# poäng} other {# poäng}}',
  unclear: 'Ingen tydlig förändring',
  change: '{sign}{value, plural, one {# poäng} other {# poäng}}',
  interval: 'Intervall {low} till {high}',
  zoneSame: 'Teamet befinner sig fortfarande i {zone}.',
  zoneMoved: 'Teamet har flyttat sig från {from} till {to}.',
  zoneMovedUnclear: 'Teamet ligger nu i {to} och låg senast i {from}, men förflyttningen ligger inom osäkerheten.',
  notComparable: 'Förra omgången använde en annan enkät ({id}, version {version}), så resultaten kan inte jämföras.',
  suppressed: 'Förra omgången visade inga resultat för den här enheten, så det finns inget att jämföra med.',
};

export const svDepartment: Messages['department'] = {
  note: 'Avdelningens egen punkt på kartan räknas fram ur alla som svarade i avdelningen, inte ur ett medelvärde av teamen.',
  spread: '{count, plural, one {# team visas} other {# team visas}}: {zones}.',
  zoneIn: '{count} i {zone}',
  noneShown: 'Inget av teamen kan visas.',
  hidden: '{count, plural, one {# team visas inte} other {# team visas inte}}, så att ingen kan identifieras.',
  borderline: 'på gränsen',
  rate: '{percent} %',
};

/** Why a result is not shown (ANONYMITY.md R1–R5): said to the reader instead of a figure. */
export const svHidden: Messages['hidden'] = {
  unit: {
    'below-threshold': 'Färre än {required} har svarat, så inga resultat visas.',
    differencing: 'Resultaten visas inte, så att ingen kan identifieras genom en jämförelse med andra grupper.',
    ledger:
      'Resultaten visas inte på nytt med andra deltagare än förra gången, så att ingen kan identifieras genom att jämföra de två.',
  },
  figure: {
    'below-threshold': 'Visas inte: färre än {required} har svarat på detta.',
    'comparable-sets':
      'Visas inte: några få av dem som ingår i resultaten svarade inte på detta, och en jämförelse med de andra resultaten skulle kunna avslöja deras svar.',
    differencing: 'Visas inte: om grupperna under räknas bort återstår färre än {required} personer.',
    ledger: 'Visas inte: det skulle skilja sig från en tidigare rapport med färre än {required} personer.',
  },
  sensitivity:
    'Resultaten utan de flaggade svaren visas bara när minst {required} svar är flaggade och minst {required} inte är det.',
  items: 'Vissa frågor jämförs inte en och en, så att ingen kan identifieras.',
};

export const sv: Messages = {
  scales: svScales,
  zones: svZones,
  zoneMap: svZoneMap,
  levers: svLevers,
  balance: svBalance,
  styles: svStyles,
  pressure: svPressure,
  styleReasons: svStyleReasons,
  observations: svObservations,
  diagnosis: svDiagnosis,
  characteristics: svCharacteristics,
  gapLabels: svGapLabels,
  agreement: svAgreement,
  bands: svBands,
  advice: svAdvice,
  adviceReasons: svAdviceReasons,
  report: svReport,
  hidden: svHidden,
  items: svItems,
  linking: svLinking,
  previous: svPrevious,
  department: svDepartment,
};
