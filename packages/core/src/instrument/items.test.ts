import { describe, expect, it } from 'vitest';
import {
  ITEM_CHARACTERISTICS,
  LOCALES,
  SCALES,
  type ItemCharacteristic,
  type Locale,
  type Scale,
} from '../vocabulary/index.js';
import { BUILT_IN_ITEMS } from './items.js';
import { ItemSchema, type Item } from './schema.js';

/**
 * The wording and layout rules of the built-in instrument (§8.1–§8.4, §8.12).
 * Each rule collects every violation as "q07 self.nn: «text» — reason" and compares the list with
 * [], so a failure names the item, form, locale and text at once.
 */

const items: readonly Item[] = BUILT_IN_ITEMS;

type FormKey = 'text' | 'selfText';
const FORM_KEYS: readonly FormKey[] = ['text', 'selfText'];
const FORM_NAME: Record<FormKey, string> = { text: 'team', selfText: 'self' };

const LEADER_SCALES: readonly Scale[] = ['relation', 'system', 'administration'];
const isLeaderScale = (scale: Scale) => LEADER_SCALES.includes(scale);

/** The item plan: which items feed which characteristic (§8.12), 4 each, at most one per item. */
const PLANNED_CHARACTERISTICS: Record<ItemCharacteristic, readonly string[]> = {
  clearExpectations: ['q02', 'q08', 'q22', 'q40'],
  continuousFeedback: ['q12', 'q15', 'q31', 'q32'],
  personalAccountability: ['q04', 'q25', 'q35', 'q37'],
  systematicFollowUp: ['q13', 'q17', 'q21', 'q28'],
};

/** Negations and absolutes banned by §8.1, per locale. English also bans every "…n't". */
const BANNED_WORDS: Record<Locale, readonly string[]> = {
  en: ['not', 'no', 'never', 'always', 'nobody', 'none', 'nothing', 'without'],
  nb: ['ikke', 'aldri', 'alltid', 'ingen', 'ingenting', 'uten'],
  nn: ['ikkje', 'aldri', 'alltid', 'ingen', 'ingenting', 'utan'],
  sv: ['inte', 'aldrig', 'alltid', 'ingen', 'inget', 'inga', 'utan'],
};

/** Referents that open a text: team form by scale group, self form by scale group (§8.1, §8.4). */
const TEAM_LEADER_REFERENT: Record<Locale, string> = {
  en: 'My leader',
  nb: 'Lederen min',
  nn: 'Leiaren min',
  sv: 'Min chef',
};
const TEAM_TEAM_REFERENT: Record<Locale, string> = {
  en: 'In our team',
  nb: 'I teamet vårt',
  nn: 'I teamet vårt',
  sv: 'I vårt team',
};
const SELF_FIRST_PERSON: Record<Locale, string> = { en: 'I', nb: 'Jeg', nn: 'Eg', sv: 'Jag' };
const SELF_BELIEF: Record<Locale, string> = {
  en: 'I believe my team',
  nb: 'Jeg tror teamet mitt',
  nn: 'Eg trur teamet mitt',
  sv: 'Jag tror att mitt team',
};

const MIN_WORDS = 8;
const MAX_WORDS = 15;

/** Letters or digits on either side break a word match; `\b` is ASCII-only and misreads å, ø, ä, ö. */
const wordPattern = (words: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const BANNED_PATTERN: Record<Locale, RegExp> = {
  en: wordPattern(BANNED_WORDS.en),
  nb: wordPattern(BANNED_WORDS.nb),
  nn: wordPattern(BANNED_WORDS.nn),
  sv: wordPattern(BANNED_WORDS.sv),
};
const ENGLISH_NT = /(?<![\p{L}\p{N}])\p{L}*n['’]t(?![\p{L}\p{N}])/iu;

/** Whitespace-separated tokens that contain a letter or digit ("–" and lone punctuation do not count). */
const wordCount = (text: string) => text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/** Every text of every item, with where it sits. */
interface Entry {
  id: string;
  scale: Scale;
  form: FormKey;
  locale: Locale;
  text: string | undefined;
}
const entries: Entry[] = items.flatMap((item) =>
  FORM_KEYS.flatMap((form) =>
    LOCALES.map((locale) => ({ id: item.id, scale: item.scale, form, locale, text: item[form]?.[locale] })),
  ),
);
const presentEntries = entries.filter((e): e is Entry & { text: string } => typeof e.text === 'string');

const where = (e: Entry) => `${e.id} ${FORM_NAME[e.form]}.${e.locale}`;
const report = (e: Entry, reason: string) => `${where(e)}: «${e.text ?? ''}» — ${reason}`;

/** The referent a text must open with, and a description of it for the failure message. */
function expectedOpening(e: Entry): string {
  if (e.form === 'text') return isLeaderScale(e.scale) ? TEAM_LEADER_REFERENT[e.locale] : TEAM_TEAM_REFERENT[e.locale];
  return isLeaderScale(e.scale) ? SELF_FIRST_PERSON[e.locale] : SELF_BELIEF[e.locale];
}

/** True when `text` opens with `opening` as whole words (followed by a space or a comma). */
const opensWith = (text: string, opening: string) => text.startsWith(`${opening} `) || text.startsWith(`${opening},`);

describe('built-in instrument items', () => {
  it('has 40 items with ids q01 to q40 in order', () => {
    const expected = Array.from({ length: 40 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`);
    expect(items.map((item) => item.id)).toEqual(expected);
  });

  it('cycles the scales relation, system, administration, safety, standard in item order', () => {
    const wrong = items.flatMap((item, index) => {
      const expected = SCALES[index % SCALES.length];
      return item.scale === expected ? [] : [`${item.id}: scale "${item.scale}", expected "${String(expected)}"`];
    });
    expect(wrong).toEqual([]);
  });

  it('has 8 items on every scale', () => {
    const counts = Object.fromEntries(
      SCALES.map((scale) => [scale, items.filter((item) => item.scale === scale).length]),
    );
    expect(counts).toEqual(Object.fromEntries(SCALES.map((scale) => [scale, 8])));
  });

  it('mixes all five scales on every page of 8, with no two adjacent items on the same scale', () => {
    const pages = Array.from({ length: Math.ceil(items.length / 8) }, (_, p) => items.slice(p * 8, p * 8 + 8));
    const thinPages = pages.flatMap((page, p) => {
      const scales = new Set(page.map((item) => item.scale));
      return scales.size === SCALES.length ? [] : [`page ${p + 1}: ${scales.size} scales (${[...scales].join(', ')})`];
    });
    const adjacent = items.flatMap((item, i) => {
      const next = items[i + 1];
      return next && next.scale === item.scale ? [`${item.id} and ${next.id} are both "${item.scale}"`] : [];
    });
    expect([...thinPages, ...adjacent]).toEqual([]);
  });

  it('tags the performance-culture characteristics exactly as planned, 4 items each', () => {
    const actual = Object.fromEntries(
      ITEM_CHARACTERISTICS.map((c) => [c, items.filter((item) => item.characteristic === c).map((item) => item.id)]),
    );
    expect(actual).toEqual(PLANNED_CHARACTERISTICS);
    const untagged = items.filter(
      (item) => item.characteristic !== undefined && !ITEM_CHARACTERISTICS.includes(item.characteristic),
    );
    expect(untagged.map((item) => `${item.id}: unknown characteristic "${String(item.characteristic)}"`)).toEqual([]);
  });

  it('has no reverse-keyed items', () => {
    expect(items.filter((item) => 'reverse' in item).map((item) => item.id)).toEqual([]);
  });

  it('satisfies the item schema', () => {
    const invalid = items.flatMap((item) => {
      const result = ItemSchema.safeParse(item);
      return result.success
        ? []
        : [`${item.id}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
    });
    expect(invalid).toEqual([]);
  });

  it('has a non-empty team and self text in nb, nn, sv and en for every item', () => {
    const missing = entries
      .filter((e) => typeof e.text !== 'string' || e.text.trim() === '')
      .map((e) => report(e, 'missing or empty'));
    expect(missing).toEqual([]);
  });

  it(`keeps every text between ${MIN_WORDS} and ${MAX_WORDS} words`, () => {
    const wrong = presentEntries.flatMap((e) => {
      const n = wordCount(e.text);
      return n >= MIN_WORDS && n <= MAX_WORDS ? [] : [report(e, `${n} words`)];
    });
    expect(wrong).toEqual([]);
  });

  it('uses no negations or absolutes', () => {
    const wrong = presentEntries.flatMap((e) => {
      const hit = BANNED_PATTERN[e.locale].exec(e.text) ?? (e.locale === 'en' ? ENGLISH_NT.exec(e.text) : null);
      return hit ? [report(e, `contains "${hit[0]}"`)] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('opens team-form texts with the leader (R, S, A) or the team (T, D) as referent', () => {
    const wrong = presentEntries
      .filter((e) => e.form === 'text')
      .flatMap((e) =>
        opensWith(e.text, expectedOpening(e)) ? [] : [report(e, `must start with "${expectedOpening(e)}"`)],
      );
    expect(wrong).toEqual([]);
  });

  it('words self-form R, S, A texts in the first person', () => {
    const wrong = presentEntries
      .filter((e) => e.form === 'selfText' && isLeaderScale(e.scale))
      .flatMap((e) =>
        opensWith(e.text, expectedOpening(e)) ? [] : [report(e, `must start with "${expectedOpening(e)} "`)],
      );
    expect(wrong).toEqual([]);
  });

  it('words self-form T, D texts as how the leader believes the team experiences it', () => {
    const wrong = presentEntries
      .filter((e) => e.form === 'selfText' && !isLeaderScale(e.scale))
      .flatMap((e) =>
        opensWith(e.text, expectedOpening(e)) ? [] : [report(e, `must start with "${expectedOpening(e)}"`)],
      );
    expect(wrong).toEqual([]);
  });

  it('ends every text with a full stop', () => {
    const wrong = presentEntries.filter((e) => !e.text.endsWith('.')).map((e) => report(e, 'must end with "."'));
    expect(wrong).toEqual([]);
  });

  it('gives every text its own wording within its locale and form', () => {
    const firstSeen = new Map<string, Entry>();
    const repeats = presentEntries.flatMap((e) => {
      const key = `${e.form}|${e.locale}|${e.text.trim().toLowerCase()}`;
      const first = firstSeen.get(key);
      if (first) return [report(e, `repeats ${first.id}`)];
      firstSeen.set(key, e);
      return [];
    });
    expect(repeats).toEqual([]);
  });
});
