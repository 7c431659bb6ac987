import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ITEM_CHARACTERISTICS,
  LOCALES,
  SCALES,
  type ItemCharacteristic,
  type Locale,
  type Scale,
} from '../vocabulary/index.js';
import { ItemSchema, type Instrument, type Item } from './instrument-schema.js';
import { BUILT_IN_CHANGES, BUILT_IN_VERSIONS } from './versions.js';
import { instrument } from './builtin.js';

/**
 * The layout and wording rules of the built-in instrument (§8.1–§8.4, §8.12), the ones a machine
 * can check; docs/contributing/writing-items.md holds the checklist for the rest (observable, one
 * idea, answerable by a seller). Each rule collects every violation as
 * "q07 self.nn: «text» — reason" and compares the list with [], so a failure names the item,
 * form, locale and text at once.
 *
 * Layout rules hold for every built-in version. Wording rules hold for the current version;
 * 1.0.0 is frozen as it was given to respondents, and a fingerprint keeps it so.
 */

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

/** The ids of each version in order: 1.1.0 retired q29 and put q41 in its place. */
const IDS_1_0 = Array.from({ length: 40 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`);
const EXPECTED_IDS: Record<string, readonly string[]> = {
  '1.0.0': IDS_1_0,
  '1.1.0': IDS_1_0.map((id) => (id === 'q29' ? 'q41' : id)),
};

/**
 * The SHA-256 of 1.0.0 as JSON. Answers given under 1.0.0 are scored with exactly these items and
 * texts: a change here would re-score them under questions nobody was asked. Never update it.
 */
const FINGERPRINT_1_0_0 = 'a250e1ea5bb28c9266b6e55e47fda6c89cde9315f34cd5adeb9c49dcf1280f8d';

/** Negations and absolutes banned by §8.1, per locale. English also bans every "…n't". */
const BANNED_WORDS: Record<Locale, readonly string[]> = {
  en: ['not', 'no', 'never', 'always', 'nobody', 'none', 'nothing', 'without'],
  nb: ['ikke', 'aldri', 'alltid', 'ingen', 'ingenting', 'uten'],
  nn: ['ikkje', 'aldri', 'alltid', 'ingen', 'ingenting', 'utan'],
  sv: ['inte', 'aldrig', 'alltid', 'ingen', 'inget', 'inga', 'utan'],
};

/**
 * Quantifiers over the sellers that make a leader item all-or-nothing: "I know what motivates
 * each seller" is false as soon as one is unknown, while the team form asks each seller about
 * themself ("me"). Banned in the leader items (R, S, A) of both forms; the self form also may not
 * claim "all" of them.
 */
const EACH: Record<Locale, readonly string[]> = {
  en: ['each', 'every'],
  nb: ['hver', 'hvert'],
  // nn «kvar» alone is also «where»: only its uses as «each» count.
  nn: ['kvar einskild', 'kvar seljar', 'kvar av', 'kvart'],
  sv: ['varje', 'var och en'],
};
const ALL: Record<Locale, readonly string[]> = {
  en: ['all', 'everyone', 'everybody'],
  nb: ['alle'],
  nn: ['alle'],
  sv: ['alla', 'allas'],
};

/**
 * One idea per item (§8.1): a conjunction joining two things is the mark of a double-barrelled
 * item. The few pairs that name one idea are listed with the reason; any other "and"/"or" fails.
 */
const CONJUNCTIONS: Record<Locale, readonly string[]> = {
  en: ['and', 'or'],
  nb: ['og', 'eller'],
  nn: ['og', 'eller'],
  sv: ['och', 'eller'],
};
const ONE_IDEA: Readonly<Record<string, string>> = {
  q15: 'a target hit or missed: the one result, whichever way it goes',
  q41: 'customers and deals: what a seller owns, and a colleague could take',
};

/** A locale's word count may differ from nb's by this factor at most: a dropped clause shows. */
const PARALLEL_RATIO = [0.6, 1.6] as const;

/** Referents that open a text: team form by scale group, self form by scale group (§8.1, §8.4). */
const TEAM_LEADER_REFERENT: Record<Locale, string> = {
  en: 'My manager',
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
const patterns = (table: Record<Locale, readonly string[]>) =>
  Object.fromEntries(LOCALES.map((l) => [l, wordPattern(table[l])])) as Record<Locale, RegExp>;
const BANNED_PATTERN = patterns(BANNED_WORDS);
const EACH_PATTERN = patterns(EACH);
const ALL_PATTERN = patterns(ALL);
const CONJUNCTION_PATTERN = patterns(CONJUNCTIONS);
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
const entriesOf = (items: readonly Item[]): Entry[] =>
  items.flatMap((item) =>
    FORM_KEYS.flatMap((form) =>
      LOCALES.map((locale) => ({ id: item.id, scale: item.scale, form, locale, text: item[form]?.[locale] })),
    ),
  );

const where = (e: Entry) => `${e.id} ${FORM_NAME[e.form]}.${e.locale}`;
const report = (e: Entry, reason: string) => `${where(e)}: «${e.text ?? ''}» — ${reason}`;

/** The referent a text must open with. */
function expectedOpening(e: Entry): string {
  if (e.form === 'text') return isLeaderScale(e.scale) ? TEAM_LEADER_REFERENT[e.locale] : TEAM_TEAM_REFERENT[e.locale];
  return isLeaderScale(e.scale) ? SELF_FIRST_PERSON[e.locale] : SELF_BELIEF[e.locale];
}

/** True when `text` opens with `opening` as whole words (followed by a space or a comma). */
const opensWith = (text: string, opening: string) => text.startsWith(`${opening} `) || text.startsWith(`${opening},`);

describe.each(Object.entries(BUILT_IN_VERSIONS))('built-in instrument %s: layout', (version, built: Instrument) => {
  const items = built.items;

  it('has its 40 item ids in order', () => {
    expect(items.map((item) => item.id)).toEqual(EXPECTED_IDS[version]);
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
  });

  it('has no reverse-keyed items', () => {
    expect(items.filter((item) => 'reverse' in item).map((item) => item.id)).toEqual([]);
  });

  it('satisfies the item schema, with a facet named for every item', () => {
    const invalid = items.flatMap((item) => {
      const result = ItemSchema.safeParse(item);
      if (!result.success) {
        return [`${item.id}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
      }
      return item.facet ? [] : [`${item.id}: no facet`];
    });
    expect(invalid).toEqual([]);
  });

  it('has a non-empty team and self text in nb, nn, sv and en for every item', () => {
    const missing = entriesOf(items)
      .filter((e) => typeof e.text !== 'string' || e.text.trim() === '')
      .map((e) => report(e, 'missing or empty'));
    expect(missing).toEqual([]);
  });
});

describe('built-in instrument 1.0.0', () => {
  it('is frozen: the items and texts its answers were given under never change', () => {
    const json = JSON.stringify(BUILT_IN_VERSIONS['1.0.0']);
    expect(createHash('sha256').update(json).digest('hex')).toBe(FINGERPRINT_1_0_0);
  });
});

describe('built-in instrument (current version): wording', () => {
  const items: readonly Item[] = instrument.items;
  const entries = entriesOf(items).filter((e): e is Entry & { text: string } => typeof e.text === 'string');
  const leader = entries.filter((e) => isLeaderScale(e.scale));

  it('is the newest built-in version', () => {
    expect(Object.values(BUILT_IN_VERSIONS).at(-1)).toBe(instrument);
  });

  it(`keeps every text between ${MIN_WORDS} and ${MAX_WORDS} words`, () => {
    const wrong = entries.flatMap((e) => {
      const n = wordCount(e.text);
      return n >= MIN_WORDS && n <= MAX_WORDS ? [] : [report(e, `${n} words`)];
    });
    expect(wrong).toEqual([]);
  });

  it('uses no negations or absolutes', () => {
    const wrong = entries.flatMap((e) => {
      const hit = BANNED_PATTERN[e.locale].exec(e.text) ?? (e.locale === 'en' ? ENGLISH_NT.exec(e.text) : null);
      return hit ? [report(e, `contains "${hit[0]}"`)] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('makes no all-or-nothing claim about the sellers in a leader item ("each seller")', () => {
    const wrong = leader.flatMap((e) => {
      const hit =
        EACH_PATTERN[e.locale].exec(e.text) ?? (e.form === 'selfText' ? ALL_PATTERN[e.locale].exec(e.text) : null);
      return hit ? [report(e, `contains "${hit[0]}"`)] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('holds one idea: no "and" or "or" except in the pairs listed as one idea', () => {
    const wrong = entries.flatMap((e) => {
      const hit = CONJUNCTION_PATTERN[e.locale].exec(e.text);
      return hit && !Object.hasOwn(ONE_IDEA, e.id) ? [report(e, `joins two things with "${hit[0]}"`)] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('says the same in every locale: word counts within a factor of nb’s', () => {
    const nb = new Map(entries.filter((e) => e.locale === 'nb').map((e) => [`${e.id}|${e.form}`, wordCount(e.text)]));
    const wrong = entries.flatMap((e) => {
      const ratio = wordCount(e.text) / nb.get(`${e.id}|${e.form}`)!;
      return ratio >= PARALLEL_RATIO[0] && ratio <= PARALLEL_RATIO[1]
        ? []
        : [report(e, `${ratio.toFixed(2)} × nb’s length`)];
    });
    expect(wrong).toEqual([]);
  });

  it('opens team-form texts with the leader (R, S, A) or the team (T, D) as referent', () => {
    const wrong = entries
      .filter((e) => e.form === 'text')
      .flatMap((e) =>
        opensWith(e.text, expectedOpening(e)) ? [] : [report(e, `must start with "${expectedOpening(e)}"`)],
      );
    expect(wrong).toEqual([]);
  });

  it('words self-form R, S, A texts in the first person', () => {
    const wrong = entries
      .filter((e) => e.form === 'selfText' && isLeaderScale(e.scale))
      .flatMap((e) =>
        opensWith(e.text, expectedOpening(e)) ? [] : [report(e, `must start with "${expectedOpening(e)} "`)],
      );
    expect(wrong).toEqual([]);
  });

  it('words self-form T, D texts as how the leader believes the team experiences it', () => {
    const wrong = entries
      .filter((e) => e.form === 'selfText' && !isLeaderScale(e.scale))
      .flatMap((e) =>
        opensWith(e.text, expectedOpening(e)) ? [] : [report(e, `must start with "${expectedOpening(e)}"`)],
      );
    expect(wrong).toEqual([]);
  });

  it('ends every text with a full stop, and writes apostrophes as ’', () => {
    const wrong = entries.flatMap((e) => [
      ...(e.text.endsWith('.') ? [] : [report(e, 'must end with "."')]),
      ...(e.text.includes("'") ? [report(e, "writes an apostrophe as ' instead of ’")] : []),
    ]);
    expect(wrong).toEqual([]);
  });

  it('gives every text its own wording within its locale and form', () => {
    const firstSeen = new Map<string, Entry>();
    const repeats = entries.flatMap((e) => {
      const key = `${e.form}|${e.locale}|${e.text.trim().toLowerCase()}`;
      const first = firstSeen.get(key);
      if (first) return [report(e, `repeats ${first.id}`)];
      firstSeen.set(key, e);
      return [];
    });
    expect(repeats).toEqual([]);
  });
});

describe('the changes of each built-in version', () => {
  const versions = Object.keys(BUILT_IN_VERSIONS);

  it('are recorded for every version after the first, against the version before it', () => {
    expect(Object.keys(BUILT_IN_CHANGES)).toEqual(versions.slice(1));
    versions.slice(1).forEach((version, i) => expect(BUILT_IN_CHANGES[version]!.from).toBe(versions[i]));
  });

  it.each(versions.slice(1))(
    'in %s list exactly the items whose nb wording changed, and the ids replaced',
    (version) => {
      const changes = BUILT_IN_CHANGES[version]!;
      const before = new Map(BUILT_IN_VERSIONS[changes.from]!.items.map((item) => [item.id, item]));
      const after = new Map(BUILT_IN_VERSIONS[version]!.items.map((item) => [item.id, item]));
      const nbOf = (item: Item) => `${item.text.nb}|${item.selfText?.nb}`;
      const rewritten = [...after.keys()].filter(
        (id) => before.has(id) && nbOf(before.get(id)!) !== nbOf(after.get(id)!),
      );
      expect(Object.keys(changes.rewritten).sort()).toEqual(rewritten.sort());
      const removed = [...before.keys()].filter((id) => !after.has(id));
      const added = [...after.keys()].filter((id) => !before.has(id));
      expect(Object.keys(changes.replaced).sort()).toEqual(removed.sort());
      expect(
        Object.values(changes.replaced)
          .map((r) => r.by)
          .sort(),
      ).toEqual(added.sort());
      // A retired id is never used again, in this version or a later one.
      for (const id of removed)
        for (const later of versions.slice(versions.indexOf(version))) {
          expect(
            BUILT_IN_VERSIONS[later]!.items.some((item) => item.id === id),
            `${id} in ${later}`,
          ).toBe(false);
        }
    },
  );

  it('keep the scale of every item whose id stays, and give a new id for a new facet only', () => {
    const wrong = versions.slice(1).flatMap((version) => {
      const from = new Map(BUILT_IN_VERSIONS[BUILT_IN_CHANGES[version]!.from]!.items.map((item) => [item.id, item]));
      return BUILT_IN_VERSIONS[version]!.items.flatMap((item) => {
        const old = from.get(item.id);
        if (!old) return [];
        return old.scale === item.scale && old.characteristic === item.characteristic
          ? []
          : [
              `${version} ${item.id}: moved from ${old.scale}/${String(old.characteristic)} to ${item.scale}/${String(item.characteristic)}`,
            ];
      });
    });
    expect(wrong).toEqual([]);
  });

  it('change no item in a patch version', () => {
    for (const [version, changes] of Object.entries(BUILT_IN_CHANGES)) {
      const [major, minor] = version.split('.');
      const [fromMajor, fromMinor] = changes.from.split('.');
      if (major === fromMajor && minor === fromMinor) {
        expect([...Object.keys(changes.rewritten), ...Object.keys(changes.replaced)], version).toEqual([]);
      }
    }
  });
});
