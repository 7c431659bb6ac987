/**
 * The glossaries (docs/model/glossary.<locale>.md) are the words the product's texts follow: one
 * name per language for each thing. This test reads their tables and holds every product text to
 * them: core's messages, the built-in instrument (current version), each element's strings and
 * the demo's.
 * - A term bound to a message (a scale's name, a zone, a style, the style advisor's title …) is
 *   that message's wording.
 * - Every term is used somewhere in the language's texts.
 * - No word the glossary lists to avoid appears in any of them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instrument, LOCALES, type Locale } from '@balanse/core';
import { messages } from '@balanse/core/messages';
import { STRINGS as balanceBoard } from '../../packages/components/src/balance-board/strings.js';
import { STRINGS as report } from '../../packages/components/src/report/strings.js';
import { STRINGS as styleAdvisor } from '../../packages/components/src/style-advisor/strings.js';
import { STRINGS as survey } from '../../packages/components/src/survey/strings.js';
import { STRINGS as zoneMap } from '../../packages/components/src/zone-map/strings.js';
import { STRINGS as demo } from '../../packages/demo/src/strings.js';

interface Row {
  key: string;
  term: string;
  avoid: string[];
}

const glossaryPath = (locale: Locale) => fileURLToPath(new URL(`../model/glossary.${locale}.md`, import.meta.url));

/** The rows of every table in a glossary: `| \`key\` | term | \`avoid\`, … | note |`. */
function rowsOf(markdown: string): Row[] {
  return markdown.split('\n').flatMap((line) => {
    const cells = /^\|\s*`([\w.-]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (!cells) return [];
    const [term = '', avoid = ''] = cells[2]!.split('|').map((cell) => cell.trim());
    return [{ key: cells[1]!, term, avoid: [...avoid.matchAll(/`([^`]+)`/g)].map((m) => m[1]!) }];
  });
}

/** Every string in a tree of texts. */
const strings = (node: unknown): string[] =>
  typeof node === 'string'
    ? [node]
    : Array.isArray(node)
      ? node.flatMap(strings)
      : node !== null && typeof node === 'object'
        ? Object.values(node).flatMap(strings)
        : [];

/** Every product text of a locale, as the reader sees it (placeholders left in). */
function productTexts(locale: Locale): string[] {
  const items = instrument.items.flatMap((item) => [item.text[locale], item.selfText?.[locale]]);
  return [
    ...strings(messages[locale]),
    instrument.title[locale],
    instrument.instructions.team[locale],
    instrument.instructions.self[locale],
    instrument.cannotAnswerLabel[locale],
    ...(instrument.responseLabels[locale] ?? []),
    ...items,
    ...strings(survey[locale]),
    ...strings(report[locale]),
    ...strings(styleAdvisor[locale]),
    ...strings(zoneMap[locale]),
    ...strings(balanceBoard[locale]),
    ...strings(demo[locale]),
  ].filter((text): text is string => typeof text === 'string');
}

type Binding = { text: (locale: Locale) => string; match: 'equals' | 'contains' | 'starts' };
const SCALES = ['relation', 'system', 'administration', 'safety', 'standard'] as const;
const m = (locale: Locale) => messages[locale];

/** Terms bound to the texts that must carry them, by glossary key. */
const BINDINGS: Readonly<Record<string, readonly Binding[]>> = {
  'model.leadership-in-balance': [
    { text: (l) => m(l).report.title, match: 'equals' },
    { text: (l) => instrument.title[l]!, match: 'equals' },
  ],
  'model.board': [{ text: (l) => m(l).balance.title, match: 'equals' }],
  'model.zone-model': [{ text: (l) => m(l).zoneMap.title, match: 'equals' }],
  'model.pressure': [{ text: (l) => m(l).pressure, match: 'starts' }],
  ...Object.fromEntries(
    SCALES.flatMap((s) => [
      [
        `scale.${s}`,
        [
          { text: (l: Locale) => m(l).scales[s].term, match: 'equals' },
          { text: (l: Locale) => m(l).scales[s].name, match: 'equals' },
        ],
      ],
      [`side.${s}`, [{ text: (l: Locale) => m(l).scales[s].short, match: 'equals' }]],
    ]),
  ),
  ...Object.fromEntries(
    (['apathy', 'comfort', 'stress', 'performance'] as const).map((z) => [
      `zone.${z}`,
      [
        { text: (l: Locale) => m(l).zones[z].term, match: 'equals' },
        { text: (l: Locale) => m(l).zones[z].name, match: 'equals' },
      ],
    ]),
  ),
  ...Object.fromEntries(
    (['instructing', 'direct', 'delegating', 'challenging'] as const).map((s) => [
      `style.${s}`,
      [{ text: (l: Locale) => m(l).styles[s].name, match: 'equals' }],
    ]),
  ),
  ...Object.fromEntries(
    (['competence', 'will', 'structure', 'energy'] as const).map((o) => [
      `observation.${o}`,
      [{ text: (l: Locale) => m(l).observations[o].name, match: 'equals' }],
    ]),
  ),
  ...Object.fromEntries(
    (
      [
        'clearExpectations',
        'continuousFeedback',
        'personalAccountability',
        'safetyAndStandard',
        'systematicFollowUp',
      ] as const
    ).map((c) => [
      `characteristic.${c}`,
      [
        { text: (l: Locale) => m(l).characteristics[c].term, match: 'equals' },
        { text: (l: Locale) => m(l).characteristics[c].name, match: 'equals' },
      ],
    ]),
  ),
  ...Object.fromEntries(
    (['blind-spot', 'hidden-strength', 'agreement-strong', 'agreement-development'] as const).map((g) => [
      `gap.${g}`,
      [{ text: (l: Locale) => m(l).gapLabels[g].name, match: 'equals' }],
    ]),
  ),
  'profile.A': [{ text: (l) => m(l).balance.profile.A.name, match: 'contains' }],
  'profile.B': [{ text: (l) => m(l).balance.profile.B.name, match: 'contains' }],
  'element.style-advisor': [
    { text: (l) => styleAdvisor[l].title, match: 'equals' },
    { text: (l) => demo[l].advisorHeading, match: 'starts' },
  ],
  'advisor.competence': [{ text: (l) => styleAdvisor[l].competence, match: 'equals' }],
  'advisor.commitment': [{ text: (l) => styleAdvisor[l].commitment, match: 'equals' }],
  'advisor.confidence': [{ text: (l) => styleAdvisor[l].confidence, match: 'equals' }],
  'role.leader': [
    { text: (l) => m(l).report.sections.gaps, match: 'contains' },
    { text: (l) => m(l).report.gapHeader.self, match: 'equals' },
  ],
  'role.seller': [{ text: (l) => m(l).report.seller, match: 'equals' }],
  'measure.questionnaire': [
    { text: (l) => m(l).report.instrument, match: 'starts' },
    { text: (l) => survey[l].invalid, match: 'contains' },
  ],
  'measure.self-assessment': [{ text: (l) => m(l).report.selfNote, match: 'contains' }],
  'measure.threshold': [{ text: (l) => m(l).zoneMap.cut, match: 'contains' }],
  'measure.interval': [{ text: (l) => m(l).zoneMap.interval, match: 'contains' }],
};

/** The glossary keys every language must have: the same concepts in each. */
const KEYS_OF_EN = rowsOf(readFileSync(glossaryPath('en'), 'utf8'))
  .map((row) => row.key)
  .filter((key) => !key.startsWith('avoid.'));

const fold = (text: string) => text.toLocaleLowerCase('nb');

describe.each(LOCALES)('the %s glossary', (locale) => {
  const rows = rowsOf(readFileSync(glossaryPath(locale), 'utf8'));
  const texts = productTexts(locale);
  const all = fold(texts.join('\n'));

  it('names each concept once, the same concepts as the English one', () => {
    const keys = rows.map((row) => row.key).filter((key) => !key.startsWith('avoid.'));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...KEYS_OF_EN].sort());
    expect(keys.filter((key) => key.startsWith('scale.') || key.startsWith('zone.'))).toHaveLength(9);
  });

  it('is followed by every text its terms are bound to', () => {
    const problems = rows.flatMap((row) =>
      (BINDINGS[row.key] ?? []).flatMap(({ text, match }) => {
        const actual = fold(text(locale));
        const term = fold(row.term);
        const ok =
          match === 'equals' ? actual === term : match === 'starts' ? actual.startsWith(term) : actual.includes(term);
        return ok ? [] : [`${row.key}: «${text(locale)}» ${match} «${row.term}» expected`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('has every term in use in the texts', () => {
    const unused = rows.filter((row) => row.term !== '–' && !all.includes(fold(row.term))).map((row) => row.key);
    expect(unused).toEqual([]);
  });

  it('keeps every word it lists to avoid out of every text', () => {
    const found = rows.flatMap((row) =>
      row.avoid.flatMap((word) => {
        const pattern = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu');
        const hits = texts.filter((text) => pattern.test(text));
        return hits.map((text) => `${row.key}: «${word}» in «${text}»`);
      }),
    );
    expect(found).toEqual([]);
  });

  it('binds a term for every model concept it names', () => {
    const bound = rows.filter((row) => BINDINGS[row.key]).length;
    expect(bound).toBeGreaterThan(30);
  });
});
