import type { Messages } from './nb.js';

/** Every product text of @balanse/core in English. Keys mirror `nb` exactly. */

export const enScales: Messages['scales'] = {
  relation: {
    name: 'Relational leadership',
    term: 'relational leadership',
    short: 'Relational',
    description: 'Seeing the person behind the seller: trust, a sense of safety, meaning and recognition of effort.',
  },
  system: {
    name: 'System leadership',
    term: 'system leadership',
    short: 'System',
    description: 'Creating structure and making demands: clear expectations, analysis, concrete feedback and routines.',
  },
  administration: {
    name: 'Administration',
    term: 'administration',
    short: 'Administration',
    description:
      'The foundation: a clear view of where things stand and of the key numbers, information that flows, and agreements that are kept.',
  },
  safety: {
    name: 'Psychological safety',
    term: 'psychological safety',
    short: 'Safety',
    description: 'The team can make mistakes, speak up and ask for help without paying a price for it.',
  },
  standard: {
    name: 'Perceived standard',
    term: 'perceived standard',
    short: 'Standard',
    description: 'The team feels that the demands are real, and that effort and results matter.',
  },
};

export const enZones: Messages['zones'] = {
  apathy: {
    name: 'Apathy zone',
    term: 'apathy zone',
    meaning: 'Low safety and low demands: indifference, nobody cares.',
  },
  comfort: {
    name: 'Comfort zone',
    term: 'comfort zone',
    meaning: 'High safety and low demands: well-being without growth. The most dangerous zone, because it feels good.',
  },
  stress: {
    name: 'Stress zone',
    term: 'stress zone',
    meaning: 'Low safety and high demands: pressure, burnout and high turnover.',
  },
  performance: {
    name: 'Performance zone',
    term: 'performance zone',
    meaning: 'High safety and high demands: growth, mastery and strong results. The goal.',
  },
};

export const enZoneMap: Messages['zoneMap'] = {
  title: 'The performance zone model',
  xAxis: 'Psychological safety',
  yAxis: 'Perceived standard',
  low: 'Low',
  high: 'High',
  team: 'The team',
  self: 'The manager’s own placement',
  cut: 'Threshold: {cut}',
  interval: '{confidence}% interval',
  clear: 'The team is in the {zone}.',
  borderline: 'The team is on the border between the {a} and the {b}.',
  centre: 'The team is near the centre of the map; all four zones are possible.',
  split: 'The team is split on {axis}.',
  point: '{axis}: {value} (interval {low}–{high})',
  selfPoint: 'The manager places the team in the {zone}.',
};

export const enLevers: Messages['levers'] = {
  relation: 'Relational leadership',
  system: 'System leadership',
  administration: 'Administration',
  both: 'Both sides',
};

export const enBalance: Messages['balance'] = {
  title: 'The balance board',
  foundation: {
    solid: 'The foundation is in place: administration carries the board.',
    weak: 'The foundation is weak. Without administration there is nothing to balance on, so start here.',
  },
  lean: {
    relation: 'The board leans toward the relational side: the team experiences more support than demands.',
    system: 'The board leans toward the system side: the team experiences more demands than support.',
    balanced: 'The board is balanced between the relational and the system side.',
  },
  force: {
    strong: 'There is firm pressure on both sides.',
    light: 'The pressure is light on both sides; the board is flat and stiff.',
    uneven: 'The pressure is uneven: one side is strong, the other weak.',
  },
  profile: {
    A: {
      name: 'Profile A: the natural relational leader',
      text: 'Well liked by the team, but hard conversations and results are rarely raised directly. The cost: a department where people are happy but nothing moves forward, and good sellers who leave.',
    },
    B: {
      name: 'Profile B: the natural system leader',
      text: 'Analytical, structured and clear about expectations, but sellers don’t feel seen and hear feedback as criticism. The cost: fragile trust and high turnover.',
    },
  },
  expectedZone: 'Teams led like this tend to end up in the {zone}.',
  tilt: 'Tilt (relational minus system): {value, plural, one {# point} other {# points}}',
};

export const enStyles: Messages['styles'] = {
  instructing: {
    name: 'Instructing',
    situation: 'New and unsure',
    how: 'Show how, break the task down and follow up closely. Plenty of support, with demands brought in gradually.',
    phrases: [
      'I’ll show you how I do it, then you take the next call yourself.',
      'Let’s take one thing at a time. We’ll go through the week together on Friday.',
      'Call me after the meeting and we’ll look at what worked.',
    ],
  },
  direct: {
    name: 'Direct',
    situation: 'Competent but unmotivated',
    how: 'Say what you see, ask what’s in the way, and listen. More relational than system.',
    phrases: [
      'I know you can do this. What’s holding you back right now?',
      'I can see your numbers have dropped. How are you really doing?',
      'What do you need from me to get your drive back?',
    ],
  },
  delegating: {
    name: 'Delegating',
    situation: 'Competent and self-driven',
    how: 'Hand over ownership, ask for proposals and adjust together. Balanced pressure: as much relational as system.',
    phrases: [
      'This one’s yours. Bring me a proposal and we’ll fine-tune it together.',
      'How do you want to plan the quarter? I’m happy to be a sounding board.',
      'You decide how; let’s do a quick check-in every other week.',
    ],
  },
  challenging: {
    name: 'Challenging',
    situation: 'Experienced but in the comfort zone',
    how: 'Set clear expectations, give concrete feedback and hold them to account. More system.',
    phrases: [
      'You’re delivering well enough, but I know you can do more. What’s your next level?',
      'Your target’s higher this quarter. Let’s agree on how you’ll hit it.',
      'What would it take for you to be the best in the team at winning new customers?',
    ],
  },
};

export const enPressure: Messages['pressure'] = 'Pressure: {relation}% relational, {system}% system';

export const enStyleReasons: Messages['styleReasons'] = {
  'competence-low': 'Competence isn’t yet high enough for the task.',
  'competence-high': 'Competence is high.',
  'commitment-low': 'Motivation or confidence is low.',
  'commitment-high': 'Motivation and confidence are high.',
  'new-in-role': 'New in the role: needs to be seen and included.',
  'comfort-zone': 'Performing below their own level, and thinks it’s going fine.',
  'comfort-not-will':
    'The low motivation reads as comfort, not as a problem of will: it’s the standard that needs to rise.',
  'below-level':
    'Performing below their own level for no known reason: more relational pressure, to find the cause together.',
  'below-level-explained': 'Performing below their own level, for the reason above.',
  'low-energy': 'Low energy or safety: the pressure shifts toward the relational side.',
  'weak-foundation': 'The team’s administrative foundation is weak.',
};

export const enObservations: Messages['observations'] = {
  competence: { name: 'Competence', cause: 'Lacks skills or knowledge.' },
  will: { name: 'Will and responsibility', cause: 'Low motivation or avoids responsibility.' },
  structure: { name: 'Structure', cause: 'Systems, routines or the overview are failing.' },
  energy: { name: 'Energy and safety', cause: 'Exhausted, insecure or overwhelmed.' },
};

export const enDiagnosis: Messages['diagnosis'] = '{observation} points toward {lever}.';

export const enCharacteristics: Messages['characteristics'] = {
  clearExpectations: {
    name: 'Clear expectations',
    term: 'clear expectations',
    description: 'Everyone knows what’s expected. Unclear expectations are the manager’s mistake, not the seller’s.',
  },
  continuousFeedback: {
    name: 'Continuous feedback',
    term: 'continuous feedback',
    description: 'Feedback is an everyday working tool, not a yearly event.',
  },
  personalAccountability: {
    name: 'Personal accountability',
    term: 'personal accountability',
    description: 'Everyone owns how they work, not just the outcome, and it is safe to take responsibility.',
  },
  safetyAndStandard: {
    name: 'Safety and standard',
    term: 'safety and standard',
    description: 'Both must be in place: you can fail without it defining you, and the standard holds for everyone.',
  },
  systematicFollowUp: {
    name: 'Systematic follow-up',
    term: 'systematic follow-up',
    description: 'Regular, predictable leadership: care made concrete, not control.',
  },
};

export const enGapLabels: Messages['gapLabels'] = {
  'blind-spot': {
    name: 'Blind spot',
    text: 'You rate yourself higher than your team does.',
  },
  'hidden-strength': {
    name: 'Hidden strength',
    text: 'Your team rates you higher than you rate yourself.',
  },
  'agreement-strong': {
    name: 'In agreement – strength',
    text: 'You and your team see it the same way, and the level is high.',
  },
  'agreement-development': {
    name: 'In agreement – development area',
    text: 'You and your team see it the same way, and there is room to develop.',
  },
};

export const enAgreement: Messages['agreement'] = {
  high: 'The answers are close together.',
  low: 'The answers vary: on average they are {ad} steps from the team average.',
  polarised: 'The team sees this differently: some answer positively and some negatively.',
};

export const enBands: Messages['bands'] = {
  favourable: 'Positive',
  neutral: 'Neutral',
  unfavourable: 'Negative',
};

export const enAdvice: Messages['advice'] = {
  'weak-foundation': {
    title: 'Lay the foundation first',
    text: 'Keep a running view of where things stand and of the key numbers, communicate expectations clearly, and make sure what’s promised gets done.',
  },
  'light-pressure': {
    title: 'Press harder on both sides',
    text: 'Light pressure on both sides gives a flat board. Be clearer in both your support and your demands; the best managers press hard on both sides at once.',
  },
  'low-energy-or-friction': {
    title: 'More relational leadership: build safety',
    text: 'The team feels little safety, or is split. Make it safe to speak up, ask for help and try new things, and deal with friction early.',
  },
  trust: {
    title: 'More relational leadership: build trust',
    text: 'Trust has been lost or was never built. Be open, keep your promises, and see each person, not just the numbers.',
  },
  'seen-as-individuals': {
    title: 'See each person',
    text: 'Your team experiences your relational leadership very differently. Find out who doesn’t feel seen, and what motivates them in particular.',
  },
  'unclear-expectations': {
    title: 'More system leadership: make expectations clear',
    text: 'Sellers are unsure what is actually expected. Describe what good work looks like: the results, behaviour and effort you expect.',
  },
  'missing-structure': {
    title: 'More system leadership: build a structure for follow-up',
    text: 'Follow-up and feedback lack a structure. Set a regular rhythm of short, concrete conversations.',
  },
  'fine-without-numbers': {
    title: 'More system leadership: let the numbers lead',
    text: 'The team experiences little system leadership: few clear demands, little analysis of results and little concrete feedback. Then it’s easy to believe things are going fine without the numbers showing it. Go through results and patterns with the team regularly, and tie your feedback to them.',
  },
  'drift-to-wellbeing': {
    title: 'More system leadership: well-being needs demands',
    text: 'The culture has drifted toward well-being without demands. Keep the safety, but raise the standard and follow up on results.',
  },
  'fair-standards': {
    title: 'Demands that hold for everyone, fairly',
    text: 'The team experiences the demands very differently. Make sure the same standards apply to everyone and are followed up the same way.',
  },
};

export const enAdviceReasons: Messages['adviceReasons'] = {
  'below-cut': 'The score for {statistic} is {value}, below the threshold of {cut}.',
  split: 'The team is split on {statistic}.',
  comfort: 'Safety is high, but the score for {statistic} is {value}, below the threshold of {cut}.',
};

export const enReport: Messages['report'] = {
  title: 'Leadership in balance',
  subtitle: 'Report for {team}',
  audience: {
    team: 'Safe to share with the team.',
    leader: 'Contains the manager’s private section. Don’t share this version with the team.',
  },
  sections: {
    headline: 'Key findings',
    zone: 'Culture zone',
    balance: 'Leadership in balance',
    linking: 'Leadership and culture',
    scales: 'Results by area',
    items: 'Question by question',
    previous: 'Change since the last round',
    gaps: 'Manager and team',
    characteristics: 'Five characteristics of a performance culture',
    advice: 'What the model recommends',
    participation: 'Participation',
    flags: 'Data quality',
    private: 'For the manager only: communication style per seller',
    department: 'The department',
  },
  headlineBalance: {
    weak: 'The foundation is weak, so administration must be in place before the balance is adjusted.',
    relation: 'The board leans toward the relational side (profile A): more support than demands.',
    system: 'The board leans toward the system side (profile B): more demands than support.',
    strong: 'The board is balanced, with firm pressure on both sides.',
    light: 'The board is balanced, but with light pressure on both sides.',
    uneven: 'The board is balanced, but the pressure is uneven between the sides.',
  },
  participation: '{responded} of {invited} answered.',
  participationUnknown: '{responded} answered.',
  incomplete:
    '{count, plural, one {# response had} other {# responses had}} too few answers to give results. {count, plural, one {It is} other {They are}} kept, but not included in the figures.',
  suppressed:
    'Results are shown once {required, plural, one {# person has} other {# people have}} answered. Until then no figures are shown, so that nobody can be identified.',
  score: '{value} of 100',
  interval: 'Interval {low}–{high}',
  intervalHelp:
    'The interval shows where the team’s score probably lies ({confidence}%). The fewer the answers, the wider it gets.',
  respondents: '{n, plural, one {# response} other {# responses}}',
  missing: '{percent}% of the answers in this area are missing.',
  selfNote:
    'The manager’s self-assessment is never counted in the team’s results. Relational leadership, system leadership and administration are the team’s view of the manager; psychological safety and perceived standard describe the team’s climate.',
  gapHeader: { scale: 'Area', self: 'Manager', team: 'Team', gap: 'Difference', label: 'What it means' },
  gapValue: '{value, plural, one {# point} other {# points}}',
  itemGapsHigher: 'Largest gaps: you rate yourself higher than your team does',
  itemGapsLower: 'Largest gaps: your team rates you higher than you rate yourself',
  characteristicsNote:
    'These indices describe; they are not yet validated. Use them to start a conversation, not as headline figures.',
  characteristicPresent: 'In place',
  characteristicDevelop: 'Development area',
  noAdvice: 'The results don’t point to any particular adjustment. Keep up the pressure on both sides.',
  flags:
    '{flagged, plural, one {# response shows a pattern} other {# responses show patterns}} that may suggest careless answering. {flagged, plural, one {It is} other {They are}} included in the results.',
  sensitivity: 'Without these responses: {details}.',
  noFlags: 'No responses are flagged.',
  privateNotice:
    'This section is for the manager alone. It is stored only where you choose, and must not be shared with the team.',
  seller: 'Seller',
  style: 'Style',
  reasons: 'Why',
  phrases: 'Things you could say',
  lever: 'Adjust toward',
  unitZone: '{unit}: {zone}',
  generated: 'Created {date}',
  instrument: 'Questionnaire {id}, version {version}',
  versionNote:
    'The questionnaire has changed since the last round ({from} → {to}): {changed, plural, one {# question was} other {# questions were}} reworded or replaced, so read the change as a guide only.',
  download: { json: 'Download results (JSON)', csv: 'Download results (CSV)', print: 'Print' },
};

export const enItems: Messages['items'] = {
  note: 'Each question is shown on its own once enough of the people in these results have answered it. The score runs from 0 to 100 in the same direction as its area. The strongest and weakest questions show which behaviours pull the area up and down.',
  strongest: 'Strongest',
  weakest: 'Weakest',
  strongestList: 'Pulling up',
  weakestList: 'Pulling down',
  mean: 'Average {value} of 5',
  distribution: 'Answers: positive {favourable}, neutral {neutral}, negative {unfavourable}',
  cannotAnswer: '“{label}”: {count, plural, one {# person} other {# people}} ({percent}%)',
  none: 'None of the questions in this area can be shown on its own.',
};

export const enLinking: Messages['linking'] = {
  same: 'The team is in the {zone}, where teams led like this tend to end up. Leadership and culture fit together as the model describes.',
  different: 'Teams led like this tend to end up in the {expected}, but this team is in the {zone}.',
  withinUncertainty:
    'Teams led like this tend to end up in the {expected}. This team is on a border, and the {expected} is one of the zones it may be in.',
  supportWithoutSafety:
    'The team rates the relational leadership high, but feels less safe than that would suggest. Something other than how the team is led may be holding safety back: pressure from outside, friction between colleagues or past experiences. Ask the team what makes it hard to speak up.',
  safetyWithoutSupport:
    'The team feels safe even though the relational leadership scores low. The safety may rest more on colleagues than on the manager. Build on it rather than leave it to chance.',
  demandsWithoutStandard:
    'System leadership scores high, but the team doesn’t experience a clear standard. The demands may not be followed up, or may not apply to everyone equally.',
  standardWithoutDemands:
    'The team experiences a high standard even though system leadership scores low. The standard may come from the team itself or from outside, such as targets and customers. Anchor it in clear expectations and regular follow-up.',
};

export const enPrevious: Messages['previous'] = {
  intro: 'Compared with {round}.',
  introUnnamed: 'Compared with the last round.',
  note: 'The two rounds have different people and are counted separately. A change is clear when it is larger than the uncertainty of the two measurements ({confidence}%); otherwise it reads “no clear change”.',
  clearCount:
    '{count, plural, =0 {No area has changed clearly.} one {# area has changed clearly.} other {# areas have changed clearly.}}',
  up: 'Up {value, plural, one {# point} other {# points}}',
  down: 'Down {value, plural, one {# point} other {# points}}',
  unclear: 'No clear change',
  change: '{sign}{value, plural, one {# point} other {# points}}',
  interval: 'Interval {low} to {high}',
  zoneSame: 'The team is still in the {zone}.',
  zoneMoved: 'The team has moved from the {from} to the {to}.',
  zoneMovedUnclear: 'The team is now in the {to} and was last in the {from}, but the move is within the uncertainty.',
  notComparable:
    'The last round used a different questionnaire ({id}, version {version}), so the results can’t be compared.',
  suppressed: 'The last round showed no results for this unit, so there is nothing to compare with.',
};

export const enDepartment: Messages['department'] = {
  note: 'The department’s own point on the map is calculated from everyone who answered in the department, not from an average of the teams.',
  spread: '{count, plural, one {# team is shown} other {# teams are shown}}: {zones}.',
  zoneIn: '{count} in the {zone}',
  noneShown: 'None of the teams can be shown.',
  hidden: '{count, plural, one {# team is not shown} other {# teams are not shown}}, so that nobody can be identified.',
  borderline: 'near a border',
  rate: '{percent}%',
};

/** Why a result is not shown (ANONYMITY.md R1–R5): said to the reader instead of a figure. */
export const enHidden: Messages['hidden'] = {
  unit: {
    'below-threshold': 'Fewer than {required} people answered, so no results are shown.',
    differencing: 'Results are not shown, so that nobody can be identified by comparing with other groups.',
    ledger:
      'Results are not released again with different people than last time, so that nobody can be identified by comparing the two.',
  },
  figure: {
    'below-threshold': 'Not shown: fewer than {required} people answered this.',
    'comparable-sets':
      'Not shown: a few of the people in these results skipped it, and comparing it with the other results could reveal their answers.',
    differencing: 'Not shown: taking away the groups below would leave fewer than {required} people.',
    ledger: 'Not shown: it would differ from an earlier report by fewer than {required} people.',
  },
  sensitivity:
    'Results without the flagged responses are shown only when at least {required} responses are flagged and at least {required} are not.',
  items: 'Some questions are not compared one by one, so that nobody can be identified.',
};

export const en: Messages = {
  scales: enScales,
  zones: enZones,
  zoneMap: enZoneMap,
  levers: enLevers,
  balance: enBalance,
  styles: enStyles,
  pressure: enPressure,
  styleReasons: enStyleReasons,
  observations: enObservations,
  diagnosis: enDiagnosis,
  characteristics: enCharacteristics,
  gapLabels: enGapLabels,
  agreement: enAgreement,
  bands: enBands,
  advice: enAdvice,
  adviceReasons: enAdviceReasons,
  report: enReport,
  hidden: enHidden,
  items: enItems,
  linking: enLinking,
  previous: enPrevious,
  department: enDepartment,
};
