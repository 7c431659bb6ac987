import { describe, expect, it } from 'vitest';
import { STYLE_PRESSURE } from '../constants/index.js';
import { BUILT_IN_TEXTS } from '../instrument/texts.js';
import { LOCALES, type Locale } from '../vocabulary/index.js';
import { formatMessage, messageArguments } from './format.js';
import { messages } from './index.js';

/**
 * Statements that were once wrong in every language, tested so they stay right (issue 13):
 * - delegating is balanced pressure, not "a light touch on both sides" (light pressure on both
 *   sides is the flat, stiff board the same report warns against; INSTRUMENT §9.3);
 * - the team's results are not "always an evaluation of the leader": the three leadership scales
 *   are, the two climate scales (safety and standard) describe the team;
 * - the instrument does not tell respondents that every question is optional: the host decides
 *   (`required` on the survey), and the survey says which applies.
 */

const LIGHT: Record<Locale, RegExp> = {
  nb: /lett|lite trykk|forsiktig/i,
  nn: /lett|lite trykk|varsam/i,
  sv: /lätt|lite tryck|försiktig/i,
  en: /light|gentle|soft/i,
};
const BALANCED: Record<Locale, RegExp> = {
  nb: /balansert/i,
  nn: /balansert/i,
  sv: /balanserat/i,
  en: /balanced/i,
};
const ALWAYS: Record<Locale, RegExp> = {
  nb: /alltid/i,
  nn: /alltid/i,
  sv: /alltid/i,
  en: /always/i,
};
const OPTIONAL: Record<Locale, RegExp> = {
  nb: /frivillig|valgfri|hoppe over/i,
  nn: /frivillig|valfri|hoppe over/i,
  sv: /frivillig|valfri|hoppa över/i,
  en: /optional|voluntary|skip/i,
};

describe.each(LOCALES)('statements in %s', (locale) => {
  const m = messages[locale];

  it('describes delegating as balanced pressure, never as a light touch', () => {
    const delegating = m.styles.delegating;
    const texts = [delegating.how, delegating.situation, ...delegating.phrases];
    expect(texts.filter((text) => LIGHT[locale].test(text))).toEqual([]);
    expect(delegating.how).toMatch(BALANCED[locale]);
  });

  it('keeps the light-pressure warning for the board, where it belongs', () => {
    expect(m.balance.force.light).toMatch(LIGHT[locale]);
  });

  it('says the self-assessment note without claiming the team always evaluates the leader', () => {
    expect(m.report.selfNote).not.toMatch(ALWAYS[locale]);
    // It names what is an evaluation of the leader and what describes the team, by their terms.
    for (const scale of ['relation', 'system', 'administration', 'safety', 'standard'] as const) {
      expect(m.report.selfNote.toLowerCase()).toContain(m.scales[scale].term.toLowerCase());
    }
  });

  it('leaves it to the survey to say whether questions may be skipped', () => {
    const instructions = [BUILT_IN_TEXTS.instructions.team[locale], BUILT_IN_TEXTS.instructions.self[locale]];
    expect(instructions.filter((text) => OPTIONAL[locale].test(text))).toEqual([]);
  });
});

describe('the delegating pressure', () => {
  it('is balanced: as much relation as system', () => {
    expect(STYLE_PRESSURE.delegating.relation).toBe(STYLE_PRESSURE.delegating.system);
  });
});

/** Every string of a message tree. */
const strings = (node: unknown): string[] =>
  typeof node === 'string'
    ? [node]
    : Array.isArray(node)
      ? node.flatMap(strings)
      : node !== null && typeof node === 'object'
        ? Object.values(node).flatMap(strings)
        : [];

/** A count of 1 beside a plural noun: what a text reads like when it skips its plural forms. */
const ONE_AND_PLURAL: Record<Locale, RegExp> = {
  nb: /(?<![\d,])1 (besvarelser|personer|måneder|selgere)/,
  nn: /(?<![\d,])1 (personar|månader|seljarar)/,
  sv: /(?<![\d,])1 (personer|månader|säljare har)/,
  en: /(?<![\d,.])1 (responses|answers|people|points|months|sellers)/,
};
const HERE: Record<Locale, RegExp> = {
  nb: /telles (med )?her/i,
  nn: /tel(jast|de|ja)? (med )?her|talde med her/i,
  sv: /räknas (med )?här/i,
  en: /counted here/i,
};

describe.each(LOCALES)('counts in %s', (locale) => {
  const all = strings(messages[locale]);

  it('say "1 response", not "1 responses": every count beside a noun is a plural', () => {
    const problems = all.flatMap((template) => {
      const values = Object.fromEntries(messageArguments(template).map((arg) => [arg.name, arg.plural ? 1 : 'X']));
      const text = formatMessage(template, values, locale);
      return ONE_AND_PLURAL[locale].test(text) ? [text] : [];
    });
    expect(problems).toEqual([]);
  });

  it('never say "counted here" where there is no here', () => {
    expect(all.filter((text) => HERE[locale].test(text))).toEqual([]);
  });
});
