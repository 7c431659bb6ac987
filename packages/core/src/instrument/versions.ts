import * as z from 'zod/mini';
import { BalanseError, parseWith } from '../errors/index.js';
import { text } from '../_lib/schema-builders/index.js';
import { instrument } from './builtin.js';
import { instrument_1_0_0 } from './builtin-1.0.0.js';
import { ItemIdSchema, type Instrument } from './instrument-schema.js';

/** The id every built-in instrument carries; its versions are `BUILT_IN_VERSIONS`. */
export const BUILT_IN_INSTRUMENT_ID = 'balanse';

/**
 * Every built-in version of the instrument, by version, oldest first. The newest is `instrument`,
 * the default everywhere; older ones stay so that answers score under the version they were
 * given in. A version, once here, never changes (a fingerprint test guards 1.0.0).
 */
export const BUILT_IN_VERSIONS: Readonly<Record<string, Instrument>> = Object.freeze({
  '1.0.0': instrument_1_0_0,
  '1.1.0': instrument,
});

/** What a built-in version changed against the one before it, item by item, with the reason. */
export interface VersionChanges {
  /** The version these changes are against. */
  readonly from: string;
  /**
   * Items with new wording in nb (the source locale), and so in every locale: the same id, because
   * the item measures the same facet. By id, the reason.
   */
  readonly rewritten: Readonly<Record<string, string>>;
  /** Items retired for an item with a new id, because the facet measured changed. By old id. */
  readonly replaced: Readonly<Record<string, { readonly by: string; readonly reason: string }>>;
  /** Wording fixed in one language only, the nb wording unchanged: same items, same ids. */
  readonly languageFixes: string;
}

const EACH_SELLER =
  'the self form said "each seller" where the team form says "me": an all-or-nothing claim that biased the leader’s score downward';

/** The changes of each built-in version after the first, by version. */
export const BUILT_IN_CHANGES: Readonly<Record<string, VersionChanges>> = Object.freeze({
  '1.1.0': {
    from: '1.0.0',
    rewritten: {
      q02: EACH_SELLER,
      q08: 'could not be answered when expectations had not changed in three months; asks about the flow of priorities instead',
      q10: 'nearly everyone agreed, so it told little; asks whether thorough preparation is expected',
      q11: EACH_SELLER,
      q15: 'described a leader’s routine and overlapped q07 and q27; asks whether results get noticed',
      q16: EACH_SELLER,
      q17: 'rewarded a weekly rhythm and penalised a steady fortnightly one; the facet is predictability',
      q18: 'asked what the leader knows about every colleague’s targets, which a seller cannot see; asks about mine (and the self form no longer says "each seller")',
      q21: EACH_SELLER,
      q25: 'asked whether weak results are raised with the person concerned, which done well happens in private; asks about the shared norm',
      q32: 'assumed the leader knows about each customer meeting, and inside-sales teams have none; asks about recent work',
      q37: 'said what q20 (standard) says and contradicted demands brought in gradually for new sellers; asks whether targets are followed up fairly',
      q38: EACH_SELLER,
    },
    replaced: {
      q29: {
        by: 'q41',
        reason: 'measured mutual support, not the safety facet it stood for (nobody undermines a colleague)',
      },
    },
    languageFixes:
      'en: "My manager" for "My leader", typographic apostrophes, "key numbers" (q03), a contraction (q21), "gives me credit" (q31), "keeps our one-to-one meetings" (q38), "manager" and "identified" in the instructions; sv: q31 without the calque "lyfter fram det när", q38 without "de enskilda samtalen", "identifieras" in the instructions.',
  },
});

const versionRule = () =>
  `must be a built-in version of "${BUILT_IN_INSTRUMENT_ID}" (${Object.keys(BUILT_IN_VERSIONS).join(', ')})`;

/**
 * The built-in instrument of `version`, for scoring answers given under it. Throws a
 * `BalanseError` naming `version` for a version that was never built in.
 *
 * @param version - the version, such as `'1.0.0'`: a key of `BUILT_IN_VERSIONS`
 * @param root - the field name errors use (a response's `instrument.version`, say); `version` by default
 * @returns the frozen built-in instrument of that version
 * @throws {BalanseError} `invalid_input` at `root` when `version` is not a built-in version
 *
 * @example
 * ```ts
 * import { builtInInstrument, scoreResponse } from '@balanse/core';
 *
 * builtInInstrument('1.0.0').version; // => '1.0.0'
 * const v1 = builtInInstrument('1.0.0');
 * const answers = Object.fromEntries(v1.items.map((item) => [item.id, 4]));
 * scoreResponse({ answers }, { instrument: v1 }).scales.safety; // => 75
 * ```
 */
export function builtInInstrument(version: string, root = 'version'): Instrument {
  const found = Object.hasOwn(BUILT_IN_VERSIONS, version) ? BUILT_IN_VERSIONS[version] : undefined;
  if (!found) throw new BalanseError('invalid_input', root, versionRule(), version);
  return found;
}

/** An instrument as responses, summaries and reports name it. */
export interface InstrumentRef {
  readonly id: string;
  readonly version: string;
}

const InstrumentRefSchema = z.object({ id: ItemIdSchema, version: text(40) });

/** Why two rounds can or cannot be compared. */
export type InstrumentComparisonReason = 'same-version' | 'patch' | 'other-version' | 'other-instrument';

/** The outcome of `compareInstruments`. */
export interface InstrumentComparison {
  /**
   * True when scores of the two rounds may be compared or trended without a word: the same
   * instrument in the same major.minor version (a patch only fixes wording without changing
   * what any item asks).
   */
  readonly comparable: boolean;
  readonly reason: InstrumentComparisonReason;
  /** `id@version` of the earlier round. */
  readonly from: string;
  /** `id@version` of the later round. */
  readonly to: string;
  /**
   * For two built-in versions: the ids of the items whose question changed between them
   * (rewritten, retired or new), sorted; `[]` for the same version; `null` when unknown (another
   * instrument, or a version that is not built in).
   */
  readonly changedItems: readonly string[] | null;
}

const VERSION = /^(\d+)\.(\d+)\.(\d+)/;
const parts = (version: string): [number, number, number] | null => {
  const m = VERSION.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
};
const order = (a: string, b: string) => {
  const pa = parts(a) ?? [0, 0, 0];
  const pb = parts(b) ?? [0, 0, 0];
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
};

/** Item ids whose question changed between two built-in versions, or null if either is unknown. */
function changedBetween(a: string, b: string): string[] | null {
  if (!Object.hasOwn(BUILT_IN_VERSIONS, a) || !Object.hasOwn(BUILT_IN_VERSIONS, b)) return null;
  const [low, high] = order(a, b) <= 0 ? [a, b] : [b, a];
  const ids = new Set<string>();
  for (const [version, changes] of Object.entries(BUILT_IN_CHANGES)) {
    if (order(version, low) <= 0 || order(version, high) > 0) continue;
    Object.keys(changes.rewritten).forEach((id) => ids.add(id));
    Object.entries(changes.replaced).forEach(([old, { by }]) => ids.add(old).add(by));
  }
  return [...ids].sort();
}

/**
 * Whether the rounds answered under `earlier` and `later` may be compared or trended. Scores
 * compare within one instrument and one major.minor version; across versions the changed items
 * (`changedItems`) ask something else, so a comparison must say so, and across instruments there
 * is none. Throws a `BalanseError` naming `earlier` or `later` for a malformed reference.
 *
 * @param earlier - the instrument the earlier round was answered under
 * @param later - the instrument of the later round
 * @returns whether they compare, why not, and the items that changed between their versions
 * @throws {BalanseError} `invalid_input` naming `earlier` or `later` when a reference is malformed
 *
 * @example
 * ```ts
 * import { compareInstruments } from '@balanse/core/instrument';
 *
 * const across = compareInstruments({ id: 'balanse', version: '1.0.0' }, { id: 'balanse', version: '1.1.0' });
 * across.comparable; // => false
 * across.reason; // => 'other-version'
 * across.changedItems?.length; // => 15
 * compareInstruments({ id: 'balanse', version: '1.1.0' }, { id: 'balanse', version: '1.1.0' }).comparable; // => true
 * ```
 */
export function compareInstruments(earlier: InstrumentRef, later: InstrumentRef): InstrumentComparison {
  const a = parseWith(InstrumentRefSchema, earlier, 'earlier');
  const b = parseWith(InstrumentRefSchema, later, 'later');
  const from = `${a.id}@${a.version}`;
  const to = `${b.id}@${b.version}`;
  if (a.id !== b.id) return { comparable: false, reason: 'other-instrument', from, to, changedItems: null };
  const pa = parts(a.version);
  const pb = parts(b.version);
  const builtIn = a.id === BUILT_IN_INSTRUMENT_ID;
  if (a.version === b.version) return { comparable: true, reason: 'same-version', from, to, changedItems: [] };
  const changedItems = builtIn ? changedBetween(a.version, b.version) : null;
  if (pa && pb && pa[0] === pb[0] && pa[1] === pb[1])
    return { comparable: true, reason: 'patch', from, to, changedItems };
  return { comparable: false, reason: 'other-version', from, to, changedItems };
}

/**
 * `compareInstruments`, throwing unless the rounds may be compared: a `BalanseError` naming
 * `instrument` (or `root`) when they were answered under different instruments, or under
 * different versions without `acrossVersions: true`. Pass `acrossVersions` only where the report
 * says so beside the comparison (`messages[locale].report.versionNote`).
 *
 * @param earlier - the instrument the earlier round was answered under
 * @param later - the instrument of the later round
 * @param options - `acrossVersions: true` where the report says the versions differ
 * @param root - the field name errors use; `instrument` by default
 * @returns the comparison, when the rounds may be compared
 * @throws {BalanseError} `invalid_input` at `root` when the instruments differ, or the versions do without `acrossVersions`, and naming `earlier` or `later` when a reference is malformed
 *
 * @example
 * ```ts
 * import { assertComparableInstruments } from '@balanse/core/instrument';
 *
 * const v10 = { id: 'balanse', version: '1.0.0' };
 * const v11 = { id: 'balanse', version: '1.1.0' };
 * assertComparableInstruments(v11, v11).reason; // => 'same-version'
 * assertComparableInstruments(v10, v11, { acrossVersions: true }).reason; // => 'other-version'
 * ```
 */
export function assertComparableInstruments(
  earlier: InstrumentRef,
  later: InstrumentRef,
  options: { readonly acrossVersions?: boolean } = {},
  root = 'instrument',
): InstrumentComparison {
  const comparison = compareInstruments(earlier, later);
  if (comparison.comparable) return comparison;
  if (comparison.reason === 'other-version' && options.acrossVersions === true) return comparison;
  throw new BalanseError(
    'invalid_input',
    root,
    comparison.reason === 'other-instrument'
      ? `must be the instrument of the round it is compared with ("${comparison.from}"): rounds of different instruments are never compared`
      : `must be the instrument version of the round it is compared with ("${comparison.from}"): rounds answered under different versions are compared only with { acrossVersions: true }, and the report must say so`,
    comparison.to,
  );
}
