import * as z from 'zod/mini';
import { ITEM_CHARACTERISTICS, LOCALES, SCALES, type Locale } from '../vocabulary/index.js';
import { RESPONSE_POINTS } from '../constants/index.js';
import { flag, oneOf, text } from '../_lib/schema-builders/index.js';

/**
 * A text in one or more of the product's languages. Built-in texts exist in all four; a custom
 * instrument may bring fewer, and `localize` falls back to nb, then en, then the first given.
 */
export const LocalizedTextSchema = z
  .partialRecord(oneOf(LOCALES), text(400))
  .check(z.refine((t) => Object.keys(t).length > 0, { error: 'must have a text in at least one of nb, nn, sv, en' }));
export type LocalizedText = Partial<Record<Locale, string>>;

const ITEM_ID_RULE = 'must be an item id of letters, digits, "-" or "_" (at most 40 characters)';
/** Item ids are used as object keys, form-field names and CSS-safe ids, hence the narrow alphabet. */
export const ItemIdSchema = z
  .string({ error: ITEM_ID_RULE })
  .check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, { error: ITEM_ID_RULE }));

/** One survey item: which scale it measures, its wording for the team and for the leader's self form. */
export const ItemSchema = z.object({
  /** Stable id, the key of the answer: `q01`…`q40` in the built-in instrument. */
  id: ItemIdSchema,
  /** The scale the item belongs to (exactly one). */
  scale: oneOf(SCALES),
  /** The performance-culture characteristic the item also feeds, if any (at most one, §8.12). */
  characteristic: z.optional(oneOf(ITEM_CHARACTERISTICS)),
  /** Scored as 6 − x when true (§8.3). The built-in instrument has none. */
  reverse: z.optional(flag()),
  /** A short name of the facet the item covers, for reviewers and exports. */
  facet: z.optional(text(80)),
  /** Wording on the team form. */
  text: LocalizedTextSchema,
  /** Wording on the leader's self form; the team wording is used where it is missing. */
  selfText: z.optional(LocalizedTextSchema),
});
export type Item = z.infer<typeof ItemSchema>;

const labelsRule = `must be ${RESPONSE_POINTS} labels, from the lowest to the highest answer`;
/** The labels of the five response points, lowest first. */
export const ResponseLabelsSchema = z.partialRecord(
  oneOf(LOCALES),
  z.tuple([text(60), text(60), text(60), text(60), text(60)], { error: labelsRule }),
);

const VERSION_RULE = 'must be a version such as "1.0.0"';

/**
 * A survey instrument. The built-in one is `instrument`; a custom one (other items, reverse
 * keying, other scale lengths) is validated by this schema before anything uses it.
 */
export const InstrumentSchema = z
  .object({
    /** Identifies the instrument in stored responses and autosave keys. */
    id: ItemIdSchema,
    /** Semantic version; a stored response names the version it was answered under. */
    version: z
      .string({ error: VERSION_RULE })
      .check(z.regex(/^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/, { error: VERSION_RULE })),
    /** The survey's title. */
    title: LocalizedTextSchema,
    /** What the respondent is asked to think about, with the recall frame, per form. */
    instructions: z.object({ team: LocalizedTextSchema, self: LocalizedTextSchema }),
    /** The five response labels per locale (§8.2). */
    responseLabels: ResponseLabelsSchema,
    /** The label of the optional "cannot answer" choice, coded as missing (§8.2). */
    cannotAnswerLabel: LocalizedTextSchema,
    /** The items in their fixed order (§8.4). */
    items: z.array(ItemSchema).check(z.minLength(1, { error: 'must have at least one item' })),
    /** Item ids per page; when absent, pages of 8 in item order. */
    pages: z.optional(
      z
        .array(z.array(ItemIdSchema).check(z.minLength(1, { error: 'must list at least one item' })))
        .check(z.minLength(1, { error: 'must have at least one page' })),
    ),
  })
  .check(
    z.superRefine((instrument, ctx) => {
      const seen = new Set<string>();
      instrument.items.forEach((item, index) => {
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `repeats the item id "${item.id}"`,
            path: ['items', index, 'id'],
            input: item.id,
          });
        }
        seen.add(item.id);
      });
      for (const scale of SCALES) {
        const count = instrument.items.filter((item) => item.scale === scale).length;
        if (count < 2) {
          ctx.addIssue({
            code: 'custom',
            message: `must have at least 2 items on the scale "${scale}", has ${count}`,
            path: ['items'],
            input: instrument.items,
          });
        }
      }
      if (instrument.pages) {
        const onPages = new Set<string>();
        instrument.pages.forEach((page, p) =>
          page.forEach((id, i) => {
            if (!seen.has(id) || onPages.has(id)) {
              ctx.addIssue({
                code: 'custom',
                message: seen.has(id) ? `lists the item "${id}" twice` : `names "${id}", which is not an item`,
                path: ['pages', p, i],
                input: id,
              });
            }
            onPages.add(id);
          }),
        );
        const missing = instrument.items.find((item) => !onPages.has(item.id));
        if (missing) {
          ctx.addIssue({
            code: 'custom',
            message: `must place every item on a page; "${missing.id}" is on none`,
            path: ['pages'],
            input: instrument.pages,
          });
        }
      }
    }),
  );
export type Instrument = z.infer<typeof InstrumentSchema>;
