import { describe, expect, it } from 'vitest';
import { BalanseError } from '../errors/index.js';
import { LOCALES, SCALES } from '../vocabulary/index.js';
import { instrument } from './builtin.js';
import { pagesOf } from './pages.js';
import { compileInstrument } from './compiled.js';
import { localize } from './localize.js';
import { InstrumentSchema, type Instrument } from './instrument-schema.js';

const custom = (patch: Partial<Instrument>): Instrument => ({ ...instrument, id: 'custom', ...patch });
const errorOf = (value: unknown) => {
  try {
    compileInstrument(value as Instrument);
  } catch (error) {
    return error as BalanseError;
  }
  throw new Error('expected a BalanseError');
};

describe('the built-in instrument', () => {
  it('passes its own schema', () => {
    expect(InstrumentSchema.safeParse(instrument).success).toBe(true);
    expect(compileInstrument(instrument).key).toBe('balanse@1.1.0');
  });

  it('has 5 pages of 8 items, each page with at least 3 scales and no two neighbours on one scale (§8.4)', () => {
    expect(instrument.pages).toHaveLength(5);
    const scaleOf = new Map(instrument.items.map((item) => [item.id, item.scale]));
    for (const page of instrument.pages!) {
      expect(page).toHaveLength(8);
      const scales = page.map((id) => scaleOf.get(id));
      expect(new Set(scales).size).toBeGreaterThanOrEqual(3);
      scales.slice(1).forEach((scale, i) => expect(scale).not.toBe(scales[i]));
    }
  });

  it('labels the five response points and the recall frame in every locale (§8.2)', () => {
    const threeMonths = { nb: 'tre månedene', nn: 'tre månadene', sv: 'tre månaderna', en: 'three months' };
    for (const locale of LOCALES) {
      expect(instrument.responseLabels[locale]).toHaveLength(5);
      expect(instrument.instructions.team[locale]).toContain(threeMonths[locale]);
      expect(instrument.instructions.self[locale]).toContain(threeMonths[locale]);
      expect(instrument.cannotAnswerLabel[locale]).toBeTruthy();
    }
  });

  it('tells the leader that the self form is never counted in the team’s results (§8.8)', () => {
    expect(instrument.instructions.self.en).toMatch(/never counted/);
  });

  it('splits ids into pages of 8', () => {
    expect(pagesOf(['a', 'b', 'c'], 2)).toEqual([['a', 'b'], ['c']]);
  });
});

describe('InstrumentSchema for custom instruments', () => {
  it('accepts other scale lengths and reverse keying', () => {
    const items = instrument.items
      .filter((_, i) => i % 2 === 0)
      .map((item, i) => (i === 0 ? { ...item, reverse: true } : item));
    const compiled = compileInstrument(custom({ items, pages: undefined }));
    expect(compiled.itemsPerScale).toEqual([4, 4, 4, 4, 4]);
    expect(compiled.minAnsweredPerScale).toEqual([2, 2, 2, 2, 2]);
    expect(compiled.pages).toHaveLength(3);
    expect(compiled.reverse[0]).toBe(1);
  });

  it.each([
    [{ items: [] }, 'options.instrument.items', 'must have at least one item'],
    [{ version: 'one' }, 'options.instrument.version', 'must be a version such as "1.0.0"'],
    [
      { items: [...instrument.items, { ...instrument.items[0]! }] },
      'options.instrument.items[40].id',
      'repeats the item id "q01"',
    ],
    [
      { items: instrument.items.filter((item) => item.scale !== 'safety') },
      'options.instrument.items',
      'must have at least 2 items on the scale "safety"',
    ],
    [{ pages: [['q01', 'q99']] }, 'options.instrument.pages[0][1]', 'names "q99", which is not an item'],
    [
      { pages: [instrument.items.slice(1).map((item) => item.id)] },
      'options.instrument.pages',
      'must place every item on a page; "q01" is on none',
    ],
    [
      { items: [{ ...instrument.items[0]!, text: {} }, ...instrument.items.slice(1)] },
      'options.instrument.items[0].text',
      'must have a text in at least one of',
    ],
    [
      { items: [{ ...instrument.items[0]!, scale: 'luck' }, ...instrument.items.slice(1)] },
      'options.instrument.items[0].scale',
      'must be one of',
    ],
    [
      { items: [{ ...instrument.items[0]!, id: 'q 1' }, ...instrument.items.slice(1)] },
      'options.instrument.items[0].id',
      'must be an item id',
    ],
  ])('rejects %# naming %s', (patch, path, rule) => {
    const error = errorOf(custom(patch as Partial<Instrument>));
    expect(error).toBeInstanceOf(BalanseError);
    expect(error.path).toBe(path);
    expect(error.message).toContain(rule);
  });

  it('caches the compiled form per instrument object', () => {
    const c = custom({});
    expect(compileInstrument(c)).toBe(compileInstrument(c));
  });

  it('covers all five scales in the built-in instrument', () => {
    expect(compileInstrument(instrument).itemsPerScale).toEqual(SCALES.map(() => 8));
  });
});

describe('localize', () => {
  it('falls back to nb, then en, then the first text given', () => {
    expect(localize({ nb: 'hei', en: 'hi' }, 'sv')).toBe('hei');
    expect(localize({ en: 'hi' }, 'nn')).toBe('hi');
    expect(localize({ sv: 'hej' }, 'en')).toBe('hej');
  });
});
