import { describe, expect, it } from 'vitest';
import { carelessFlags } from './index.js';

const thresholds = { longstring: 20, lowVariabilitySd: 0.3, lowVariabilityMinAnswered: 30, pageTimeFlag: 2000 };
const noPages = [0, 0, 0, 0, 0];
/** 40 raw answers cycling 1–5, so no run is longer than one. */
const varied = () => Array.from({ length: 40 }, (_, i) => (i % 5) + 1);

describe('carelessFlags (§8.7)', () => {
  it('flags 20 consecutive identical answers as longstring', () => {
    const raw = varied();
    for (let i = 5; i < 25; i++) raw[i] = 4;
    expect(carelessFlags(raw, noPages, undefined, thresholds).longstring).toBe(true);
  });

  it('does not flag 19 consecutive identical answers', () => {
    const raw = varied();
    for (let i = 5; i < 24; i++) raw[i] = 4;
    raw[4] = 1;
    raw[24] = 2;
    expect(carelessFlags(raw, noPages, undefined, thresholds).longstring).toBe(false);
  });

  it('breaks a run at a skipped item', () => {
    const raw = varied();
    for (let i = 0; i < 30; i++) raw[i] = 4;
    raw[15] = 0;
    raw[30] = 1;
    // Runs of 15 and 14 around the gap: neither reaches 20, but see the all-answered rule below.
    expect(carelessFlags(raw, noPages, undefined, thresholds).longstring).toBe(false);
  });

  it('flags identical answers on every answered item when 20 or more are answered', () => {
    const raw = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 3 : 0)); // 20 answered, all 3, none adjacent
    expect(carelessFlags(raw, noPages, undefined, thresholds).longstring).toBe(true);
  });

  it('does not flag identical answers when fewer than 20 are answered', () => {
    const raw = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? 3 : 0)); // 14 answered
    expect(carelessFlags(raw, noPages, undefined, thresholds).longstring).toBe(false);
  });

  it('flags low variability below SD 0.3 with 30 or more answered', () => {
    const raw = Array.from({ length: 40 }, (_, i) => (i === 7 ? 5 : i % 2 === 0 ? 4 : 0)); // 21 answered
    expect(carelessFlags(raw, noPages, undefined, thresholds).lowVariability).toBe(false);
    const many = Array.from({ length: 40 }, (_, i) => (i === 10 ? 5 : 4)); // SD ≈ 0.16
    const flags = carelessFlags(many, noPages, undefined, thresholds);
    expect(flags.lowVariability).toBe(true);
  });

  it('does not flag varied answers as low variability', () => {
    expect(carelessFlags(varied(), noPages, undefined, thresholds).lowVariability).toBe(false);
  });

  it('counts pages answered faster than 2 s per answered item', () => {
    const flags = carelessFlags(varied(), [8, 8, 8, 4, 0], [15_999, 16_000, 40_000, 7_000, 100], thresholds);
    // Page 0: 15.999 s for 8 items (too fast); page 3: 7 s for 4 items (too fast); page 4: nothing answered.
    expect(flags.speedPages).toBe(2);
    expect(flags.flagged).toBe(true);
  });

  it('raises no flag for a thoughtful response', () => {
    const flags = carelessFlags(varied(), [8, 8, 8, 8, 8], [60_000, 60_000, 60_000, 60_000, 60_000], thresholds);
    expect(flags).toEqual({ longstring: false, lowVariability: false, speedPages: 0, flagged: false });
  });
});
