import * as z from 'zod/mini';
import {
  AD_LOW_AGREEMENT,
  ANONYMITY_K_DEFAULT,
  ANONYMITY_K_MIN,
  BORDERLINE_CI,
  BORDERLINE_MIN_HALF_WIDTH,
  FAVOURABLE_PERSON,
  GAP_LARGE,
  GAP_MEANINGFUL,
  LONGSTRING_FLAG,
  LOW_VARIABILITY_MIN_ANSWERED,
  LOW_VARIABILITY_SD,
  PAGE_TIME_FLAG,
  POLARISED,
  RWG_NULL_VAR_UNIFORM_5,
  STYLE_HIGH_FROM,
  TILT_MEANINGFUL,
  ITEM_GAPS_PER_DIRECTION,
  UNFAVOURABLE_PERSON,
  ZONE_CUT,
} from '../constants/index.js';
import { parseWith } from '../errors/index.js';
import type { Instrument } from '../instrument/instrument-schema.js';
import { intAtLeast, intBetween, isPlainObject, numberBetween } from '../_lib/schema-builders/index.js';

const K_RULE = `must be an integer of at least ${ANONYMITY_K_MIN}: below that, answers could be traced to a person`;

/**
 * Every configurable constant of §8.16, by option name. All are optional; each
 * defaults to the named constant. Unknown option names are rejected, so a typo never silently
 * falls back to a default.
 */
export const OptionsSchema = z
  .strictObject({
    /** A custom instrument; the built-in one when absent. */
    instrument: z.optional(z.custom<Instrument>((v) => isPlainObject(v), { error: 'must be an instrument object' })),
    /** Anonymity threshold k (`ANONYMITY_K_DEFAULT` = 5; below 3 is rejected). */
    minGroupSize: z.optional(z.int({ error: K_RULE }).check(z.gte(ANONYMITY_K_MIN, { error: K_RULE }))),
    /** The low/high cut on every 0–100 scale (`ZONE_CUT` = 62.5). */
    cut: z.optional(numberBetween(0, 100)),
    /** Two-sided confidence of the team interval (`BORDERLINE_CI` = 0.8). */
    confidence: z.optional(numberBetween(0.5, 0.999)),
    /** Smallest half-width of a team interval, in points (`BORDERLINE_MIN_HALF_WIDTH` = 5). */
    minHalfWidth: z.optional(numberBetween(0, 50)),
    /** Answered items needed per scale; when absent, half the scale's items rounded up (§8.6). */
    minAnsweredPerScale: z.optional(intAtLeast(1)),
    /** Low agreement above this AD_M(J), in response units (`AD_LOW_AGREEMENT` = 5/6). */
    adLowAgreement: z.optional(numberBetween(0, 4)),
    /** Null variance for rwg(J) and r*wg(J) (`RWG_NULL_VAR_UNIFORM_5` = 2.0). */
    rwgNullVariance: z.optional(numberBetween(0.01, 10)),
    /** Share favourable and unfavourable that makes a team polarised (`POLARISED` = 0.25). */
    polarised: z.optional(numberBetween(0.01, 0.5)),
    /** A person is favourable from this score (`FAVOURABLE_PERSON` = 62.5). */
    favourable: z.optional(numberBetween(0, 100)),
    /** A person is unfavourable up to this score (`UNFAVOURABLE_PERSON` = 37.5). */
    unfavourable: z.optional(numberBetween(0, 100)),
    /** Smallest meaningful tilt R − S, in points (`TILT_MEANINGFUL` = 12.5). */
    tiltMeaningful: z.optional(numberBetween(0, 100)),
    /** Smallest meaningful self-versus-team gap, in points (`GAP_MEANINGFUL` = 12.5). */
    gapMeaningful: z.optional(numberBetween(0, 100)),
    /** Large self-versus-team gap, in points (`GAP_LARGE` = 25). */
    gapLarge: z.optional(numberBetween(0, 100)),
    /** Consecutive identical answers that raise the longstring flag (`LONGSTRING_FLAG` = 20). */
    longstring: z.optional(intAtLeast(2)),
    /** Answer SD below which the low-variability flag is raised (`LOW_VARIABILITY_SD` = 0.3). */
    lowVariabilitySd: z.optional(numberBetween(0, 2)),
    /** Answered items the low-variability flag needs (`LOW_VARIABILITY_MIN_ANSWERED` = 30). */
    lowVariabilityMinAnswered: z.optional(intAtLeast(2)),
    /** Milliseconds per answered item below which a page is too fast (`PAGE_TIME_FLAG` = 2000). */
    pageTimeFlag: z.optional(numberBetween(0, 60000)),
    /** Style-advisor ratings count as high from this (`STYLE_HIGH_FROM` = 3.5). */
    styleHighFrom: z.optional(numberBetween(1, 5)),
    /** Number of item-level gaps to show per direction (`ITEM_GAPS_PER_DIRECTION` = 3). */
    itemGapsPerDirection: z.optional(intBetween(0, 40)),
  })
  .check(
    z.superRefine((o, ctx) => {
      if (o.favourable !== undefined && o.unfavourable !== undefined && o.unfavourable >= o.favourable) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be below options.favourable',
          path: ['unfavourable'],
          input: o.unfavourable,
        });
      }
      if (o.gapMeaningful !== undefined && o.gapLarge !== undefined && o.gapLarge < o.gapMeaningful) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be at least options.gapMeaningful',
          path: ['gapLarge'],
          input: o.gapLarge,
        });
      }
    }),
  );

/** Options every `@balanse/core` function accepts; see `OptionsSchema` for each one's meaning. */
// An interface rather than an alias of the schema's input type, so the API reference gives the
// options one page instead of inlining every option into each function that takes them.
export interface BalanseOptions extends z.input<typeof OptionsSchema> {}

/**
 * The default of every numeric option: the named constant of §8.16 that it overrides.
 */
export const DEFAULT_OPTIONS = {
  minGroupSize: ANONYMITY_K_DEFAULT,
  cut: ZONE_CUT,
  confidence: BORDERLINE_CI,
  minHalfWidth: BORDERLINE_MIN_HALF_WIDTH,
  adLowAgreement: AD_LOW_AGREEMENT,
  rwgNullVariance: RWG_NULL_VAR_UNIFORM_5,
  polarised: POLARISED,
  favourable: FAVOURABLE_PERSON,
  unfavourable: UNFAVOURABLE_PERSON,
  tiltMeaningful: TILT_MEANINGFUL,
  gapMeaningful: GAP_MEANINGFUL,
  gapLarge: GAP_LARGE,
  longstring: LONGSTRING_FLAG,
  lowVariabilitySd: LOW_VARIABILITY_SD,
  lowVariabilityMinAnswered: LOW_VARIABILITY_MIN_ANSWERED,
  pageTimeFlag: PAGE_TIME_FLAG,
  styleHighFrom: STYLE_HIGH_FROM,
  itemGapsPerDirection: ITEM_GAPS_PER_DIRECTION,
} as const satisfies Partial<Record<keyof BalanseOptions, number>>;

/**
 * Options with every default filled in. The instrument is not compiled here: functions that
 * need it use `resolveScoringOptions`, so a function such as `recommendStyle` never pulls the
 * 40 items into a browser bundle.
 */
export type ResolvedOptions = { readonly [K in keyof typeof DEFAULT_OPTIONS]: number } & {
  /** The custom instrument, if one was given. */
  readonly instrument: Instrument | undefined;
  /** Answered items needed per scale; undefined means half of each scale's items (§8.6). */
  readonly minAnsweredPerScale: number | undefined;
};

const OPTION_NAMES = new Set<string>(Object.keys(OptionsSchema.shape));

// Resolved options by what they hold, not by the object that held it: a server passes a new
// options object to every call (one per report), and the same content must not be validated
// and built again each time. Options without an instrument are keyed by `contentKey` alone; with
// one, per instrument object (as `compileInstrument` caches it). The bound keeps a caller who
// passes endless distinct values (a cut per call) from growing the cache without end.
const CACHE_SIZE = 256;
const byContent = new Map<string, ResolvedOptions>();
const byInstrument = new WeakMap<object, Map<string, ResolvedOptions>>();
let defaults: ResolvedOptions | undefined;

/**
 * The options' content as one string (`cut=55;minGroupSize=6;`), in the object's key order, or
 * undefined when it holds anything the key cannot say exactly: an unknown name, or a value that
 * is neither a number nor undefined (besides the instrument). Those go to the schema every time,
 * so a cached answer is only ever given for options that were valid with exactly this content.
 */
function contentKey(options: Record<string, unknown>): string | undefined {
  let key = '';
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.has(name)) return undefined;
    if (name === 'instrument') continue;
    const value = options[name];
    // A number's text is exact (it reads back as the same number); `~` marks an undefined value.
    if (typeof value === 'number') key += `${name}=${value};`;
    else if (value === undefined) key += `${name}~;`;
    else return undefined;
  }
  return key;
}

/**
 * Validates `options` (throwing a `BalanseError` such as `options.minGroupSize: must be an
 * integer of at least 3 …`) and fills in defaults. Cached by content: two options objects that
 * hold the same values get the same resolved object, and an options object changed after a
 * first call (`opts.cut = 50`) is read for what it holds now, never for what it held.
 */
export function resolveOptions(options: unknown, root = 'options'): ResolvedOptions {
  if (options === undefined) return (defaults ??= build({}));
  const key = isPlainObject(options) ? contentKey(options) : undefined;
  const instrument = key === undefined ? undefined : (options as { instrument?: unknown }).instrument;
  const cache =
    key === undefined
      ? undefined
      : instrument === undefined
        ? byContent
        : isPlainObject(instrument)
          ? byInstrument.get(instrument)
          : undefined;
  const cached = key === undefined ? undefined : cache?.get(key);
  if (cached) return cached;
  const resolved = build(parseWith(OptionsSchema, options, root, 'invalid_option'));
  if (key !== undefined) {
    let store = cache;
    if (!store && isPlainObject(instrument)) byInstrument.set(instrument, (store = new Map<string, ResolvedOptions>()));
    if (store) {
      if (store.size >= CACHE_SIZE) store.clear();
      store.set(key, resolved);
    }
  }
  return resolved;
}

function build(o: z.infer<typeof OptionsSchema>): ResolvedOptions {
  // An option given as `undefined` is not given: its default applies.
  const given = Object.fromEntries(
    Object.entries(o as Record<string, unknown>).filter(([, value]) => value !== undefined),
  );
  return { ...DEFAULT_OPTIONS, instrument: undefined, minAnsweredPerScale: undefined, ...given };
}
